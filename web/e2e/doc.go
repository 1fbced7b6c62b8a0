// Package e2e holds the browser tests of the script switch, the reading
// view (<yozuv-reader>), the publisher glossary and the demo page: they
// build the WebAssembly modules and dist/ the way make dist does, serve the
// pages with package web, drive headless Chromium through the DevTools
// protocol (github.com/chromedp/chromedp), click and type as a person
// would, and read the DOM. They skip when no Chromium is installed.
//
// BenchmarkBrowser drives the benchmark page (web/site/bench.html) and
// reports its figures: toggle times for a 3,000- and a 30,000-word article,
// click to converted on a cold load, bytes before intent and memory after
// 300 toggles. TestDemoLongPaste reports how long a 20,000-word paste holds
// the demo page (long tasks, through the Long Tasks API,
// https://w3c.github.io/longtasks/). The tests never assert timings.
//
// TestScreenshots writes the README's screenshots when YOZUV_SCREENSHOTS
// names a folder.
package e2e
