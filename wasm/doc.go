//go:build js && wasm

// Command wasm is the converter, the switch and the reading view that run
// in the reader's browser, built with GOOS=js GOARCH=wasm into dist/ by make
// dist. It is the only package that imports syscall/js.
//
// The loader (web/loader/yozuv.js) starts it and hands it a private
// registration hook for the moment its main runs, so no global besides the
// loader's own window.yozuv exists. Through the hook Go gives the loader
// these functions:
//
//	convert(from, to, text) string  one call per toggle, with every text node
//	                                of the page joined by U+001F (same block)
//	                                and U+001E (between blocks), which come
//	                                back unchanged and in the same order
//	mount(el, script, note)         draws the Vecty switch over the loader's
//	                                placeholder element el in a shadow root
//	sync(script, note)              updates every switch (and reading view)
//	                                after a change the switch did not start
//	glossary(text) Error|null       the publisher glossary named by
//	                                data-glossary, parsed here (the loader only
//	                                fetches it) and used from then on; an
//	                                Error names the line and entry at fault
//	reader(host, page, shown)       (reader and demo builds) the reading view
//	                                of <yozuv-reader> host, in its shadow root
//	heap() number                   bytes of Go heap in use, for the
//	                                benchmark page and the memory tests
//
// and the loader answers with request(script), which the switch calls when a
// reader picks a script. Go never walks the page's DOM on a toggle: one call
// that crosses the boundary with one string costs about 1 ms for a
// 3,000-word article, where touching each node from Go costs about 13 µs a
// node (see the project's research notes on syscall/js costs, and
// https://pkg.go.dev/syscall/js). The reading view reads its article once,
// a few calls per block, and from then on renders from its document model.
//
// # Builds
//
// One package, three modules, chosen by build tags, so that a news page
// carries only what it uses:
//
//	(none)         the news module: converter, switch, glossary
//	yozuvreader    the reader module: the news module and the reading view
//	               (internal/ui, internal/reader); yozuv.js loads it on
//	               pages that have a <yozuv-reader>
//	yozuvdemo      the demo page's module: the reader module, the editor of
//	               internal/ui/demo and the HTML converter of internal/markup;
//	               it draws the editor into #yozuv-demo as soon as it runs
//
// Building with -tags yozuvfault makes convert panic; the browser tests use
// it to check that a crash leaves the page readable.
package main
