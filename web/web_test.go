package web

import (
	"io/fs"

	"github.com/yozuv/yozuv/internal/translit"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func testHandler() *Handler {
	dist := fstest.MapFS{
		"yozuv.js":                   {Data: []byte("plain js")},
		"yozuv.js.br":                {Data: []byte("br js")},
		"yozuv.js.gz":                {Data: []byte("gz js")},
		"yozuv.0123456789ab.wasm":    {Data: []byte("\x00asm plain")},
		"yozuv.0123456789ab.wasm.gz": {Data: []byte("gz wasm")},
		"yozuv.0123456789ab.wasm.br": {Data: []byte("br wasm")},
		"other.wasm":                 {Data: []byte("\x00asm other")},
	}
	return NewHandler(Config{Dist: dist})
}

func get(t *testing.T, h http.Handler, path, accept string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	if accept != "" {
		r.Header.Set("Accept-Encoding", accept)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func TestDist(t *testing.T) {
	h := testHandler()
	for _, c := range []struct {
		path, accept, body, enc, ctype, cache string
	}{
		{"/dist/yozuv.js", "gzip, deflate, br, zstd", "br js", "br", "text/javascript; charset=utf-8", "public, max-age=300"},
		{"/dist/yozuv.js", "gzip", "gz js", "gzip", "text/javascript; charset=utf-8", "public, max-age=300"},
		{"/dist/yozuv.js", "br;q=0, gzip;q=0.5", "gz js", "gzip", "text/javascript; charset=utf-8", "public, max-age=300"},
		{"/dist/yozuv.js", "", "plain js", "", "text/javascript; charset=utf-8", "public, max-age=300"},
		{"/dist/yozuv.0123456789ab.wasm", "br", "br wasm", "br", "application/wasm", "public, max-age=31536000, immutable"},
		{"/dist/yozuv.0123456789ab.wasm", "identity", "\x00asm plain", "", "application/wasm", "public, max-age=31536000, immutable"},
		{"/dist/other.wasm", "br, gzip", "\x00asm other", "", "application/wasm", "public, max-age=300"},
	} {
		res := get(t, h, c.path, c.accept)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 || string(body) != c.body {
			t.Errorf("%s (%s): %d %q, want %q", c.path, c.accept, res.StatusCode, body, c.body)
		}
		for k, want := range map[string]string{"Content-Encoding": c.enc, "Content-Type": c.ctype, "Cache-Control": c.cache, "Vary": "Accept-Encoding", "Access-Control-Allow-Origin": "*"} {
			if got := res.Header.Get(k); got != want {
				t.Errorf("%s (%s): %s = %q, want %q", c.path, c.accept, k, got, want)
			}
		}
		if res.Header.Get("ETag") == "" {
			t.Errorf("%s: no ETag", c.path)
		}
	}
}

func TestDistErrors(t *testing.T) {
	h := testHandler()
	for _, p := range []string{"/dist/missing.js", "/dist/yozuv.js.br", "/dist/../web.go", "/dist/", "/nowhere"} {
		if res := get(t, h, p, "br"); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, res.StatusCode)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/dist/yozuv.js", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", w.Code)
	}
	if res := get(t, NewHandler(Config{}), "/dist/yozuv.js", ""); res.StatusCode != http.StatusNotFound {
		t.Errorf("no dist: status %d", res.StatusCode)
	}
}

func TestETag(t *testing.T) {
	h := testHandler()
	tag := get(t, h, "/dist/yozuv.js", "br").Header.Get("ETag")
	if other := get(t, h, "/dist/yozuv.js", "").Header.Get("ETag"); other == tag {
		t.Errorf("the br and identity bodies share the ETag %s", tag)
	}
	r := httptest.NewRequest(http.MethodGet, "/dist/yozuv.js", nil)
	r.Header.Set("Accept-Encoding", "br")
	r.Header.Set("If-None-Match", tag)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", w.Code)
	}
}

func TestPages(t *testing.T) {
	h := testHandler()
	for _, p := range []string{"/", "/news", "/reader", "/bench"} {
		res := get(t, h, p, "")
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("%s: %d %s", p, res.StatusCode, res.Header.Get("Content-Type"))
		}
		if res.Header.Get("Content-Security-Policy") != DefaultCSP {
			t.Errorf("%s: CSP %q", p, res.Header.Get("Content-Security-Policy"))
		}
		s := string(body)
		if !strings.Contains(s, `<script src="dist/yozuv.js"`) || !strings.Contains(s, "<yozuv-switch>") {
			t.Errorf("%s does not embed the switch", p)
		}
		// The pages must work under the CSP: no inline scripts or styles.
		if strings.Contains(s, "<script>") || strings.Contains(s, "<style") || strings.Contains(s, " style=") || strings.Contains(s, " onclick=") {
			t.Errorf("%s has inline script or style", p)
		}
	}
	for p, ctype := range map[string]string{"/site/site.css": "text/css; charset=utf-8", "/site/news.js": "text/javascript; charset=utf-8",
		"/site/demo.js": "text/javascript; charset=utf-8", "/site/photo.svg": "image/svg+xml", "/site/glossary.json": "application/json"} {
		if res := get(t, h, p, ""); res.StatusCode != 200 || res.Header.Get("Content-Type") != ctype {
			t.Errorf("%s: %d %s", p, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
}

// TestSiteGlossary checks that the sample glossary the demo and reader
// pages load is a valid glossary file.
func TestSiteGlossary(t *testing.T) {
	b, err := fs.ReadFile(Site(), "glossary.json")
	if err != nil {
		t.Fatal(err)
	}
	g, err := translit.ParseGlossary(b)
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 2 {
		t.Errorf("%d entries", g.Len())
	}
}

func TestAcceptable(t *testing.T) {
	for in, want := range map[string]string{
		"":                        "",
		"gzip, deflate, br, zstd": "br gzip",
		"br;q=0":                  "",
		"GZIP ; q=0.8, BR":        "br gzip",
		"x-gzip":                  "gzip",
		"identity":                "",
	} {
		if got := strings.Join(acceptable(in), " "); got != want {
			t.Errorf("acceptable(%q) = %q, want %q", in, got, want)
		}
	}
}
