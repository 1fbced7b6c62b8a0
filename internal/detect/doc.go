// Package detect tells which script a text is written in.
//
// Uzbek is written in Cyrillic (ўзбек) and in Latin (oʻzbek). Script counts
// the letters of each script and returns the BCP 47 tag of the majority,
// which is what a converter needs for "-from auto" and what the browser
// widget needs to know whether a page is already in the script a reader
// chose. Letters are counted by Unicode block: Cyrillic U+0400–U+04FF and
// basic Latin a–z (Unicode Standard, chapter 7, "Europe-I").
package detect
