package proxy_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"

	"github.com/yozuv/yozuv/internal/proxy"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

func Example() {
	// A site written in Cyrillic.
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html lang="uz-Cyrl"><head><title>Янгиликлар</title></head><body><a href="/sport">Спорт</a></body></html>`)
	}))
	defer site.Close()

	upstream, _ := url.Parse(site.URL)
	p, err := proxy.New(proxy.Config{
		Upstream: upstream,
		Public:   &url.URL{Scheme: "https", Host: "example.uz"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	front := httptest.NewServer(p)
	defer front.Close()

	res, err := http.Get(front.URL + "/uz-Latn/news")
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Println(string(body))
	// Output:
	// <html lang="uz-Latn"><head><title>Yangiliklar</title><link rel="canonical" href="https://example.uz/uz-Latn/news">
	// <link rel="alternate" hreflang="uz-Cyrl" href="https://example.uz/news">
	// <link rel="alternate" hreflang="uz-Latn" href="https://example.uz/uz-Latn/news">
	// <link rel="alternate" hreflang="x-default" href="https://example.uz/news">
	// </head><body><a href="/uz-Latn/sport">Sport</a></body></html>
}
