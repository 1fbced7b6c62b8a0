// Package eval scores a converter's output against gold text.
//
// Word accuracy is the share of gold words matched, where both texts are
// first normalised — NFC; every apostrophe look-alike (' ‘ ’ ʻ ʼ ` ´) made
// one apostrophe; « » “ ” „ " one quote; ‒ – — ― one dash — then split on
// white space, and the two word sequences aligned by longest matching
// blocks, the algorithm of Python's difflib.SequenceMatcher (Ratcliff and
// Obershelp, "Pattern Matching: the Gestalt Approach", Dr. Dobb's Journal,
// 1988), including its "autojunk" rule for sequences of 200 words or more.
package eval
