package proxy

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/yozuv/yozuv/internal/translit/uz"
	"golang.org/x/net/html"
)

// upstream is a site on 127.0.0.1 written in Cyrillic.
type upstream struct {
	*httptest.Server
	hits    atomic.Int64
	lastReq atomic.Pointer[http.Request]
}

func newUpstream(t *testing.T) *upstream {
	t.Helper()
	article, err := os.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	u := &upstream{}
	mux := http.NewServeMux()
	page := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}
	mux.HandleFunc("/news/2024/09/litsey", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("ETag", `"v1"`)
		h.Set("Cache-Control", "public, max-age=60")
		h.Set("Last-Modified", "Mon, 02 Sep 2024 10:00:00 GMT")
		h.Set("Vary", "Cookie")
		h.Add("Set-Cookie", "sid=abc; Path=/; HttpOnly")
		h.Add("Link", `<https://example.uz/news/2024/09/litsey>; rel="canonical", </static/site.css>; rel=preload; as=style`)
		if strings.Contains(r.Header.Get("If-None-Match"), `"v1"`) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		w.Write(article)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		page(w, `<!DOCTYPE html><html><head><title>Салом</title></head><body><p>Ўзбекистон</p></body></html>`)
	})
	mux.HandleFunc("/links/", func(w http.ResponseWriter, r *http.Request) {
		page(w, `<html><head><title>Ҳаволалар</title><link rel="alternate" hreflang="ru" href="/ru/links/"></head><body>`+
			`<a id=1 href="/news">a</a><a id=2 href="page">b</a><a id=3 href="../../up">c</a><a id=4 href="https://example.uz/x?q=1#f">d</a>`+
			`<a id=5 href="https://other.example/y">e</a><a id=6 href="#top">f</a><a id=7 href="mailto:a@b.uz">g</a>`+
			`<a id=8 href="/uz-Latn/already">h</a><a id=9 href="/files/report.pdf">i</a><a id=10 href="//example.uz/z">j</a>`+
			`<a id=11 href="?page=2">k</a><a id=13 hreflang=ru href="/ru/">m</a><form action="/search"></form><a id=12 href="`+"http://"+r.Host+`/self">l</a></body></html>`)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			page(w, `<p>Сиқилмаган</p>`)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, `<p>Сиқилган саҳифа</p>`)
		zw.Close()
	})
	mux.HandleFunc("/deflate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "deflate")
		zw := zlib.NewWriter(w)
		io.WriteString(zw, `<p>Сиқилган саҳифа</p>`)
		zw.Close()
	})
	mux.HandleFunc("/brotli", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "br")
		w.Write([]byte{0x1b, 0x03, 0x00})
	})
	mux.HandleFunc("/bad-gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write([]byte("not gzip at all"))
	})
	mux.HandleFunc("/style.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		w.Header().Set("ETag", `"css1"`)
		io.WriteString(w, `p::before { content: "Қисқача"; }`)
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\nҚ"))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "moved", Value: "1"})
		http.Redirect(w, r, "/plain", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "https://other.example/", http.StatusFound)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `<h1>Саҳифа топилмади</h1>`)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
		page(w, `<p>Кеч</p>`)
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>Бош")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
		io.WriteString(w, "қисм</p>")
	})
	mux.HandleFunc("/cut", func(w http.ResponseWriter, r *http.Request) {
		conn, buf, _ := w.(http.Hijacker).Hijack()
		buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<p>Ярим саҳифа")
		buf.Flush()
		conn.Close()
	})
	mux.HandleFunc("/large", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>"+strings.Repeat("Қ", 1<<20)+"</p>")
	})
	mux.HandleFunc("/cp1251", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		w.Write([]byte("<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"))
	})
	mux.HandleFunc("/ru/page", func(w http.ResponseWriter, r *http.Request) {
		page(w, `<html lang="ru"><p>Привет</p></html>`)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "%s %s host=%s range=%q ae=%q xff=%q", r.Method, r.URL.RequestURI(), r.Host, r.Header.Get("Range"), r.Header.Get("Accept-Encoding"), r.Header.Get("X-Forwarded-For"))
	})
	u.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.hits.Add(1)
		u.lastReq.Store(r)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(u.Close)
	return u
}

func newProxyHandler(t testing.TB, up string) *Proxy {
	t.Helper()
	uu, _ := url.Parse(up)
	p, err := New(Config{Upstream: uu, Timeout: 10 * time.Second, ErrorLog: log.New(io.Discard, "", 0)})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func newProxy(t *testing.T, up string, edit func(*Config)) *httptest.Server {
	t.Helper()
	uu, _ := url.Parse(up)
	cfg := Config{
		Upstream: uu,
		Public:   &url.URL{Scheme: "https", Host: "example.uz"},
		Timeout:  time.Second,
		ErrorLog: log.New(io.Discard, "", 0),
	}
	if edit != nil {
		edit(&cfg)
	}
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := httptest.NewServer(p)
	t.Cleanup(s.Close)
	return s
}

var client = &http.Client{
	Transport:     &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

func get(t *testing.T, u string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", u, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

func TestPassThrough(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	want, _ := os.ReadFile(articleFile)
	res, body := get(t, px.URL+"/news/2024/09/litsey")
	if res.StatusCode != 200 || body != string(want) {
		t.Fatalf("passed-through page changed: status %d, %d bytes (want %d)", res.StatusCode, len(body), len(want))
	}
	for k, v := range map[string]string{"ETag": `"v1"`, "Cache-Control": "public, max-age=60", "Set-Cookie": "sid=abc; Path=/; HttpOnly", "Last-Modified": "Mon, 02 Sep 2024 10:00:00 GMT"} {
		if got := res.Header.Get(k); got != v {
			t.Errorf("%s = %q; want %q", k, got, v)
		}
	}
	links := strings.Join(res.Header.Values("Link"), ", ")
	for _, w := range []string{
		`<https://example.uz/news/2024/09/litsey>; rel="alternate"; hreflang="uz-Cyrl"`,
		`<https://example.uz/uz-Latn/news/2024/09/litsey>; rel="alternate"; hreflang="uz-Latn"`,
		`<https://example.uz/news/2024/09/litsey>; rel="alternate"; hreflang="x-default"`,
		`</static/site.css>; rel=preload`,
	} {
		if !strings.Contains(links, w) {
			t.Errorf("Link header lacks %s:\n%s", w, links)
		}
	}
	// Non-HTML passes through without a Link header.
	res, body = get(t, px.URL+"/style.css")
	if body != `p::before { content: "Қисқача"; }` || res.Header.Get("Link") != "" {
		t.Errorf("CSS: %q, Link %q", body, res.Header.Get("Link"))
	}
}

func TestConverted(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	orig, _ := os.ReadFile(articleFile)
	res, body := get(t, px.URL+"/uz-Latn/news/2024/09/litsey")
	if res.StatusCode != 200 {
		t.Fatalf("status %d: %s", res.StatusCode, body)
	}
	for _, w := range []string{
		`<html lang="uz-Latn" class="no-js">`,
		`<title>Toshkentda yangi litsey ochildi | Xabarlar</title>`,
		`<p class="lead">Oʻz<b>bekiston</b> poytaxtida`,
		`<link rel="canonical" href="https://example.uz/uz-Latn/news/2024/09/litsey">`,
		`<meta property="og:url" content="https://example.uz/uz-Latn/news/2024/09/litsey">`,
		"<link rel=\"alternate\" hreflang=\"uz-Cyrl\" href=\"https://example.uz/news/2024/09/litsey\">\n" +
			"<link rel=\"alternate\" hreflang=\"uz-Latn\" href=\"https://example.uz/uz-Latn/news/2024/09/litsey\">\n" +
			"<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.uz/news/2024/09/litsey\">\n</head>",
		`<li><a href="/uz-Latn/news">Yangiliklar</a>`,
		`<li lang="ru"><a href="/uz-Latn/ru/">Русская версия</a>`,
		`<form action="/uz-Latn/search" role="search">`,
		`<a href="https://example.uz/uz-Latn/news/2024/08/budjet">oldinroq yozgan edik</a>`,
		`<a href="https://other.example/">Agentlik</a>`,
		`<link rel="stylesheet" href="/static/site.css?v=3">`,
		`<blockquote lang="ru"><p>«Это важный шаг для района», — сказал хоким.</p></blockquote>`,
		`<pre>` + "\nЖадвал:",
		`<script>window.dataLayer = [{"page": "Янгиликлар"}];</script>`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("converted page lacks %q", w)
		}
	}
	if strings.Count(body, `rel="canonical"`) != 1 {
		t.Errorf("%d canonical links", strings.Count(body, `rel="canonical"`))
	}
	h := res.Header
	if got := h.Get("ETag"); !strings.HasPrefix(got, `W/"v1.uz-Latn.`) {
		t.Errorf("ETag = %q", got)
	}
	if h.Get("Last-Modified") != "" || h.Get("Content-Encoding") != "" {
		t.Errorf("Last-Modified %q, Content-Encoding %q", h.Get("Last-Modified"), h.Get("Content-Encoding"))
	}
	if got := h.Values("Vary"); strings.Join(got, ",") != "Cookie,Accept-Encoding" {
		t.Errorf("Vary = %q", got)
	}
	if h.Get("Cache-Control") != "public, max-age=60" || h.Get("Set-Cookie") != "sid=abc; Path=/; HttpOnly" || h.Get("Content-Language") != "uz-Latn" {
		t.Errorf("headers: %v", h)
	}
	links := strings.Join(h.Values("Link"), ", ")
	if strings.Contains(links, `rel="canonical"`) || !strings.Contains(links, `hreflang="uz-Latn"`) || !strings.Contains(links, "rel=preload") {
		t.Errorf("Link = %q", links)
	}
	if h.Get("Content-Length") != fmt.Sprint(len(body)) {
		t.Errorf("Content-Length %q for %d bytes", h.Get("Content-Length"), len(body))
	}
	checkMarkup(t, string(orig), body)
}

// checkMarkup compares the tags of an upstream page and its conversion:
// the same tags in the same order, byte for byte, except the ones the
// proxy may change (converted attributes, lang, links) and the hreflang
// links it adds and drops.
func checkMarkup(t *testing.T, orig, conv string) {
	t.Helper()
	a, b := tags(orig), tags(conv)
	var added []string
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		if x == y {
			i, j = i+1, j+1
			continue
		}
		if strings.HasPrefix(y, `<link rel="alternate" hreflang=`) {
			added = append(added, y)
			j++
			continue
		}
		if tagName(x) != tagName(y) {
			t.Fatalf("tag %d: %q became %q", i, x, y)
		}
		if !strings.Contains(x, "lang=") && !strings.Contains(x, "href=") && !strings.Contains(x, "action=") &&
			!strings.Contains(x, "title=") && !strings.Contains(x, "alt=") && !strings.Contains(x, "placeholder=") &&
			!strings.Contains(x, "aria-label=") && !strings.Contains(x, "content=") {
			t.Errorf("tag %q changed to %q", x, y)
		}
		i, j = i+1, j+1
	}
	for ; j < len(b); j++ {
		added = append(added, b[j])
	}
	if i != len(a) || len(added) != 3 {
		t.Errorf("%d of %d tags matched; added %q", i, len(a), added)
	}
}

func tags(s string) []string {
	var out []string
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.TextToken:
		default:
			out = append(out, string(z.Raw()))
		}
	}
}

func tagName(raw string) string {
	raw = strings.TrimLeft(raw, "</")
	if i := strings.IndexAny(raw, " \t\n>/"); i >= 0 {
		return strings.ToLower(raw[:i])
	}
	return raw
}

func TestLinkRewriting(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	_, body := get(t, px.URL+"/uz-Latn/links/")
	upHost := strings.TrimPrefix(up.URL, "http://")
	for _, w := range []string{
		`<a id=1 href="/uz-Latn/news">`,
		`<a id=2 href="page">`,        // relative: already under the prefix
		`<a id=3 href="/uz-Latn/up">`, // would climb out of the prefix
		`<a id=4 href="https://example.uz/uz-Latn/x?q=1#f">`,
		`<a id=5 href="https://other.example/y">`,
		`<a id=6 href="#top">`,
		`<a id=7 href="mailto:a@b.uz">`,
		`<a id=8 href="/uz-Latn/already">`,
		`<a id=9 href="/files/report.pdf">`,
		`<a id=10 href="//example.uz/uz-Latn/z">`,
		`<a id=11 href="?page=2">`,
		`<form action="/uz-Latn/search">`,
		`<a id=13 hreflang=ru href="/ru/">`,
		`<a id=12 href="http://` + upHost + `/uz-Latn/self">`,
	} {
		if !strings.Contains(body, w) {
			t.Errorf("page lacks %s", w)
		}
	}
	if strings.Contains(body, `hreflang="ru"`) {
		t.Error("upstream hreflang link kept")
	}
	if !strings.Contains(body, `<link rel="canonical" href="https://example.uz/uz-Latn/links/">`) {
		t.Error("no canonical link added")
	}
}

func TestCompressed(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	tests := []struct {
		path, ae, want string
	}{
		{"/uz-Latn/gzip", "gzip, br", "<p>Siqilgan sahifa</p>"},
		{"/uz-Latn/gzip", "", "<p>Siqilmagan</p>"},
		{"/uz-Latn/deflate", "", "<p>Siqilgan sahifa</p>"},
	}
	for _, tc := range tests {
		res, body := get(t, px.URL+tc.path, "Accept-Encoding", tc.ae)
		if res.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(zr)
			body = string(b)
		}
		if !strings.Contains(body, tc.want) {
			t.Errorf("GET %s (Accept-Encoding %q) = %q; want %q…", tc.path, tc.ae, body, tc.want)
		}
	}
	// A big page comes back gzipped to a client that takes gzip.
	res, body := get(t, px.URL+"/uz-Latn/news/2024/09/litsey", "Accept-Encoding", "gzip")
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", res.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(zr)
	if !bytes.Contains(b, []byte("Toshkentda yangi litsey")) {
		t.Error("gzipped page not converted")
	}
}

func TestErrors(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, func(c *Config) { c.Timeout = 300 * time.Millisecond; c.MaxBody = 1 << 20 })
	tests := []struct {
		path   string
		status int
	}{
		{"/uz-Latn/slow", http.StatusGatewayTimeout},
		{"/uz-Latn/slow-body", http.StatusGatewayTimeout},
		{"/uz-Latn/cut", http.StatusBadGateway},
		{"/uz-Latn/large", http.StatusBadGateway},
		{"/uz-Latn/brotli", http.StatusBadGateway},
		{"/uz-Latn/bad-gzip", http.StatusBadGateway},
		{"/uz-Latn/cp1251", http.StatusBadGateway},
		{"/slow", http.StatusGatewayTimeout},
	}
	for _, tc := range tests {
		res, body := get(t, px.URL+tc.path)
		if res.StatusCode != tc.status {
			t.Errorf("GET %s: status %d; want %d", tc.path, res.StatusCode, tc.status)
		}
		if !strings.Contains(body, fmt.Sprintf("<h1>%d ", tc.status)) || strings.Contains(body, "Ярим") || strings.Contains(body, "Yarim") {
			t.Errorf("GET %s: body %q", tc.path, body)
		}
		if res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("GET %s: Cache-Control %q", tc.path, res.Header.Get("Cache-Control"))
		}
	}
	// An upstream that is down.
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + ln.Addr().String()
	ln.Close()
	px2 := newProxy(t, dead, nil)
	for _, p := range []string{"/x", "/uz-Latn/x"} {
		if res, _ := get(t, px2.URL+p); res.StatusCode != http.StatusBadGateway {
			t.Errorf("dead upstream, GET %s: status %d", p, res.StatusCode)
		}
	}
}

func TestStatusAndNonHTML(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	tests := []struct {
		path, location, body, cookie string
		status                       int
	}{
		{path: "/uz-Latn/style.css", status: 200, body: `p::before { content: "Қисқача"; }`},
		{path: "/uz-Latn/image.png", status: 200, body: "\x89PNG\r\n\x1a\nҚ"},
		{path: "/uz-Latn/old", status: 301, location: "/uz-Latn/plain", cookie: "moved=1"},
		{path: "/old", status: 301, location: "/plain", cookie: "moved=1"},
		{path: "/uz-Latn/away", status: 302, location: "https://other.example/"},
		{path: "/uz-Latn/missing", status: 404, body: "<h1>Sahifa topilmadi</h1>"},
		{path: "/uz-Cyrl/plain?a=1", status: 301, location: "/plain?a=1"},
		{path: "/uz-Latn", status: 308, location: "/uz-Latn/"},
		{path: "/uz-Latn/ru/page", status: 302, location: "/ru/page"},
	}
	for _, tc := range tests {
		res, body := get(t, px.URL+tc.path)
		if res.StatusCode != tc.status {
			t.Errorf("GET %s: status %d; want %d", tc.path, res.StatusCode, tc.status)
		}
		if tc.location != "" && res.Header.Get("Location") != tc.location {
			t.Errorf("GET %s: Location %q; want %q", tc.path, res.Header.Get("Location"), tc.location)
		}
		if tc.body != "" && !strings.Contains(body, tc.body) {
			t.Errorf("GET %s: body %q; want %q", tc.path, body, tc.body)
		}
		if tc.cookie != "" && res.Header.Get("Set-Cookie") != tc.cookie {
			t.Errorf("GET %s: Set-Cookie %q; want %q", tc.path, res.Header.Get("Set-Cookie"), tc.cookie)
		}
	}
	// The CSS keeps its ETag and length under the prefix.
	res, _ := get(t, px.URL+"/uz-Latn/style.css")
	if res.Header.Get("ETag") != `"css1"` {
		t.Errorf("CSS ETag %q", res.Header.Get("ETag"))
	}
}

func TestRequestHeaders(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	_, body := get(t, px.URL+"/uz-Latn/echo?x=1", "Range", "bytes=0-10", "Accept-Encoding", "br")
	if !strings.HasPrefix(body, `GET /echo?x=1 host=127.0.0.1:`) || !strings.Contains(body, `range="" ae=""`) || !strings.Contains(body, `xff="127.0.0.1"`) {
		t.Errorf("upstream saw %s", body)
	}
	_, body = get(t, px.URL+"/echo", "Range", "bytes=0-10", "Accept-Encoding", "br")
	if !strings.Contains(body, `range="bytes=0-10" ae="br"`) {
		t.Errorf("passed-through request changed: %s", body)
	}
	// HEAD of a converted page gives its headers and no body.
	req, _ := http.NewRequest("HEAD", px.URL+"/uz-Latn/plain", nil)
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	_, full := get(t, px.URL+"/uz-Latn/plain")
	if res.StatusCode != 200 || res.ContentLength != int64(len(full)) {
		t.Errorf("HEAD: status %d, length %d; GET gives %d bytes", res.StatusCode, res.ContentLength, len(full))
	}
}

func TestConditional(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, nil)
	res, _ := get(t, px.URL+"/uz-Latn/news/2024/09/litsey")
	etag := res.Header.Get("ETag")
	res, body := get(t, px.URL+"/uz-Latn/news/2024/09/litsey", "If-None-Match", etag)
	if res.StatusCode != http.StatusNotModified || body != "" || res.Header.Get("ETag") != etag {
		t.Errorf("revalidation: status %d, ETag %q (want %q), body %q", res.StatusCode, res.Header.Get("ETag"), etag, body)
	}
	if got := up.lastReq.Load().Header.Get("If-None-Match"); got != `W/"v1"` {
		t.Errorf("upstream got If-None-Match %q", got)
	}
	// A page without an upstream ETag gets one from its content.
	res, _ = get(t, px.URL+"/uz-Latn/plain")
	etag = res.Header.Get("ETag")
	if !strings.HasPrefix(etag, `W/"y`) {
		t.Fatalf("ETag %q", etag)
	}
	res, _ = get(t, px.URL+"/uz-Latn/plain", "If-None-Match", etag)
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("content ETag revalidation: status %d", res.StatusCode)
	}
	// The other script's ETag does not match.
	res, _ = get(t, px.URL+"/uz-Latn/news/2024/09/litsey", "If-None-Match", `"v1"`)
	if res.StatusCode != 200 {
		t.Errorf("upstream ETag matched a converted page: status %d", res.StatusCode)
	}
}

// TestNoOpenProxy sends requests in absolute form for another host; only
// the upstream may ever be contacted.
func TestNoOpenProxy(t *testing.T) {
	up := newUpstream(t)
	var otherHits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { otherHits.Add(1) }))
	defer other.Close()
	px := newProxy(t, up.URL, nil)
	for _, target := range []string{other.URL + "/plain", other.URL + "/uz-Latn/plain"} {
		conn, err := net.Dial("tcp", strings.TrimPrefix(px.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, strings.TrimPrefix(other.URL, "http://"))
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		conn.Close()
	}
	req, _ := http.NewRequest("CONNECT", px.URL, nil)
	req.Host = strings.TrimPrefix(other.URL, "http://")
	if res, err := client.Do(req); err == nil {
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("CONNECT: status %d", res.StatusCode)
		}
	}
	if otherHits.Load() != 0 {
		t.Errorf("the other server was contacted %d times", otherHits.Load())
	}
	if up.hits.Load() != 2 {
		t.Errorf("upstream hits %d; want 2", up.hits.Load())
	}
	// The default transport refuses to dial anything but the upstream.
	uu, _ := url.Parse(up.URL)
	tr := upstreamTransport(uu, time.Second)
	if _, err := tr.DialContext(t.Context(), "tcp", strings.TrimPrefix(other.URL, "http://")); err == nil {
		t.Error("transport dialled another host")
	}
}

func TestLatinSite(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html lang="uz-Latn"><title>Yangiliklar</title><p>Oʻzbekiston <a href="/sport">sport</a></p></html>`)
	}))
	defer up.Close()
	px := newProxy(t, up.URL, func(c *Config) {
		c.From = "uz-Latn"
		c.Prefixes = map[string]string{"uz-Latn": "/uz-Latn", "uz-Cyrl": "/uz-Cyrl"}
	})
	res, body := get(t, px.URL+"/uz-Cyrl/news")
	want := `<html lang="uz-Cyrl"><title>Янгиликлар</title><link rel="canonical" href="https://example.uz/uz-Cyrl/news">` + "\n" +
		`<link rel="alternate" hreflang="uz-Latn" href="https://example.uz/news">` + "\n" +
		`<link rel="alternate" hreflang="uz-Cyrl" href="https://example.uz/uz-Cyrl/news">` + "\n" +
		`<link rel="alternate" hreflang="x-default" href="https://example.uz/news">` + "\n" +
		`<p>Ўзбекистон <a href="/uz-Cyrl/sport">спорт</a></p></html>`
	if res.StatusCode != 200 || body != want {
		t.Errorf("status %d\n got %q\nwant %q", res.StatusCode, body, want)
	}
	if res, _ := get(t, px.URL+"/uz-Latn/news"); res.StatusCode != 301 || res.Header.Get("Location") != "/news" {
		t.Errorf("/uz-Latn/news: status %d, Location %q", res.StatusCode, res.Header.Get("Location"))
	}
}

func TestBounds(t *testing.T) {
	up := newUpstream(t)
	uu, _ := url.Parse(up.URL)
	p, err := New(Config{Upstream: uu, MaxConversions: 1, MaxRequests: 2, Timeout: 300 * time.Millisecond, ErrorLog: log.New(io.Discard, "", 0)})
	if err != nil {
		t.Fatal(err)
	}
	px := httptest.NewServer(p)
	defer px.Close()

	// With every conversion slot taken, a page waits for one until its
	// time is up, then gets a 503; other responses are not held up.
	p.slots <- struct{}{}
	res, body := get(t, px.URL+"/uz-Latn/plain")
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Errorf("conversion with no free slot: status %d, %q", res.StatusCode, body)
	}
	if res, _ := get(t, px.URL+"/uz-Latn/style.css"); res.StatusCode != 200 {
		t.Errorf("CSS with no free slot: status %d", res.StatusCode)
	}
	<-p.slots
	if res, _ := get(t, px.URL+"/uz-Latn/plain"); res.StatusCode != 200 {
		t.Errorf("conversion with a free slot: status %d", res.StatusCode)
	}

	// Beyond MaxRequests the proxy answers 503 at once.
	p.inflight <- struct{}{}
	p.inflight <- struct{}{}
	t0 := time.Now()
	res, _ = get(t, px.URL+"/plain")
	if res.StatusCode != http.StatusServiceUnavailable || time.Since(t0) > 200*time.Millisecond {
		t.Errorf("request over the limit: status %d after %v", res.StatusCode, time.Since(t0))
	}
	<-p.inflight
	if res, _ := get(t, px.URL+"/plain"); res.StatusCode != 200 {
		t.Errorf("request under the limit: status %d", res.StatusCode)
	}
}

func TestPublicFromRequest(t *testing.T) {
	up := newUpstream(t)
	px := newProxy(t, up.URL, func(c *Config) { c.Public = nil })
	req, _ := http.NewRequest("GET", px.URL+"/uz-Latn/plain", nil)
	req.Host = "gazeta.example"
	req.Header.Set("X-Forwarded-Proto", "https")
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(b), `<link rel="canonical" href="https://gazeta.example/uz-Latn/plain">`) {
		t.Errorf("page: %s", b)
	}
}

// articleFile is the test article, shared with the markup package's tests.
const articleFile = "../markup/testdata/article.html"
