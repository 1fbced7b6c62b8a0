package loader

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func wasmExec(t *testing.T) []byte {
	t.Helper()
	root, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skip("no go command:", err)
	}
	b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Skip("no wasm_exec.js in GOROOT:", err)
	}
	return b
}

func TestBundle(t *testing.T) {
	out, err := Bundle("yozuv-go.89abcdef.js", "yozuv.0123abcd.wasm", "yozuv-reader.4567cdef.wasm")
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, mark := range []string{"__YOZUV_WASM__", "__YOZUV_READER__", "__YOZUV_CSS__", "__YOZUV_RUNTIME__"} {
		if strings.Contains(s, mark) {
			t.Errorf("the bundle still holds %s", mark)
		}
	}
	for _, want := range []string{`"yozuv.0123abcd.wasm"`, `"yozuv-reader.4567cdef.wasm"`, `"yozuv-go.89abcdef.js"`, ".sw{", "--yozuv-accent"} {
		if !strings.Contains(s, want) {
			t.Errorf("the bundle lacks %q", want)
		}
	}
	if !strings.HasPrefix(s, "(()=>{") {
		t.Errorf("the bundle does not start with its closure: %.40q", s)
	}
	if node, err := exec.LookPath("node"); err == nil {
		p := filepath.Join(t.TempDir(), "yozuv.js")
		if err := os.WriteFile(p, out, 0o644); err != nil {
			t.Fatal(err)
		}
		if b, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
			t.Errorf("node --check: %v\n%s", err, b)
		}
	}
}

func TestRuntime(t *testing.T) {
	rt, err := Runtime(wasmExec(t))
	if err != nil {
		t.Fatal(err)
	}
	s := string(rt)
	for _, want := range []string{"yozuv._rt=function(){let fs;", "globalThis.Go", "Copyright 2018 The Go Authors", "return{Go:g.Go"} {
		if !strings.Contains(s, want) {
			t.Errorf("the runtime script lacks %q", want)
		}
	}
	if node, err := exec.LookPath("node"); err == nil {
		p := filepath.Join(t.TempDir(), "rt.js")
		if err := os.WriteFile(p, rt, 0o644); err != nil {
			t.Fatal(err)
		}
		if b, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
			t.Errorf("node --check: %v\n%s", err, b)
		}
	}
}

func TestBundleErrors(t *testing.T) {
	if _, err := Runtime([]byte("console.log(1)")); err == nil {
		t.Error("Runtime accepted a wasm_exec.js without globalThis.Go")
	}
}

func TestMinify(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"const a = 1;\n\tconst b = 2;\n", "const a=1;const b=2;\n"},
		{"// comment\nf( a , b )\ng()\n", "f(a,b)\ng()\n"},
		{"x = \"a  // b\" + 'c /* d */';\n", "x=\"a  // b\"+'c /* d */';\n"},
		{"if (/[\\/]  x/.test(s)) return /a b/g;\n", "if(/[\\/]  x/.test(s))return/a b/g;\n"},
		{"a = b / c / d;\n", "a=b/c/d;\n"},
		{"a = b + +c - -d;\n", "a=b+ +c- -d;\n"},
		{"f(`x ${y}  z`);\n", "f(`x ${y}  z`);\n"},
		{"o = {\n\ta: 1,\n\tb: 2\n};\n", "o={a:1,b:2};\n"},
		{"/* block\ncomment */ let x;\n", "let x;\n"},
		{"const ü = 1;\n", "const ü=1;\n"},
	} {
		got, err := minify([]byte(c.in))
		if err != nil {
			t.Errorf("minify(%q): %v", c.in, err)
			continue
		}
		if string(got) != c.want {
			t.Errorf("minify(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"x = \"open\n", "/* open", "if (/open\n"} {
		if _, err := minify([]byte(bad)); err == nil {
			t.Errorf("minify(%q) did not fail", bad)
		}
	}
}

func TestCompactCSS(t *testing.T) {
	got := compactCSS([]byte("/* c */\n:host {\n\tdisplay: block;\n}\n.a > .b , .c { color: red; }\n"))
	if want := ":host{display:block}.a>.b,.c{color:red}"; !bytes.Equal(got, []byte(want)) {
		t.Errorf("compactCSS = %q, want %q", got, want)
	}
}
