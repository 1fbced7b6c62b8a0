// Package loader holds the source of yozuv.js, the script a news page
// includes to get the script switch and the reading view, and the CSS of
// the switch, and puts them together into the file dist/ serves. Runtime
// wraps Go's wasm_exec.js into the script yozuv.js loads on intent, next
// to the module.
//
// yozuv.js is plain JavaScript with no dependencies. It defines the custom
// elements <yozuv-switch> and <yozuv-reader>
// (https://html.spec.whatwg.org/multipage/custom-elements.html) with open
// shadow roots, the window.yozuv API and the lazy start of the WebAssembly
// module (WebAssembly.instantiateStreaming, which needs Content-Type:
// application/wasm; https://webassembly.github.io/spec/web-api/). It picks
// the module: the news module, the reader module on pages with a
// <yozuv-reader>, or the one data-module names; and it fetches the
// publisher glossary data-glossary names alongside the module. wasm_exec.js
// must come from the Go that built the modules, so Runtime takes it as an
// argument; it is wrapped so that it leaves no globals behind.
package loader
