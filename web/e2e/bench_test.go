package e2e

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// figures is what the benchmark page puts in window.benchResult.
type figures struct {
	Error           string  `json:"error"`
	TextNodes       int     `json:"textNodes"`
	FirstToggleMs   float64 `json:"firstToggleMs"`
	ToggleMs        float64 `json:"toggleMs"`
	ToggleInGoMs    float64 `json:"toggleInGoMs"`
	ToggleLayoutMs  float64 `json:"toggleLayoutMs"`
	ConvertMs       float64 `json:"convertMs"`
	ConvertInGoMs   float64 `json:"convertInGoMs"`
	ConvertLayoutMs float64 `json:"convertLayoutMs"`
	RestoreMs       float64 `json:"restoreMs"`
	RestoreLayoutMs float64 `json:"restoreLayoutMs"`
	HeapBefore      float64 `json:"heapBefore"`
	HeapAfter       float64 `json:"heapAfter"`
	MemBefore       float64 `json:"wasmMemoryBefore"`
	MemAfter        float64 `json:"wasmMemoryAfter"`
	ClickMs         float64 `json:"clickToConvertedMs"`
	ClickLayoutMs   float64 `json:"clickToLaidOutMs"`
	BeforeIntent    struct {
		Body     float64 `json:"body"`
		Transfer float64 `json:"transfer"`
		Wasm     bool    `json:"wasm"`
	} `json:"beforeIntent"`
}

// BenchmarkBrowser runs the benchmark page in headless Chromium and reports
// its figures. Run it with
//
//	go test -run '^$' -bench Browser -benchtime 1x ./web/e2e
func BenchmarkBrowser(b *testing.B) {
	for _, words := range []int{3000, 30000} {
		b.Run(strconv.Itoa(words)+"words", func(b *testing.B) {
			ctx := tab(b)
			toggles := 300
			if words > 3000 {
				toggles = 0
			}
			var f figures
			for i := 0; i < b.N; i++ {
				f = benchPage(b, ctx, "/bench?auto=1&words="+strconv.Itoa(words)+"&toggles="+strconv.Itoa(toggles))
			}
			b.ReportMetric(float64(f.TextNodes), "text-nodes")
			b.ReportMetric(f.FirstToggleMs, "ms-first-toggle")
			b.ReportMetric(f.ToggleMs, "ms-toggle")
			b.ReportMetric(f.ToggleInGoMs, "ms-toggle-in-go")
			b.ReportMetric(f.ToggleLayoutMs, "ms-toggle+layout")
			b.ReportMetric(f.ConvertMs, "ms-convert-changed-text")
			b.ReportMetric(f.ConvertInGoMs, "ms-convert-changed-text-in-go")
			b.ReportMetric(f.ConvertLayoutMs, "ms-convert-changed-text+layout")
			b.ReportMetric(f.RestoreMs, "ms-restore")
			b.ReportMetric(f.RestoreLayoutMs, "ms-restore+layout")
			if toggles > 0 {
				b.ReportMetric((f.HeapAfter-f.HeapBefore)/1024, "KiB-heap-growth/300-toggles")
				b.ReportMetric((f.MemAfter-f.MemBefore)/1024, "KiB-wasm-memory-growth/300-toggles")
				b.ReportMetric(f.MemAfter/1024/1024, "MiB-wasm-memory")
			}
			b.ReportMetric(0, "ns/op")
		})
	}
	b.Run("cold", func(b *testing.B) {
		parent := tab(b)
		var f figures
		for i := 0; i < b.N; i++ {
			// A new browser context has an empty HTTP cache and code cache.
			ctx, cancel := chromedp.NewContext(parent, chromedp.WithNewBrowserContext())
			tctx, cancelT := context.WithTimeout(ctx, 30*time.Second)
			do(b, tctx,
				chromedp.Navigate(srvURL+"/bench?cold=1&words=3000"),
				chromedp.Poll[chromedp.Void](`window.yozuv && document.querySelector("yozuv-switch").shadowRoot && document.querySelectorAll("#article p").length > 0`),
			)
			time.Sleep(300 * time.Millisecond) // let the page settle, as a reader would
			click(b, tctx, "uz-Latn")
			f = result(b, tctx)
			cancelT()
			cancel()
		}
		b.ReportMetric(f.ClickMs, "ms-click-to-converted")
		b.ReportMetric(f.ClickLayoutMs, "ms-click-to-laid-out")
		b.ReportMetric(f.BeforeIntent.Body, "B-before-intent")
		b.ReportMetric(f.BeforeIntent.Transfer, "B-before-intent-with-headers")
		if f.BeforeIntent.Wasm {
			b.Error("the module was fetched before intent")
		}
		b.ReportMetric(0, "ns/op")
	})
}

func benchPage(b *testing.B, ctx context.Context, path string) figures {
	b.Helper()
	navigate(b, ctx, path)
	return result(b, ctx)
}

func result(b *testing.B, ctx context.Context) figures {
	b.Helper()
	f, err := chromedp.Run(ctx, chromedp.Poll[figures](`window.benchResult`, chromedp.WithPollingTimeout(120*time.Second)))
	if err != nil {
		b.Fatal(err)
	}
	if f.Error != "" {
		b.Fatal(f.Error)
	}
	return f
}
