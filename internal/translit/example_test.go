package translit_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

func ExampleNew() {
	t, err := translit.New("uz-Cyrl", "uz-Latn", translit.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(t.String("Ўзбекистон АҚШ билан ШАРТНОМА имзолади"))
	// Output: Oʻzbekiston AQSh bilan SHARTNOMA imzoladi
}

func ExampleOptions_apostrophe() {
	t, _ := translit.New("uz-Cyrl", "uz-Latn", translit.Options{Apostrophe: translit.ASCII})
	fmt.Println(t.String("Ўғил маъно"))
	// Output: O'g'il ma'no
}

func ExampleTransliterator_latinToCyrillic() {
	t, _ := translit.New("uz-Latn", "uz-Cyrl", translit.Options{})
	fmt.Println(t.String("Prezident sentabr oyida Telegram’dagi kanalida yozdi"))
	// Output: Президент сентябрь ойида Telegram’даги каналида ёзди
}

// A Transliterator is a transform.Transformer: stream text through it.
func ExampleTransliterator_reader() {
	t, _ := translit.New("uz-Cyrl", "uz-Latn", translit.Options{})
	r := transform.NewReader(strings.NewReader("Тошкент\nСамарқанд\n"), t)
	io.Copy(os.Stdout, r)
	// Output:
	// Toshkent
	// Samarqand
}
