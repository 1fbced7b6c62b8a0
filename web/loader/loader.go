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
	markWasm     = `"__YOZUV_WASM__"`
	markReader   = `"__YOZUV_READER__"`
	markCSS      = `"__YOZUV_CSS__"`
	markWasmExec = `/*__YOZUV_WASM_EXEC__*/`
	nameWasmExec = `__YOZUV_WASM_EXEC__`
)

// Source returns yozuv.js as written, before Bundle fills it in.
func Source() []byte { return bytes.Clone(source) }

// CSS returns the switch's style sheet as written.
func CSS() []byte { return bytes.Clone(css) }

// Bundle returns the yozuv.js a page loads: the loader with wasmName and
// readerName (the file names of the news module and of the module with the
// reading view, which pages with a <yozuv-reader> load; resolved against
// the script's own URL), the switch's CSS, and wasmExec, the wasm_exec.js
// of the Go that built the modules, all filled in, with comments and
// needless white space removed. An empty readerName means wasmName.
func Bundle(wasmExec []byte, wasmName, readerName string) ([]byte, error) {
	if len(wasmExec) == 0 || !bytes.Contains(wasmExec, []byte("globalThis.Go")) {
		return nil, errors.New("loader: wasm_exec.js does not define globalThis.Go")
	}
	if readerName == "" {
		readerName = wasmName
	}
	name, err := json.Marshal(wasmName)
	if err != nil {
		return nil, err
	}
	rname, err := json.Marshal(readerName)
	if err != nil {
		return nil, err
	}
	style, err := json.Marshal(string(compactCSS(css)))
	if err != nil {
		return nil, err
	}
	// minify drops comments, so the wasm_exec.js marker becomes a name.
	if bytes.Count(source, []byte(markWasmExec)) != 1 {
		return nil, errors.New("loader: yozuv.js must hold the marker " + markWasmExec + " exactly once")
	}
	out, err := minify(bytes.Replace(source, []byte(markWasmExec), []byte("\n"+nameWasmExec+"\n"), 1))
	if err != nil {
		return nil, err
	}
	goJS, err := minify(wasmExec)
	if err != nil {
		return nil, errors.New("loader: wasm_exec.js: " + err.Error())
	}
	goJS = append(header(wasmExec), goJS...)
	for _, r := range []struct {
		mark string
		with []byte
	}{
		{markWasm, name},
		{markReader, rname},
		{markCSS, style},
		{nameWasmExec, goJS},
	} {
		if bytes.Count(out, []byte(r.mark)) != 1 {
			return nil, errors.New("loader: yozuv.js must hold the marker " + r.mark + " exactly once")
		}
		out = bytes.Replace(out, []byte(r.mark), r.with, 1)
	}
	return out, nil
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
