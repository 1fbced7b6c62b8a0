package markup_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/yozuv/yozuv/internal/markup"
	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

func ExampleConvert() {
	t, err := translit.New("uz-Cyrl", "uz-Latn", translit.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	page := `<html lang="uz-Cyrl"><p title="Пойтахт">Ўз<b>бекистон</b> пойтахти &mdash; <span lang="ru">Ташкент</span>, <code>лицей</code>.</p></html>`
	if err := markup.Convert(os.Stdout, strings.NewReader(page), t, markup.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <html lang="uz-Latn"><p title="Poytaxt">Oʻz<b>bekiston</b> poytaxti — <span lang="ru">Ташкент</span>, <code>лицей</code>.</p></html>
}

func ExampleConvert_links() {
	t, _ := translit.New("uz-Cyrl", "uz-Latn", translit.Options{})
	page := `<head><title>Спорт</title></head><a href="/sport/futbol">Футбол</a>`
	opts := markup.Options{
		Scope: markup.ScopeDocument,
		Links: func(l markup.Link) (string, bool) { return "/uz-Latn" + l.URL, true },
		Head:  func() string { return `<link rel="alternate" hreflang="uz-Cyrl" href="/sport">` },
	}
	markup.Convert(os.Stdout, strings.NewReader(page), t, opts)
	// Output:
	// <head><title>Sport</title><link rel="alternate" hreflang="uz-Cyrl" href="/sport"></head><a href="/uz-Latn/sport/futbol">Futbol</a>
}
