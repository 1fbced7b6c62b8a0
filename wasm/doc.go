//go:build js && wasm

// Command wasm is the converter and the switch that run in the reader's
// browser, built with GOOS=js GOARCH=wasm into dist/ by make dist. It is the
// only package that imports syscall/js.
//
// The loader (web/loader/yozuv.js) starts it and hands it a private
// registration hook for the moment its main runs, so no global besides the
// loader's own window.yozuv exists. Through the hook Go gives the loader
// four functions:
//
//	convert(from, to, text) string  one call per toggle, with every text node
//	                                of the page joined by U+001F (same block)
//	                                and U+001E (between blocks), which come
//	                                back unchanged and in the same order
//	mount(el, script, note)         draws the Vecty switch over the loader's
//	                                placeholder element el in a shadow root
//	sync(script, note)              updates every switch after a change the
//	                                switch did not start
//	heap() number                   bytes of Go heap in use, for the
//	                                benchmark page
//
// and the loader answers with request(script), which the switch calls when a
// reader picks a script. Go never walks the page's DOM: one call that
// crosses the boundary with one string costs about 1 ms for a 3,000-word
// article, where touching each node from Go costs about 13 µs a node (see
// the project's research notes on syscall/js costs, and
// https://pkg.go.dev/syscall/js).
//
// Building with -tags yozuvfault makes convert panic; the browser tests use
// it to check that a crash leaves the page readable.
package main
