// Package segment cuts text into the tokens a script converter works on:
// words, numbers, white space, punctuation, and spans that must pass
// through untouched although they hold letters — URLs, e-mail addresses,
// @handles, #tags, Roman numerals and file names.
//
// The API follows rivo/uniseg's FirstWord: First returns the first token
// and the rest of the string, allocates nothing, and covers every byte, so
// the tokens joined give back the input.
//
// Words differ from Unicode's word boundaries (UAX #29) where Uzbek needs
// it. UAX #29 makes U+02BB and U+02BC letters but U+2018, U+2019 and the
// ASCII apostrophe break words; Uzbek Latin writes oʻ, gʻ and the tutuq
// with any of them (kun.uz and daryo.uz use ‘ and ’, yuz.uz ʻ and ʼ, older
// pages ' or `), so every look-alike between two letters, or after a final
// o or g, stays inside the word. Transparent runes — U+001F (the separator
// the browser widget puts between text nodes of one block), soft hyphen,
// zero-width space and (non-)joiners — never break a word; U+001E (between
// blocks) and line breaks always do.
//
// Sources: Unicode Standard Annex #29, "Unicode Text Segmentation";
// Oʻzbekiston Respublikasi Vazirlar Mahkamasining 1995-yil 24-avgustdagi
// 339-son qarori, "Oʻzbek tilining asosiy imlo qoidalari" (the apostrophe
// letters); RFC 3986 (URI syntax, trimmed of trailing sentence punctuation).
package segment
