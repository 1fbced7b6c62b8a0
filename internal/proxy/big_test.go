package proxy

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// bigPage writes an HTML page of about size bytes, paragraph by paragraph.
func bigPage(w io.Writer, size int) {
	io.WriteString(w, "<!DOCTYPE html>\n<html lang=\"uz-Cyrl\"><head><meta charset=\"utf-8\"><title>Катта саҳифа</title></head><body>\n")
	para := "<p>Ўз<b>бекистон</b> пойтахтида янги лицей очилди. <a href=\"/news\">Янгиликлар</a> ва <span lang=\"ru\">новости</span>.</p>\n"
	buf := strings.Repeat(para, 64<<10/len(para))
	for n := 0; n < size; n += len(buf) {
		io.WriteString(w, buf)
	}
	io.WriteString(w, "</body></html>\n")
}

// TestBigPage passes a 50 MB page through the proxy's converting path.
func TestBigPage(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 5 << 20
	}
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		bigPage(w, size)
	}))
	defer up.Close()
	px := newProxy(t, up.URL, func(c *Config) { c.MaxBody = 64 << 20; c.Timeout = 60 * time.Second })

	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	start := time.Now()
	res, err := client.Get(px.URL + "/uz-Latn/big")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	elapsed := time.Since(start)
	close(stop)
	<-done
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("status %d, err %v", res.StatusCode, err)
	}
	if len(body) < size*2/3 || !strings.HasSuffix(string(body), "</body></html>\n") {
		t.Fatalf("%d bytes, ending %q", len(body), body[max(0, len(body)-40):])
	}
	tail := string(body[len(body)-4096:])
	if !strings.Contains(tail, `<p>Oʻz<b>bekiston</b> poytaxtida`) || !strings.Contains(tail, `<a href="/uz-Latn/news">Yangiliklar</a>`) ||
		!strings.Contains(tail, `<span lang="ru">новости</span>`) {
		t.Errorf("end of the page not converted: %q", tail[len(tail)-300:])
	}
	t.Logf("%d MB page converted through the proxy in %v; heap in use at most %.0f MiB (upstream, proxy and client in one process)",
		size>>20, elapsed.Round(time.Millisecond), float64(peak.Load())/(1<<20))
}

// TestGracefulShutdown stops the server while a page is being fetched:
// the request in flight completes, and Serve returns cleanly.
func TestGracefulShutdown(t *testing.T) {
	release := make(chan struct{})
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>Салом</p>")
	}))
	defer up.Close()
	p := newProxyHandler(t, up.URL)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, p, 5*time.Second, nil) }()

	type result struct {
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		res, err := client.Get("http://" + ln.Addr().String() + "/uz-Latn/")
		if err != nil {
			got <- result{err: err}
			return
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		got <- result{string(b), err}
	}()
	time.Sleep(100 * time.Millisecond) // the request is now waiting upstream
	cancel()
	time.Sleep(100 * time.Millisecond)
	if _, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		t.Error("still accepting connections while shutting down")
	}
	close(release)
	r := <-got
	if r.err != nil || !strings.Contains(r.body, "<p>Salom</p>") {
		t.Errorf("request in flight: %q, %v", r.body, r.err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}
