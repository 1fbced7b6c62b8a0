package markup

import (
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// pageReader produces an HTML page of about size bytes without holding it
// in memory: a head, paragraphs of Cyrillic news text repeated, a tail.
type pageReader struct {
	left int // bytes of body still to produce
	cur  string
	n    int // paragraphs produced
}

const (
	streamHead = "<!DOCTYPE html>\n<html lang=\"uz-Cyrl\"><head><meta charset=\"utf-8\"><title>Катта саҳифа</title></head><body><main>\n"
	streamTail = "</main></body></html>\n"
)

var streamParas = []string{
	"<p>Ўз<b>бекистон</b> пойтахтида янги лицей очилди. Лойиҳа қиймати 12,5 млрд сўм.</p>\n",
	"<p title=\"Изоҳ\">Маросимда Тоқаев ва бошқалар иштирок этди — <em>«Етти йилдан бери кутган эдик»</em>.</p>\n",
	"<blockquote lang=\"ru\"><p>«Это важный шаг», — сказал хоким.</p></blockquote>\n",
	"<p>Батафсил: <a href=\"https://example.uz/news\">сайтда</a>, <code>x := 1</code> &amp; <span class=\"notranslate\">Telegram</span>’даги канал.</p>\n",
}

func newPageReader(size int) *pageReader {
	return &pageReader{left: size - len(streamHead) - len(streamTail), cur: streamHead}
}

func (p *pageReader) Read(b []byte) (int, error) {
	n := 0
	for n < len(b) {
		if p.cur == "" {
			switch {
			case p.left > 0:
				p.cur = streamParas[p.n%len(streamParas)]
				p.n++
				p.left -= len(p.cur)
			case p.left > -1<<30:
				p.cur = streamTail
				p.left = -1 << 30
			default:
				if n == 0 {
					return 0, io.EOF
				}
				return n, nil
			}
		}
		m := copy(b[n:], p.cur)
		p.cur = p.cur[m:]
		n += m
	}
	return n, nil
}

// countWriter counts bytes and checks that a few markers come out converted.
type countWriter struct {
	n    int64
	tail []byte
}

func (w *countWriter) Write(b []byte) (int, error) {
	w.n += int64(len(b))
	w.tail = append(w.tail[:0], b[max(0, len(b)-64):]...)
	return len(b), nil
}

// peakHeap samples the heap in use until stop is closed and returns the
// highest value seen.
func peakHeap(stop <-chan struct{}) func() uint64 {
	var peak atomic.Uint64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { wg.Wait(); return peak.Load() }
}

// TestStreamBoundedMemory converts a 50 MB page produced on the fly and
// checks that the heap stays small: Convert must not hold the document.
func TestStreamBoundedMemory(t *testing.T) {
	size := 50 << 20
	if testing.Short() {
		size = 5 << 20
	}
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop := make(chan struct{})
	peak := peakHeap(stop)
	w := &countWriter{}
	start := time.Now()
	err := Convert(w, newPageReader(size), newT(t, "uz-Cyrl", "uz-Latn"), Options{})
	elapsed := time.Since(start)
	close(stop)
	p := peak()
	if err != nil {
		t.Fatal(err)
	}
	if w.n < int64(size)*2/3 {
		t.Errorf("wrote %d bytes from a %d-byte page", w.n, size)
	}
	if !strings.HasSuffix(string(w.tail), streamTail) {
		t.Errorf("output ends %q", w.tail)
	}
	grow := int64(p) - int64(base.HeapInuse)
	t.Logf("%d MB in %v (%.0f MB/s), heap in use: %.1f MiB at start, %.1f MiB peak",
		size>>20, elapsed.Round(time.Millisecond), float64(size)/1e6/elapsed.Seconds(),
		float64(base.HeapInuse)/(1<<20), float64(p)/(1<<20))
	if grow > 16<<20 {
		t.Errorf("heap grew by %.1f MiB converting a %d MB stream; want < 16 MiB", float64(grow)/(1<<20), size>>20)
	}
}

func BenchmarkConvert(b *testing.B) {
	page, _ := io.ReadAll(newPageReader(1 << 20))
	tr := newT(b, "uz-Cyrl", "uz-Latn")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Convert(io.Discard, strings.NewReader(string(page)), tr, Options{Scope: ScopeDocument}); err != nil {
			b.Fatal(err)
		}
	}
}
