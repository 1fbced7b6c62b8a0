package proxy

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// BenchmarkConvertedPage serves the test article, repeated to about 50 KB,
// through the converting path (upstream on loopback, proxy called
// directly).
func BenchmarkConvertedPage(b *testing.B) {
	art, err := os.ReadFile(articleFile)
	if err != nil {
		b.Fatal(err)
	}
	s := string(art)
	i, j := strings.Index(s, "<article>"), strings.Index(s, "</article>")
	page := s[:i] + strings.Repeat(s[i:j+len("</article>")], 50_000/(j-i)) + s[j:]
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer up.Close()
	p := newProxyHandler(b, up.URL)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		p.ServeHTTP(w, httptest.NewRequest("GET", "/uz-Latn/news", nil))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
