// Package sample holds the default article of the demo page, the sample
// news page and the benchmarks: a news report in Uzbek Cyrillic from
// Kazinform's Uzbek service (4 February 2026), one paragraph a line, the
// first line its date and headline.
//
// Source: Kazinform (inform.kz), Uzbek service; used as the project's
// development text.
package sample
