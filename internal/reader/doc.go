// Package reader is the pure model behind the reading view (<yozuv-reader>)
// and the demo page: a document cut into paragraphs, sentences and words,
// each word held in both scripts with the converter's certainty; the
// reader's preferences; reports of wrong words as glossary entries; and the
// demo's live conversion with the choices a user made among a word's
// alternatives.
//
// It imports no syscall/js and no Vecty, so every rule here is tested
// natively; the Vecty components in internal/ui render what it computes and
// the wasm package connects it to the page.
//
// # Sentences and words
//
// A Document is built from blocks of text (headings, paragraphs, list items,
// quotes, captions). Each block is annotated in one call of
// translit.Transliterator.Annotate, so words keep the context of their
// line, and cut into sentences by segment.Sentences; a token belongs to the
// sentence it starts in. The parallel view pairs each sentence with its
// conversion, so both columns are aligned by the same sentences.
//
// # Preferences
//
// Prefs hold the text size, the colour theme (auto follows the
// prefers-color-scheme media feature, Media Queries Level 5 §11.5,
// https://www.w3.org/TR/mediaqueries-5/#prefers-color-scheme) and the view,
// written as a short "key=value" string that fits a localStorage entry and
// needs no encoding/json.
//
// # Reports
//
// A Report turns a reader's correction of a word into an entry of the
// publisher glossary format documented on translit.Glossary, checked by
// translit.NewGlossary, and written as one line of JSON the publisher can
// paste into the glossary file.
package reader
