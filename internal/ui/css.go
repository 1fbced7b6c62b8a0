package ui

import _ "embed"

// ReaderCSS is the style sheet of the reading view, adopted by the shadow
// root of <yozuv-reader>.
//
//go:embed reader.css
var ReaderCSS string
