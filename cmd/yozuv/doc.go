// Command yozuv converts Uzbek text between Cyrillic and Latin script,
// evaluates the converter, and serves the browser widget and the
// per-script proxy.
//
//	yozuv convert -from uz-Cyrl -to uz-Latn < in.txt > out.txt
//	yozuv convert -html -to uz-Latn page.html
//	yozuv eval -dir c2l data.tsv
//	yozuv bench
//	yozuv serve -addr 127.0.0.1:8080
//	yozuv proxy -upstream http://127.0.0.1:8081 -addr 127.0.0.1:8090
//
// convert writes one output line per input line and passes invalid UTF-8
// through unchanged, reporting it once on standard error. eval scores a
// TSV of parallel text with the word-accuracy metric of the project's
// development data: NFC, apostrophe, quote and dash look-alikes folded,
// words aligned by longest matching blocks (Ratcliff/Obershelp, as Python's
// difflib). The script tags are BCP 47 (RFC 5646) language-script tags.
package main
