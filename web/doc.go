// Package web serves the demo page, the sample news page and the built
// dist/ folder: the HTTP side of "yozuv serve" and of the browser tests.
//
// The pages are embedded (site/); dist/ is whatever "make dist" wrote, read
// from the file system. Files in dist/ are served with the Content-Type
// WebAssembly streaming compilation needs (application/wasm), from their
// pre-compressed .br or .gz sibling when the request's Accept-Encoding
// allows it (RFC 9110 §12.5.3, with Vary: Accept-Encoding), with ETags, and
// with Cache-Control: immutable for content-hashed names (RFC 8246). Pages
// carry a Content-Security-Policy whose script-src is 'self'
// 'wasm-unsafe-eval', the strictest policy under which the switch works
// (https://w3c.github.io/webappsec-csp/#grammardef-wasm-unsafe-eval).
//
// The loader itself, yozuv.js, is in the loader subpackage; the browser
// tests are in e2e.
package web
