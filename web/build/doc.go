// Command build writes the static, relocatable folder a site hosts to get
// the script switch: yozuv.js (the loader), the WebAssembly module and Go's
// wasm_exec.js wrapped as yozuv-go.HASH.js (both loaded on intent only)
// under content-hashed names, and a .br and a .gz copy of each for servers
// that serve pre-compressed files.
//
// Usage, after GOOS=js GOARCH=wasm go build -o dist/yozuv.wasm ./wasm:
//
//	go run ./web/build -out dist -wasmexec "$(go env GOROOT)/lib/wasm/wasm_exec.js"
//
// With -reader FILE it also writes the module with the reading view (built
// with -tags yozuvreader) as yozuv-reader.HASH.wasm, which yozuv.js loads
// instead of the news module on pages with a <yozuv-reader>; with -demo
// FILE the demo page's module (-tags yozuvdemo) as yozuv-demo.wasm, which
// only the demo page loads.
//
// Brotli files are written with the brotli command at quality 11 when it is
// installed (https://github.com/google/brotli); without it they are skipped
// and the build says so. Gzip files are written at the best compression.
package main
