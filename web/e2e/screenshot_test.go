package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots writes the screenshots of the README (docs/screenshots)
// when YOZUV_SCREENSHOTS names the folder to write them to:
//
//	YOZUV_SCREENSHOTS=$PWD/docs/screenshots go test -run Screenshots ./web/e2e
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("YOZUV_SCREENSHOTS")
	if dir == "" {
		t.Skip("set YOZUV_SCREENSHOTS to a folder to write the screenshots")
	}
	ctx := tab(t)
	shot := func(name string, width, height int64, ready string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		do(t, ctx, chromedp.EmulateViewport(width, height))
		do(t, ctx, steps...)
		wait(t, ctx, ready)
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`, chromedp.EvalAwaitPromise))
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range []struct {
		name          string
		width, height int64
	}{{"desktop", 1280, 860}, {"phone", 390, 844}} {
		openDemo(t, ctx)
		shot("demo-"+w.name+".png", w.width, w.height, `document.querySelector("#result .u")`,
			chromedp.Evaluate[chromedp.Void](`(() => {
				const s = document.querySelector("#source");
				s.value = "Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev bugun Toshkentda xalqaro konferensiyada nutq soʻzladi.\nKonferensiyada 30 dan ortiq davlat vakillari, jumladan, Qozogʻiston va Tojikiston delegatsiyalari ishtirok etmoqda.\nTadbir doirasida yangi sirk binosi va kompyuter markazi ochildi. Tsement zavodi qurilishi ham muhokama qilindi.";
				s.dispatchEvent(new Event("input"));
			})()`))
		if w.name == "desktop" {
			do(t, ctx, chromedp.Click(chromedp.CSS("#result .u")))
			shot("demo-choice-desktop.png", w.width, w.height, `!document.querySelector(".choice").hidden`)
		}
		openReader(t, ctx, "/reader")
		shot("reader-"+w.name+".png", w.width, w.height, rd+`.querySelector(".reader article")`,
			chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, document.querySelector("yozuv-reader").getBoundingClientRect().top + scrollY - 8)`),
			chromedp.Click(chromedp.JSPath(word("Покистон"))))
		tool(t, ctx, "parallel")
		tool(t, ctx, "dark")
		shot("reader-parallel-"+w.name+".png", w.width, w.height, rd+`.querySelector(".parallel")`,
			chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, document.querySelector("yozuv-reader").getBoundingClientRect().top + scrollY - 8)`))
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	}
	desktop(t, ctx)
}
