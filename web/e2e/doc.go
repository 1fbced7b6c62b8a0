// Package e2e holds the browser tests of the script switch: they build the
// WebAssembly module and dist/ the way make dist does, serve the pages with
// package web, drive headless Chromium through the DevTools protocol
// (github.com/chromedp/chromedp) and read the DOM. They skip when no
// Chromium is installed.
//
// BenchmarkBrowser drives the benchmark page (web/site/bench.html) and
// reports its figures: toggle times for a 3,000- and a 30,000-word article,
// click to converted on a cold load, bytes before intent and memory after
// 300 toggles. The tests never assert timings.
package e2e
