package detect_test

import (
	"fmt"
	"testing"

	"github.com/yozuv/yozuv/internal/detect"
)

func TestScript(t *testing.T) {
	for in, want := range map[string]string{
		"Ўзбекистон Республикаси":           detect.Cyrl,
		"Oʻzbekiston Respublikasi":          detect.Latn,
		"Telegram’даги хабарлар":            detect.Cyrl,
		"kun.uz saytida «Янгиликлар» rukni": detect.Latn,
		"2024 — 12:30":                      "",
		"":                                  "",
	} {
		if got := detect.Script(in); got != want {
			t.Errorf("Script(%q) = %q; want %q", in, got, want)
		}
	}
	if c := detect.Count("Ўқиш va yozish"); c.Cyrillic != 4 || c.Latin != 8 || c.Uzbek != 2 {
		t.Errorf("Count = %+v", c)
	}
}

func ExampleScript() {
	fmt.Println(detect.Script("Тошкент шаҳри"), detect.Script("Toshkent shahri"))
	// Output: uz-Cyrl uz-Latn
}
