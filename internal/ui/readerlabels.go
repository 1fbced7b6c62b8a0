package ui

// labels are the words of the reading view's controls in one script.
type labels struct {
	bar, smaller, bigger, theme, auto, light, dark, parallel, article,
	report, fix, send, cancel, thanks, unsure, parallelTable string
}

var (
	cyrlLabels = labels{
		bar: "Ўқиш созламалари", smaller: "Кичикроқ ҳарф", bigger: "Каттароқ ҳарф",
		theme: "Ранг", auto: "Авто", light: "Ёруғ", dark: "Қоронғи",
		parallel: "Икки ёзувда", article: "Мақола",
		report: "Хато сўзни хабар қилиш", fix: "Тўғри ёзилиши", send: "Юбориш", cancel: "Бекор қилиш",
		thanks: "Раҳмат! Хабарингиз юборилди.", unsure: "аниқ эмас",
		parallelTable: "Мақола икки ёзувда, гапма-гап",
	}
	latnLabels = labels{
		bar: "Oʻqish sozlamalari", smaller: "Kichikroq harf", bigger: "Kattaroq harf",
		theme: "Rang", auto: "Avto", light: "Yorugʻ", dark: "Qorongʻi",
		parallel: "Ikki yozuvda", article: "Maqola",
		report: "Xato soʻzni xabar qilish", fix: "Toʻgʻri yozilishi", send: "Yuborish", cancel: "Bekor qilish",
		thanks: "Rahmat! Xabaringiz yuborildi.", unsure: "aniq emas",
		parallelTable: "Maqola ikki yozuvda, gapma-gap",
	}
)

// say returns the labels written in script.
func say(script string) *labels {
	if script == Latn {
		return &latnLabels
	}
	return &cyrlLabels
}
