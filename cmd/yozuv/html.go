package main

import (
	"io"

	"github.com/yozuv/yozuv/internal/markup"
	"github.com/yozuv/yozuv/internal/translit"
)

// convertHTML converts the text of an HTML document and keeps its markup
// byte for byte, streaming.
func convertHTML(w io.Writer, r io.Reader, t *translit.Transliterator) error {
	return markup.Convert(w, r, t, markup.Options{})
}
