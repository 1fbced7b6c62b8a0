// Package translit converts text between the scripts of one language.
//
// A Transliterator is made by New from two BCP 47 tags — "uz-Cyrl" and
// "uz-Latn" once package uz is imported — and converts with String, Bytes,
// Append and AppendString, or as a transform.Transformer from
// golang.org/x/text/transform, so transform.NewReader, NewWriter and Chain
// stream any amount of text through it in bounded memory.
//
// The engine cuts text into tokens with package segment and hands each
// word to the Scheme registered for the pair; everything else (numbers,
// punctuation, URLs, e-mail addresses, handles, tags, Roman numerals, file
// names) passes through byte for byte, and so does invalid UTF-8. A scheme
// sees one word at a time with the context of its line (whether the line
// is set in capitals). Transform therefore cuts its input only after a line
// break or a space, where the result cannot depend on what follows, and
// asks for more input with transform.ErrShortSrc otherwise.
//
// Two separators let a caller convert many text fragments in one call and
// split the result again: U+001F between fragments of one block is
// transparent (a word continues across it, as in Ўз<b>бекистон</b>), U+001E
// between blocks is a hard boundary. A scheme returns every separator, in
// order.
//
// Sources: the Transformer contract of golang.org/x/text/transform
// (transform.go, "type Transformer"), whose buffer-boundary tests are the
// model for this package's; BCP 47 (RFC 5646) script subtags; ISO 15924.
package translit
