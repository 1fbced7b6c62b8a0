// Package demo holds the Vecty components of the standalone demo page
// (served at / by yozuv serve): a text box whose conversion appears as
// you type, the detected source script, a swap button, the apostrophe
// style, copy, download and opening a .txt or .html file, and the words
// the Latin → Cyrillic direction is unsure of, each a button that offers
// the other spellings.
//
// The conversion itself is the model of internal/reader (Conversion):
// lines are annotated as they are first drawn, and the output is drawn a
// chunk of lines per animation frame, so a 20,000-word paste never holds
// the page for long. Converted text only ever reaches the page as text
// nodes; an HTML file is converted by the caller's ConvertHTML (the
// tokenizer-based converter of internal/markup) and shown as source text.
//
// It is a separate package from internal/ui so that the news pages'
// module, which does not need the editor, does not carry it: the demo
// page loads its own module built from the same Go core.
package demo
