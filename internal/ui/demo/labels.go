package demo

import "github.com/yozuv/yozuv/internal/reader"

// labels are the demo's words in one script.
type labels struct {
	source, result, detected, chosen, swap, apostrophe, modifier, ascii, typographic,
	auto, copy, copied, download, open, html, unsure, pick, empty, noCopy string
}

var (
	cyrl = labels{
		source: "Матн", result: "Натижа", detected: "аниқланди", chosen: "танланди", swap: "Алмаштириш ⇄", auto: "автоматик аниқлаш",
		apostrophe: "Тутуқ белгиси", modifier: "oʻ ʼ (расмий)", ascii: "o' ' (ASCII)", typographic: "o‘ ’ (типографик)",
		copy: "Нусха олиш", copied: "Нусха олинди", download: "Юклаб олиш", open: "Файл очиш…", html: "HTML (белгилашни сақлаш)",
		unsure: "сўз аниқ эмас: босиб, тўғрисини танланг", pick: "Тўғри ёзилишини танланг", empty: "Матн киритинг ёки файл очинг",
		noCopy: "Нусха олиб бўлмади",
	}
	latn = labels{
		source: "Matn", result: "Natija", detected: "aniqlandi", chosen: "tanlandi", swap: "Almashtirish ⇄", auto: "avtomatik aniqlash",
		apostrophe: "Tutuq belgisi", modifier: "oʻ ʼ (rasmiy)", ascii: "o' ' (ASCII)", typographic: "o‘ ’ (tipografik)",
		copy: "Nusxa olish", copied: "Nusxa olindi", download: "Yuklab olish", open: "Fayl ochish…", html: "HTML (belgilashni saqlash)",
		unsure: "soʻz aniq emas: bosib, toʻgʻrisini tanlang", pick: "Toʻgʻri yozilishini tanlang", empty: "Matn kiriting yoki fayl oching",
		noCopy: "Nusxa olib boʻlmadi",
	}
)

func say(script string) *labels {
	if script == reader.Latn {
		return &latn
	}
	return &cyrl
}

// names of the scripts, each in itself.
func name(script string) string {
	if script == reader.Latn {
		return "Lotin"
	}
	return "Кирилл"
}
