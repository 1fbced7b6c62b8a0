package loader

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"regexp"
)

//go:embed yozuv.js
var source []byte

//go:embed switch.css
var css []byte

// Markers in yozuv.js that Bundle replaces.
const (
	markWasm    = `"__YOZUV_WASM__"`
	markReader  = `"__YOZUV_READER__"`
	markRuntime = `"__YOZUV_RUNTIME__"`
	markCSS     = `"__YOZUV_CSS__"`
)

// Source returns yozuv.js as written, before Bundle fills it in.
func Source() []byte { return bytes.Clone(source) }

// CSS returns the switch's style sheet as written.
func CSS() []byte { return bytes.Clone(css) }

// Bundle returns the yozuv.js a page loads: the loader with runtimeName
// (the file name of the script Runtime makes), wasmName and readerName (the
// file names of the news module and of the module with the reading view,
// which pages with a <yozuv-reader> load), all resolved against the
// script's own URL, and the switch's CSS filled in, with comments and
// needless white space removed. An empty readerName means wasmName.
func Bundle(runtimeName, wasmName, readerName string) ([]byte, error) {
	if readerName == "" {
		readerName = wasmName
	}
	out, err := minify(source)
	if err != nil {
		return nil, err
	}
	style, err := json.Marshal(string(compactCSS(css)))
	if err != nil {
		return nil, err
	}
	for _, r := range []struct {
		mark, with string
	}{
		{markWasm, wasmName},
		{markReader, readerName},
		{markRuntime, runtimeName},
		{markCSS, ""},
	} {
		if bytes.Count(out, []byte(r.mark)) != 1 {
			return nil, errors.New("loader: yozuv.js must hold the marker " + r.mark + " exactly once")
		}
		with := style
		if r.mark != markCSS {
			if with, err = json.Marshal(r.with); err != nil {
				return nil, err
			}
		}
		out = bytes.Replace(out, []byte(r.mark), with, 1)
	}
	return out, nil
}

// Runtime returns the script that yozuv.js loads on intent, next to the
// module: wasmExec, the wasm_exec.js of the Go that built the modules,
// wrapped in a function stored on the yozuv object, so that running it
// defines no globals of its own and its free variable fs is its own.
// Keeping it out of yozuv.js halves what a page loads before a reader
// reaches for the switch.
func Runtime(wasmExec []byte) ([]byte, error) {
	if len(wasmExec) == 0 || !bytes.Contains(wasmExec, []byte("globalThis.Go")) {
		return nil, errors.New("loader: wasm_exec.js does not define globalThis.Go")
	}
	goJS, err := minify(wasmExec)
	if err != nil {
		return nil, errors.New("loader: wasm_exec.js: " + err.Error())
	}
	var b bytes.Buffer
	b.Write(header(wasmExec))
	b.WriteString("yozuv._rt=function(){let fs;")
	b.Write(goJS)
	b.WriteString(";const g=globalThis;fs=g.fs;return{Go:g.Go,fs:g.fs,process:g.process,path:g.path}};\n")
	return b.Bytes(), nil
}

// header returns the comment block at the start of src: wasm_exec.js's
// copyright notice, which minify would drop.
func header(src []byte) []byte {
	var h []byte
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("//")) {
			break
		}
		h = append(h, line...)
	}
	return h
}

var (
	cssComment = regexp.MustCompile(`(?s)/\*.*?\*/`)
	cssSpace   = regexp.MustCompile(`\s+`)
	cssPunct   = regexp.MustCompile(`\s*([{};,>])\s*`)
)

// compactCSS drops comments and needless white space.
func compactCSS(src []byte) []byte {
	b := cssComment.ReplaceAll(src, nil)
	b = cssSpace.ReplaceAll(b, []byte(" "))
	b = cssPunct.ReplaceAll(b, []byte("$1"))
	b = bytes.ReplaceAll(b, []byte(": "), []byte(":"))
	b = bytes.ReplaceAll(b, []byte(";}"), []byte("}"))
	return bytes.TrimSpace(b)
}
