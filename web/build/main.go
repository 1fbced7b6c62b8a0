package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/yozuv/yozuv/web/loader"
)

func main() {
	out := flag.String("out", "dist", "folder to write")
	wasm := flag.String("wasm", "", "the built module (default OUT/yozuv.wasm)")
	wasmExec := flag.String("wasmexec", "", "wasm_exec.js of the Go that built the module")
	hash := flag.Bool("hash", true, "name the module yozuv.HASH.wasm, so it can be cached forever")
	reader := flag.String("reader", "", "the module with the reading view (-tags yozuvreader), written as yozuv-reader.HASH.wasm (optional)")
	demo := flag.String("demo", "", "the demo page's module (-tags yozuvdemo), written as yozuv-demo.wasm (optional)")
	flag.Parse()
	if *wasmExec == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: build -out DIR -wasmexec PATH [-wasm FILE] [-hash=false]")
		os.Exit(2)
	}
	if *wasm == "" {
		*wasm = filepath.Join(*out, "yozuv.wasm")
	}
	if err := build(*out, *wasm, *wasmExec, *hash, *reader, *demo); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func build(out, wasmPath, wasmExecPath string, hash bool, readerPath, demoPath string) error {
	mod, err := readModule(wasmPath)
	if err != nil {
		return err
	}
	wasmExec, err := os.ReadFile(wasmExecPath)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	name := moduleName("yozuv", mod, hash)
	files := map[string][]byte{name: mod}
	names := []string{"yozuv.js", name}
	readerName := ""
	for _, m := range []struct{ path, base string }{{readerPath, "yozuv-reader"}, {demoPath, "yozuv-demo"}} {
		if m.path == "" {
			continue
		}
		b, err := readModule(m.path)
		if err != nil {
			return err
		}
		n := moduleName(m.base, b, hash && m.base == "yozuv-reader")
		if m.base == "yozuv-reader" {
			readerName = n
		}
		files[n] = b
		names = append(names, n)
	}
	rt, err := loader.Runtime(wasmExec)
	if err != nil {
		return err
	}
	rtName := moduleName("yozuv-go", rt, hash)
	rtName = strings.TrimSuffix(rtName, ".wasm") + ".js"
	files[rtName] = rt
	names = append(names, rtName)
	if err := clean(out, names); err != nil {
		return err
	}
	js, err := loader.Bundle(rtName, name, readerName)
	if err != nil {
		return err
	}
	files["yozuv.js"] = js
	brotli, _ := exec.LookPath("brotli")
	if brotli == "" {
		fmt.Fprintln(os.Stderr, "build: brotli not found, skipping the .br files")
	}
	for _, f := range names {
		p := filepath.Join(out, f)
		if err := os.WriteFile(p, files[f], 0o644); err != nil {
			return err
		}
		if err := writeGzip(p, files[f]); err != nil {
			return err
		}
		if brotli != "" {
			if err := exec.Command(brotli, "-f", "-q", "11", "-o", p+".br", p).Run(); err != nil {
				return errors.New("brotli " + p + ": " + err.Error())
			}
		}
	}
	if hash && filepath.Clean(wasmPath) == filepath.Join(out, "yozuv.wasm") {
		if err := os.Remove(wasmPath); err != nil {
			return err
		}
	}
	for _, f := range names {
		p := filepath.Join(out, f)
		fmt.Printf("%-32s %8d bytes%s\n", p, len(files[f]), compressed(p))
	}
	return nil
}

// readModule reads a built WebAssembly module.
func readModule(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(b, []byte("\x00asm")) {
		return nil, errors.New(path + " is not a WebAssembly module")
	}
	return b, nil
}

// moduleName names a module base.HASH.wasm, or base.wasm without hash. The
// demo page's module is not hashed: the demo page names it in data-module.
func moduleName(base string, mod []byte, hash bool) string {
	if !hash {
		return base + ".wasm"
	}
	sum := sha256.Sum256(mod)
	return base + "." + hex.EncodeToString(sum[:6]) + ".wasm"
}

// clean removes modules and runtime scripts of earlier builds from out,
// but not those in keep.
func clean(out string, keep []string) error {
	old, err := filepath.Glob(filepath.Join(out, "yozuv*.*.wasm*"))
	if err != nil {
		return err
	}
	rts, err := filepath.Glob(filepath.Join(out, "yozuv-go*.js*"))
	if err != nil {
		return err
	}
	old = append(old, rts...)
	for _, p := range old {
		kept := false
		for _, k := range keep {
			kept = kept || strings.HasPrefix(filepath.Base(p), k)
		}
		if !kept {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeGzip(p string, data []byte) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(p+".gz", buf.Bytes(), 0o644)
}

func compressed(p string) string {
	var s string
	for _, ext := range []string{".gz", ".br"} {
		if fi, err := os.Stat(p + ext); err == nil {
			s += fmt.Sprintf(", %s %d", ext, fi.Size())
		}
	}
	return s
}
