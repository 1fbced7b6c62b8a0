package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// openDemo loads the demo page and waits for the editor and the sample
// article's conversion.
func openDemo(t testing.TB, ctx context.Context) {
	t.Helper()
	open(t, ctx, "/")
	wait(t, ctx, `document.querySelector("#result .ln")`)
}

// typeText replaces the text box's content by typing text.
func typeText(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	do(t, ctx,
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#source").select()`),
		chromedp.KeyEvent(kb.Delete),
		chromedp.SendKeys(chromedp.CSS("#source"), text),
	)
}

const outText = `document.querySelector("#result .lines").textContent`

// TestDemoTyping types in both scripts: the conversion follows the typing,
// the source script is detected, and swap turns the direction around.
func TestDemoTyping(t *testing.T) {
	ctx := tab(t)
	openDemo(t, ctx)
	for _, c := range []struct{ js, want string }{
		{`document.querySelector("#source").value.slice(0, 15)`, "date 2026-02-04"},
		{`document.querySelector("#result .ln").textContent.slice(0, 26)`, "date 2026-02-04 Prezident:"},
		{`document.querySelector("#direction").dataset.source + " " + document.querySelector("#direction").dataset.how`, "uz-Cyrl auto"},
		// The glossary named on the script tag applies here too.
		{`String(` + outText + `.includes("Shehbaz Sharif"))`, "true"},
	} {
		if got := eval[string](t, ctx, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	typeText(t, ctx, "Ўзбекистон Республикаси")
	wait(t, ctx, outText+` === "Oʻzbekiston Respublikasi"`)
	typeText(t, ctx, "Toshkent shahri")
	wait(t, ctx, outText+` === "Тошкент шаҳри" && document.querySelector("#direction").dataset.source === "uz-Latn"`)

	do(t, ctx, chromedp.Click(chromedp.CSS("#swap")))
	wait(t, ctx, `document.querySelector("#source").value === "Тошкент шаҳри" && `+outText+` === "Toshkent shahri"`)
	if got := eval[string](t, ctx, `document.querySelector("#direction").dataset.source + " " + document.querySelector("#direction").dataset.how`); got != "uz-Cyrl chosen" {
		t.Errorf("direction after swap: %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#swap")))
	wait(t, ctx, `document.querySelector("#source").value === "Toshkent shahri" && `+outText+` === "Тошкент шаҳри"`)
	do(t, ctx, chromedp.Click(chromedp.CSS("#auto")))
	wait(t, ctx, `document.querySelector("#direction").dataset.how === "auto"`)

	// The page's switch turns the page and the demo's labels to Latin, and
	// leaves the text box and the result alone.
	click(t, ctx, "uz-Latn")
	wait(t, ctx, `document.querySelector("#swap").textContent === "Almashtirish ⇄" && document.querySelector("h1").textContent.startsWith("Oʻzbek matni")`)
	if got := eval[string](t, ctx, `document.querySelector("#source").value + "|" + `+outText); got != "Toshkent shahri|Тошкент шаҳри" {
		t.Errorf("the page's switch changed the demo's text: %q", got)
	}
}

// TestDemoOptions changes the apostrophe style and copies and downloads
// the result.
func TestDemoOptions(t *testing.T) {
	ctx := tab(t)
	openDemo(t, ctx)
	typeText(t, ctx, "Ўзбекистон маъно")
	wait(t, ctx, outText+` === "Oʻzbekiston maʼno"`)
	for _, c := range [][2]string{{"ascii", "O'zbekiston ma'no"}, {"typographic", "O‘zbekiston ma’no"}, {"modifier", "Oʻzbekiston maʼno"}} {
		style, want := c[0], c[1]
		do(t, ctx, chromedp.SetValue(chromedp.CSS("#apostrophe"), style), chromedp.Evaluate[chromedp.Void](`document.querySelector("#apostrophe").dispatchEvent(new Event("change"))`))
		wait(t, ctx, outText+` === "`+want+`"`)
	}

	// Copy: the clipboard receives the result.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`navigator.clipboard.writeText = (s) => { window.copied = s; return Promise.resolve(); }`))
	do(t, ctx, chromedp.Click(chromedp.CSS("#copy")))
	wait(t, ctx, `window.copied === "Oʻzbekiston maʼno" && document.querySelector("#status").textContent === "Нусха олинди"`)

	// Download: a file named after the target script, holding the result.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`
		const make = URL.createObjectURL;
		URL.createObjectURL = (b) => { window.blob = b; return make.call(URL, b); };
		HTMLAnchorElement.prototype.click = function () { window.saved = this.download; };`))
	do(t, ctx, chromedp.Click(chromedp.CSS("#download")))
	wait(t, ctx, `window.saved === "yozuv.uz-Latn.txt"`)
	if got := eval[string](t, ctx, `window.blob.text().then(t => window.blob.type + " " + t)`); got != "text/plain;charset=utf-8 Oʻzbekiston maʼno" {
		t.Errorf("downloaded %q", got)
	}
}

// TestDemoFiles opens a .txt and an .html file. The HTML is converted as
// text only, its markup kept, and shown as source, never as markup.
func TestDemoFiles(t *testing.T) {
	ctx := tab(t)
	openDemo(t, ctx)
	dir := t.TempDir()
	txt := filepath.Join(dir, "maqola.txt")
	html := filepath.Join(dir, "sahifa.html")
	if err := os.WriteFile(txt, []byte("Китоб ва мактаб.\nИккинчи қатор."), 0o644); err != nil {
		t.Fatal(err)
	}
	const page = `<p title="Сарлавҳа">Ўз<b>бекистон</b> <img src=x onerror="window.pwned=1"></p><script>window.pwned=2</script>`
	if err := os.WriteFile(html, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{txt}))
	wait(t, ctx, `document.querySelector("#source").value === "Китоб ва мактаб.\nИккинчи қатор." && `+outText+` === "Kitob va maktab.Ikkinchi qator."`)
	if n := eval[int](t, ctx, `document.querySelectorAll("#result .ln").length`); n != 2 {
		t.Errorf("%d lines, want 2", n)
	}

	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{html}))
	wait(t, ctx, `document.querySelector("#result pre.html")`)
	if got := eval[string](t, ctx, `document.querySelector("#result pre.html").textContent`); got != `<p title="Sarlavha">Oʻz<b>bekiston</b> <img src=x onerror="window.pwned=1"></p><script>window.pwned=2</script>` {
		t.Errorf("converted HTML %q", got)
	}
	if got := eval[string](t, ctx, `[document.querySelector("#html").checked, document.querySelectorAll("#result b, #result img, #result script").length, typeof window.pwned].join()`); got != "true,0,undefined" {
		t.Errorf("[HTML mode, elements injected, pwned] = %s", got)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`HTMLAnchorElement.prototype.click = function () { window.saved = this.download; };`))
	do(t, ctx, chromedp.Click(chromedp.CSS("#download")))
	wait(t, ctx, `window.saved === "sahifa.uz-Latn.html"`)
}

// TestDemoUnsure checks that the Latin → Cyrillic words the converter is
// unsure of are marked, and that picking another spelling replaces them.
func TestDemoUnsure(t *testing.T) {
	ctx := tab(t)
	openDemo(t, ctx)
	typeText(t, ctx, "Bugun tsirk va konsert")
	wait(t, ctx, `(() => { const w = `+outText+`.split(" "); return w.length === 4 && w[3].length === 7 })()`)
	wait(t, ctx, `document.querySelector("#result .u")`)
	u := eval[string](t, ctx, `document.querySelector("#result .u").textContent`)
	if n := eval[int](t, ctx, `document.querySelectorAll("#result .u").length`); n < 1 {
		t.Fatalf("%d unsure words", n)
	}
	if got := eval[string](t, ctx, `document.querySelector("#result .note").textContent`); !strings.Contains(got, "аниқ эмас") {
		t.Errorf("note %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#result .u")))
	wait(t, ctx, `!document.querySelector(".choice").hidden && document.activeElement.classList.contains("alt")`)
	alts := eval[[]string](t, ctx, `Array.from(document.querySelectorAll(".choice .alt")).map(b => b.textContent)`)
	if len(alts) < 2 || alts[0] != u {
		t.Fatalf("alternatives %q for %q", alts, u)
	}
	do(t, ctx, chromedp.Click(chromedp.JSPath(`document.querySelectorAll(".choice .alt")[1]`)))
	wait(t, ctx, `document.querySelector(".choice").hidden`)
	if got := eval[string](t, ctx, outText); !strings.Contains(got, alts[1]) || strings.Contains(got, u+" ") {
		t.Errorf("after picking %q: %q", alts[1], got)
	}
	// The choice is what is copied.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`navigator.clipboard.writeText = (s) => { window.copied = s; return Promise.resolve(); }`))
	do(t, ctx, chromedp.Click(chromedp.CSS("#copy")))
	wait(t, ctx, `window.copied && window.copied.includes("`+alts[1]+`")`)
}

// TestTextareaPaste measures a paste of 20,000 Cyrillic words into a bare
// textarea, without the demo: the browser's own share of the demo's figures.
func TestTextareaPaste(t *testing.T) {
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(srvURL+"/t/blank.html"))
	got := eval[float64](t, ctx, `(async () => {
		const ta = document.createElement("textarea");
		ta.style.width = "40em"; ta.style.height = "30em";
		document.body.append(ta);
		const words = "Президент Исломободга келиб, Покистоннинг бой тарихи, маданий мероси ва асрлар давомида шаклланган".split(" ");
		const parts = [];
		for (let i = 0; i < 20000; i++) parts.push(words[i % words.length] + (i % 60 === 59 ? "\n" : " "));
		const long = [];
		const po = new PerformanceObserver(l => { for (const e of l.getEntries()) long.push(e.duration); });
		po.observe({ type: "longtask" });
		await new Promise(r => setTimeout(r, 50));
		ta.value = parts.join("");
		await new Promise(r => requestAnimationFrame(() => setTimeout(r, 200)));
		po.disconnect();
		return long.length ? Math.max(...long) : 0;
	})()`)
	t.Logf("a bare textarea: the longest task after a paste of 20,000 Cyrillic words: %.0f ms", got)
}

// TestDemoLongPaste pastes 20,000 words and reports how long the page was
// held: the conversion is drawn a chunk per frame. Timings are reported,
// never asserted.
func TestDemoLongPaste(t *testing.T) {
	ctx := tab(t)
	openDemo(t, ctx)
	for _, rate := range []float64{1, 4} {
		// 4× slower is a rough stand-in for a mid-range phone.
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate}); err != nil {
			t.Fatal(err)
		}
		figures := eval[map[string]float64](t, ctx, `(async () => {
			const src = document.querySelector("#source");
			const words = src.value.split(/\s+/).filter(Boolean);
			const out = {};
			for (const dir of ["cyrl", "latn"]) {
				let parts = [];
				for (let i = 0; i < 20000; i++) parts.push(words[i % words.length] + (i % 60 === 59 ? "\n" : " "));
				let text = parts.join("");
				if (dir === "latn") {
					// The Latin text: the Cyrillic one, converted by the demo itself.
					src.value = text; src.dispatchEvent(new Event("input"));
					const res = document.querySelector("#result");
					await new Promise(r => { const c = () => res.dataset && res.dataset.drawn === res.dataset.lines && res.dataset.lines > 300 ? r() : requestAnimationFrame(c); c(); });
					document.querySelector("#swap").click();
					await new Promise(r => setTimeout(r, 50));
					text = src.value;
				}
				src.value = "";
				src.dispatchEvent(new Event("input"));
				await new Promise(r => { const c = () => (+document.querySelector("#result").dataset.lines || 0) < 2 ? r() : requestAnimationFrame(c); c(); });
				const long = [];
				const po = new PerformanceObserver(l => { for (const e of l.getEntries()) { long.push(e.duration);  } });
				po.observe({ type: "longtask" });
				const t0 = performance.now();
				src.value = text;
				const h0 = performance.now();
				src.dispatchEvent(new Event("input"));
				out[dir + "InputMs"] = performance.now() - h0;
				let first = 0;
				await new Promise(r => {
					const c = () => {
						const res = document.querySelector("#result");
						if (!first && res.dataset.lines > 300 && res.dataset.drawn > 0) first = performance.now() - t0;
						if (res.dataset.lines > 300 && res.dataset.drawn === res.dataset.lines) r(); else requestAnimationFrame(c);
					};
					requestAnimationFrame(c);
				});
				const all = performance.now() - t0;
				await new Promise(r => setTimeout(r, 100));
				po.disconnect();
				out[dir + "Words"] = text.split(/\s+/).filter(Boolean).length;
				out[dir + "FirstMs"] = first;
				out[dir + "AllMs"] = all;
				out[dir + "LongestTaskMs"] = long.length ? Math.max(...long) : 0;
				out[dir + "LongTasks"] = long.length;
				out[dir + "Lines"] = +document.querySelector("#result").dataset.lines;
			}
			return out;
		})()`)
		for _, d := range []string{"cyrl", "latn"} {
			t.Logf("CPU ×%.0f, %s → other: %.0f words, %.0f lines: input handler %.1f ms, first lines drawn after %.0f ms, all after %.0f ms; %0.f long tasks, the longest %.0f ms",
				rate, d, figures[d+"Words"], figures[d+"Lines"], figures[d+"InputMs"], figures[d+"FirstMs"], figures[d+"AllMs"], figures[d+"LongTasks"], figures[d+"LongestTaskMs"])
			if figures[d+"Words"] < 19000 || figures[d+"Lines"] < 300 {
				t.Errorf("%s: only %.0f words in %.0f lines", d, figures[d+"Words"], figures[d+"Lines"])
			}
		}
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 1}); err != nil {
		t.Fatal(err)
	}
}

// TestDemoMemory edits the text 300 times, each edit converted and drawn,
// and checks the Go heap stays flat.
func TestDemoMemory(t *testing.T) {
	ctx := tab(t)
	openDemo(t, ctx)
	heap := eval[float64](t, ctx, `(async () => {
		const src = document.querySelector("#source");
		const edit = async (i) => {
			src.value = (i % 2 ? "Bugun tsirk va konsert " : "Ўзбекистон Республикаси ") + i;
			src.dispatchEvent(new Event("input"));
			await new Promise(r => { const c = () => document.querySelector("#result .lines").textContent.endsWith(" " + i) ? r() : requestAnimationFrame(c); c(); });
		};
		for (let i = 0; i < 20; i++) await edit(i);
		const before = yozuv.stats().heap;
		for (let i = 20; i < 320; i++) await edit(i);
		return yozuv.stats().heap - before;
	})()`)
	t.Logf("Go heap growth after 300 edits of the demo: %.0f KiB", heap/1024)
	if heap > 5<<20 {
		t.Errorf("the Go heap grew by %.1f MiB over 300 edits", heap/(1<<20))
	}
}
