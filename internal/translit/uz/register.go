package uz

import "github.com/yozuv/yozuv/internal/translit"

// Script tags of the two Uzbek alphabets, as BCP 47 writes them.
const (
	Cyrl = "uz-Cyrl"
	Latn = "uz-Latn"
)

func init() {
	translit.Register(Cyrl, Latn, newToLatin)
	translit.Register(Latn, Cyrl, newToCyrillic)
}
