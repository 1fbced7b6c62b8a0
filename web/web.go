package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed site
var site embed.FS

// Site returns the embedded pages and their assets: index.html (the demo),
// news.html (a sample news page that embeds the switch), reader.html (the
// same article in <yozuv-reader>, with a publisher glossary), bench.html
// (the benchmark page) and the CSS, scripts, images and glossary they use.
func Site() fs.FS {
	sub, err := fs.Sub(site, "site")
	if err != nil {
		panic(err)
	}
	return sub
}

// DefaultCSP is the Content-Security-Policy of the pages: scripts only from
// the page's own origin, and WebAssembly allowed.
const DefaultCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// Config configures a Handler.
type Config struct {
	// Dist is the folder "make dist" writes: yozuv.js, the module and
	// their .br and .gz siblings.
	Dist fs.FS
	// CSP is the pages' Content-Security-Policy; "" means DefaultCSP.
	CSP string
}

// Handler serves
//
//	/        the demo page
//	/news    the sample news page
//	/reader  the sample news page in the reading view (<yozuv-reader>)
//	/bench   the benchmark page
//	/site/…  the pages' assets
//	/dist/…  the files of Config.Dist
//
// Pages link to their assets and to dist/yozuv.js by relative URLs, so a
// Handler also works under a path prefix (with http.StripPrefix).
type Handler struct {
	cfg   Config
	site  fs.FS
	etags sync.Map // etagKey → string
}

// NewHandler returns a Handler for cfg.
func NewHandler(cfg Config) *Handler {
	if cfg.CSP == "" {
		cfg.CSP = DefaultCSP
	}
	return &Handler{cfg: cfg, site: Site()}
}

var pages = map[string]string{"/": "index.html", "/news": "news.html", "/reader": "reader.html", "/bench": "bench.html"}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	w.Header().Set("X-Content-Type-Options", "nosniff")
	switch {
	case pages[p] != "":
		w.Header().Set("Content-Security-Policy", h.cfg.CSP)
		w.Header().Set("Referrer-Policy", "strict-origin-when-cross-origin")
		w.Header().Set("Cache-Control", "no-cache")
		h.serveFile(w, r, h.site, pages[p], false)
	case strings.HasPrefix(p, "/site/"):
		w.Header().Set("Cache-Control", "public, max-age=300")
		h.serveFile(w, r, h.site, strings.TrimPrefix(p, "/site/"), false)
	case strings.HasPrefix(p, "/dist/"):
		if h.cfg.Dist == nil {
			http.Error(w, "dist/ is not built: run make dist", http.StatusNotFound)
			return
		}
		name := strings.TrimPrefix(p, "/dist/")
		if hashed.MatchString(name) {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "public, max-age=300")
		}
		// The loader and module may be used by pages of other origins.
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
		h.serveFile(w, r, h.cfg.Dist, name, true)
	default:
		http.NotFound(w, r)
	}
}

// hashed matches the content-hashed names web/build writes.
var hashed = regexp.MustCompile(`^yozuv(-reader\.[0-9a-f]{8,}\.wasm|\.[0-9a-f]{8,}\.wasm|-go\.[0-9a-f]{8,}\.js)$`)

var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".svg":  "image/svg+xml",
	".txt":  "text/plain; charset=utf-8",
	".json": "application/json",
}

// serveFile serves name from fsys; with precompressed, from name.br or
// name.gz when the client accepts that encoding and the file exists.
func (h *Handler) serveFile(w http.ResponseWriter, r *http.Request, fsys fs.FS, name string, precompressed bool) {
	if !fs.ValidPath(name) || name == "." || strings.HasSuffix(name, "/") {
		http.NotFound(w, r)
		return
	}
	ctype, ok := types[path.Ext(name)]
	if !ok {
		ctype = "application/octet-stream"
	}
	file, enc := name, ""
	if precompressed {
		if path.Ext(name) == ".br" || path.Ext(name) == ".gz" {
			http.NotFound(w, r) // ask for the file, not for its encoding
			return
		}
		w.Header().Add("Vary", "Accept-Encoding")
		for _, e := range acceptable(r.Header.Get("Accept-Encoding")) {
			ext := map[string]string{"br": ".br", "gzip": ".gz"}[e]
			if _, err := fs.Stat(fsys, name+ext); err == nil {
				file, enc = name+ext, e
				break
			}
		}
	}
	f, err := fsys.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.IsDir() {
		http.NotFound(w, r)
		return
	}
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		b, err := io.ReadAll(f)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		rs = bytes.NewReader(b)
	}
	etag, err := h.etag(file, fi, rs)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("ETag", etag)
	if enc != "" {
		w.Header().Set("Content-Encoding", enc)
	}
	http.ServeContent(w, r, "", fi.ModTime(), rs)
}

type etagKey struct {
	name string
	size int64
	mod  time.Time
}

// etag returns a strong ETag for the bytes of a file, computed once per
// version of the file.
func (h *Handler) etag(name string, fi fs.FileInfo, rs io.ReadSeeker) (string, error) {
	key := etagKey{name, fi.Size(), fi.ModTime()}
	if v, ok := h.etags.Load(key); ok {
		return v.(string), nil
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, rs); err != nil {
		return "", err
	}
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag := `"` + hex.EncodeToString(sum.Sum(nil)[:12]) + `"`
	h.etags.Store(key, tag)
	return tag, nil
}

// acceptable returns the encodings of an Accept-Encoding header this
// handler can serve pre-compressed, best first: br, then gzip. An encoding
// with q=0 is refused.
func acceptable(header string) []string {
	var br, gz bool
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		if q <= 0 {
			continue
		}
		switch name {
		case "br":
			br = true
		case "gzip", "x-gzip":
			gz = true
		}
	}
	var out []string
	if br {
		out = append(out, "br")
	}
	if gz {
		out = append(out, "gzip")
	}
	return out
}
