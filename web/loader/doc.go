// Package loader holds the source of yozuv.js, the script a news page
// includes to get the script switch, and the CSS of the switch, and puts
// them together with Go's wasm_exec.js into the file dist/ serves.
//
// yozuv.js is plain JavaScript with no dependencies. It defines the custom
// element <yozuv-switch> (https://html.spec.whatwg.org/multipage/custom-elements.html)
// with an open shadow root, the window.yozuv API and the lazy start of the
// WebAssembly module (WebAssembly.instantiateStreaming, which needs
// Content-Type: application/wasm; https://webassembly.github.io/spec/web-api/).
// wasm_exec.js must come from the Go that built the module, so Bundle takes
// it as an argument; it is wrapped so that it leaves no globals behind.
package loader
