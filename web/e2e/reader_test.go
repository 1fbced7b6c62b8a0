package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// rd is the shadow root of the (first) reading view.
const rd = `document.querySelector("yozuv-reader").shadowRoot`

// word selects the first word of the reading view that reads text.
func word(text string) string {
	return `Array.from(` + rd + `.querySelectorAll(".w")).find(w => w.textContent === "` + text + `")`
}

// openReader loads the reader page and waits for the reading view.
func openReader(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	open(t, ctx, path)
	wait(t, ctx, rd+`.querySelector(".reader article")`)
}

// tool presses a button of the reading view's toolbar.
func tool(t testing.TB, ctx context.Context, key string) {
	t.Helper()
	do(t, ctx, chromedp.Click(chromedp.JSPath(rd+`.querySelector('[data-tool="`+key+`"]')`)))
}

// media emulates a media type or media features.
func media(t testing.TB, ctx context.Context, p emulation.SetEmulatedMediaParams) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, p); err != nil {
		t.Fatal(err)
	}
}

// phone emulates a phone's screen, 390 CSS pixels wide.
func phone(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulatePortrait))
}

// desktop goes back to the browser's own window size.
func desktop(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
}

// TestReader checks the reading view: the article's blocks and words, the
// switch inside it (kept in step with the page's switch), the glossary.
func TestReader(t *testing.T) {
	ctx := tab(t)
	openReader(t, ctx, "/reader")
	for _, c := range []struct{ js, want string }{
		{rd + `.querySelector("h1").textContent`, "Президент: Покистон — Қозоғистоннинг Жанубий Осиёдаги муҳим ва ишончли ҳамкори"},
		{rd + `.querySelector("h1 .w").textContent`, "Президент"},
		{rd + `.querySelector(".w[tabindex='0']").dataset.w`, "0"},
		{rd + `.querySelector("blockquote").lang`, "uz-Cyrl"},
		{rd + `.querySelector(".keep").textContent.slice(0, 10)`, "«Казахстан"},
		{rd + `.querySelector(".sw [aria-pressed='true']").lang`, "uz-Cyrl"},
		{`String(document.querySelector("yozuv-reader").dataset.words > 200)`, "true"},
	} {
		if got := eval[string](t, ctx, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	// The reading view's own switch converts it and the page.
	do(t, ctx, chromedp.Click(chromedp.JSPath(rd+`.querySelector('.sw button[lang="uz-Latn"]')`)))
	wait(t, ctx, `yozuv.script === "uz-Latn"`)
	wait(t, ctx, rd+`.querySelector("h1").textContent.startsWith("Prezident: Pokiston")`)
	for _, c := range []struct{ js, want string }{
		{rd + `.querySelector("h1").lang`, "uz-Latn"},
		{`document.querySelector("nav a").textContent`, "Siyosat"},
		{sw + `.querySelector('[aria-pressed="true"]').lang`, "uz-Latn"},
		// The publisher glossary (site/glossary.json): Шаҳбоз → Shehbaz.
		{`String(` + rd + `.querySelector("article").textContent.includes("Shehbaz Sharif"))`, "true"},
		// The hidden article itself is left alone.
		{`document.querySelector("yozuv-reader h1").textContent.slice(0, 9)`, "Президент"},
	} {
		if got := eval[string](t, ctx, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	// The page's switch brings the reading view back.
	click(t, ctx, "uz-Cyrl")
	wait(t, ctx, rd+`.querySelector("h1").textContent.startsWith("Президент")`)
}

// TestReaderTooltip hovers, taps and reaches words with the keyboard.
func TestReaderTooltip(t *testing.T) {
	ctx := tab(t)
	openReader(t, ctx, "/reader")
	const tip = rd + `.querySelector(".tip")`
	if got := eval[bool](t, ctx, tip+`.hidden`); !got {
		t.Error("the tooltip shows before any word is chosen")
	}
	// Hover: the mouse over the second word of the headline.
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		box, err := chromedp.Run(ctx, chromedp.Dimensions(chromedp.JSPath(word("Покистон"))))
		if err != nil {
			return err
		}
		q := box.Content
		_, err = chromedp.MouseEvent("mouseMoved", (q[0]+q[2])/2, (q[1]+q[5])/2)(ctx, tg)
		return err
	}))
	wait(t, ctx, `!`+tip+`.hidden && `+tip+`.querySelector(".other").textContent === "Pokiston"`)
	if got := eval[string](t, ctx, tip+`.querySelector(".other").lang + " " + `+tip+`.getAttribute("role")`); got != "uz-Latn tooltip" {
		t.Errorf("tooltip lang and role: %q", got)
	}
	// Tap (a click) on another word.
	do(t, ctx, chromedp.Click(chromedp.JSPath(word("музокаралар"))))
	wait(t, ctx, tip+`.querySelector(".other").textContent === "muzokaralar"`)
	// Keyboard: Tab reaches the first word, the arrows move. The mouse
	// leaves the article first, so no word scrolls under it.
	do(t, ctx, chromedp.MouseEvent("mouseMoved", 1, 1),
		chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("yozuv-switch").shadowRoot.querySelector("button").focus()`),
	)
	for range 3 { // past the page switch's buttons and to the reading view's toolbar, then words
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
		if eval[bool](t, ctx, `!!(`+rd+`.activeElement && `+rd+`.activeElement.classList.contains("w"))`) {
			break
		}
	}
	for range 12 {
		if eval[bool](t, ctx, `!!(`+rd+`.activeElement && `+rd+`.activeElement.classList.contains("w"))`) {
			break
		}
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	if got := eval[string](t, ctx, rd+`.activeElement && `+rd+`.activeElement.dataset.w`); got != "0" {
		t.Fatalf("Tab reached %q, want word 0", got)
	}
	wait(t, ctx, tip+`.querySelector(".other").textContent === "Siyosat"`)
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
	wait(t, ctx, rd+`.activeElement.dataset.w === "1" && `+tip+`.querySelector(".other").textContent === "fevral"`)
	do(t, ctx, chromedp.KeyEvent(kb.ArrowLeft))
	wait(t, ctx, rd+`.activeElement.dataset.w === "0" && `+tip+`.querySelector(".other").textContent === "Siyosat"`)
	do(t, ctx, chromedp.KeyEvent(kb.End))
	wait(t, ctx, rd+`.activeElement.dataset.w === String(document.querySelector("yozuv-reader").dataset.words - 1)`)
	do(t, ctx, chromedp.KeyEvent(kb.Escape))
	wait(t, ctx, tip+`.hidden`)
	if n := eval[int](t, ctx, rd+`.querySelectorAll('.w[tabindex="0"]').length`); n != 1 {
		t.Errorf("%d words in the tab order, want 1", n)
	}
}

// TestReaderParallel shows the article sentence by sentence in both
// scripts, side by side on a desktop and stacked on a phone.
func TestReaderParallel(t *testing.T) {
	ctx := tab(t)
	openReader(t, ctx, "/reader")
	tool(t, ctx, "parallel")
	wait(t, ctx, rd+`.querySelector(".parallel .row")`)
	const rows = rd + `.querySelectorAll(".row")`
	if got, want := eval[int](t, ctx, rows+`.length`), eval[int](t, ctx, `+document.querySelector("yozuv-reader").dataset.sentences`); got != want || got < 20 {
		t.Errorf("%d rows for %d sentences", got, want)
	}
	// The Latin column of each row is the conversion of its Cyrillic cell,
	// on the same line.
	const check = `Array.from(` + rows + `).map(r => {
		const [a, b] = r.querySelectorAll(".cell"), ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
		return [a.lang, b.lang, Math.round(ra.top - rb.top), Math.round(rb.left - ra.left) > 100 ? "side" : "stacked"].join();
	})`
	for i, r := range eval[[]string](t, ctx, check) {
		if !strings.HasPrefix(r, "uz-Cyrl,uz-Latn,0,side") && !strings.HasPrefix(r, ",,0,side") {
			t.Errorf("row %d: %s", i, r)
		}
	}
	for cyrl, latn := range map[string]string{
		"Бу ҳақда":      "Bu haqda Aqorda matbuot xizmati xabar berdi.",
		"ISLAMABAD.":    "ISLAMABAD. Kazinform – Qasim-Jomart Toqayev va Shehbaz Sharif oʻrtasidagi", // a dateline opens its sentence
		"Мен бунга":     "Men bunga ishonaman.",
		"Стратегик ҳам": "Strategik hamkorlik",
	} {
		js := `(Array.from(` + rows + `).find(r => r.querySelector(".cell").textContent.startsWith("` + cyrl + `")) || {textContent: ""}).querySelectorAll(".cell")[1].textContent`
		if got := eval[string](t, ctx, `(() => { try { return `+js+` } catch (e) { return "no row" } })()`); !strings.HasPrefix(got, latn) {
			t.Errorf("the row of %q reads %q in Latin, want %q…", cyrl, got, latn)
		}
	}
	if got := eval[string](t, ctx, `localStorage.getItem("yozuv.reader")`); !strings.Contains(got, "view=parallel") {
		t.Errorf("preferences saved as %q", got)
	}
	// A phone: the cells are stacked.
	phone(t, ctx)
	defer desktop(t, ctx)
	wait(t, ctx, `Array.from(`+rows+`).slice(0, 3).every(r => { const [a, b] = r.querySelectorAll(".cell"); return b.getBoundingClientRect().top > a.getBoundingClientRect().bottom - 1 })`)
	tool(t, ctx, "parallel")
	wait(t, ctx, rd+`.querySelector("article.flow")`)
}

// TestReaderPrefs changes the text size and the theme, which follows
// prefers-color-scheme until a reader picks one, and checks the print
// style.
func TestReaderPrefs(t *testing.T) {
	ctx := tab(t)
	media(t, ctx, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	defer media(t, ctx, emulation.SetEmulatedMediaParams{})
	openReader(t, ctx, "/reader")
	const view = rd + `.querySelector(".reader")`
	const bg = `getComputedStyle(` + view + `).backgroundColor`
	if got := eval[string](t, ctx, view+`.dataset.theme + " " + `+bg); got != "auto rgb(22, 24, 29)" {
		t.Errorf("with a dark preference: %q, want auto and a dark background", got)
	}
	tool(t, ctx, "light")
	wait(t, ctx, bg+` === "rgb(255, 253, 248)"`)
	tool(t, ctx, "dark")
	wait(t, ctx, bg+` === "rgb(22, 24, 29)" && `+rd+`.querySelector('[data-tool="dark"]').getAttribute("aria-pressed") === "true"`)

	size := `getComputedStyle(` + rd + `.querySelector("p")).fontSize`
	if got := eval[string](t, ctx, size); got != "18px" {
		t.Errorf("text size %s, want 18px", got)
	}
	tool(t, ctx, "bigger")
	tool(t, ctx, "bigger")
	wait(t, ctx, size+` === "22px"`)
	tool(t, ctx, "smaller")
	wait(t, ctx, size+` === "20px"`)
	// Kept across visits.
	navigate(t, ctx, "/reader")
	wait(t, ctx, rd+`.querySelector(".reader article")`)
	wait(t, ctx, size+` === "20px" && `+view+`.dataset.theme === "dark"`)
	if got := eval[string](t, ctx, `localStorage.getItem("yozuv.reader")`); got != "size=20 theme=dark view=flow" {
		t.Errorf("saved preferences %q", got)
	}
	for range 10 {
		tool(t, ctx, "bigger")
	}
	wait(t, ctx, size+` === "28px" && `+rd+`.querySelector('[data-tool="bigger"]').disabled`)

	// Print: no toolbar, black on white.
	media(t, ctx, emulation.SetEmulatedMediaParams{Media: "print"})
	if got := eval[string](t, ctx, `getComputedStyle(`+rd+`.querySelector(".bar")).display + " " + `+bg); got != "none rgb(255, 255, 255)" {
		t.Errorf("print style: %q, want the toolbar hidden on white", got)
	}
}

// TestReaderReport marks a word as wrong, types the right form and checks
// the yozuv:report event and its glossary entry.
func TestReaderReport(t *testing.T) {
	ctx := tab(t)
	openReader(t, ctx, "/reader")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.reports = []; document.addEventListener("yozuv:report", e => reports.push(e.detail))`))
	do(t, ctx, chromedp.Click(chromedp.JSPath(word("Покистон"))))
	wait(t, ctx, `!`+rd+`.querySelector(".tip").hidden`)
	do(t, ctx, chromedp.Click(chromedp.JSPath(rd+`.querySelector(".tip .flag")`)))
	wait(t, ctx, `!`+rd+`.querySelector(".report").hidden`)
	// Focus moves once the form is drawn, which may be a frame later.
	focused := `String(` + rd + `.activeElement && ` + rd + `.activeElement.name)`
	chromedp.Run(ctx, chromedp.Poll[chromedp.Void](focused+` === "fix"`, chromedp.WithPollingTimeout(2*time.Second)))
	if got := eval[string](t, ctx, focused); got != "fix" {
		t.Errorf("focus on %q after opening the report form, want the field", got)
	}
	if got := eval[string](t, ctx, rd+`.querySelector(".report input").value`); got != "Pokiston" {
		t.Errorf("the field starts with %q, want the conversion", got)
	}
	// An empty fix is refused with a message.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](rd+`.querySelector(".report input").select()`), chromedp.KeyEvent(kb.Delete), chromedp.KeyEvent(kb.Enter))
	wait(t, ctx, rd+`.querySelector(".report .err")`)
	do(t, ctx, chromedp.KeyEvent("Pakistan"), chromedp.KeyEvent(kb.Enter))
	wait(t, ctx, `reports.length === 1`)
	if got := eval[string](t, ctx, `JSON.stringify(reports[0].entry) + " " + reports[0].json + " " + reports[0].sentence.slice(0, 10)`); got != `{"uz-Cyrl":"Покистон","uz-Latn":"Pakistan","exact":true} {"uz-Cyrl": "Покистон", "uz-Latn": "Pakistan", "exact": true} Президент:` {
		t.Errorf("report: %s", got)
	}
	wait(t, ctx, rd+`.querySelector('.report [role="status"]')`)
}

// TestReaderMemory re-renders the reading view 300 times and checks the Go
// heap stays flat.
func TestReaderMemory(t *testing.T) {
	ctx := tab(t)
	openReader(t, ctx, "/reader")
	heap := eval[float64](t, ctx, `(async () => {
		const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r)));
		for (let i = 0; i < 20; i++) { await yozuv.setScript(i % 2 ? "uz-Cyrl" : "uz-Latn"); await frame(); }
		const before = yozuv.stats().heap;
		for (let i = 0; i < 300; i++) { await yozuv.setScript(i % 2 ? "uz-Cyrl" : "uz-Latn"); await frame(); }
		return yozuv.stats().heap - before;
	})()`)
	t.Logf("Go heap growth after 300 re-renders of the reading view: %.0f KiB", heap/1024)
	if heap > 5<<20 {
		t.Errorf("the Go heap grew by %.1f MiB over 300 re-renders", heap/(1<<20))
	}
}

// TestGlossary loads a publisher glossary named by data-glossary: its
// words win over the built-in lexicon, and a broken file is reported with
// its line and entry while the switch goes on without it.
func TestGlossary(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/t/glossary.html")
	if got := eval[string](t, ctx, `yozuv.setScript("uz-Latn").then(() => document.querySelector("#p").textContent)`); got != "Shehbaz Sharifning tashrifi. Kazinform’da yozildi." {
		t.Errorf("with the glossary: %q", got)
	}
	open(t, ctx, "/t/bad-glossary.html")
	if got := eval[string](t, ctx, `yozuv.setScript("uz-Latn").then(() => document.querySelector("#p").textContent)`); got != "Shahboz Sharifning tashrifi. Kazinform’da yozildi." {
		t.Errorf("without the broken glossary: %q", got)
	}
	if got := eval[string](t, ctx, `errors.join("\n")`); !strings.Contains(got, "bad-glossary.json is not used: glossary: line 4, entry 2: ") {
		t.Errorf("console errors: %q", got)
	}
}

// TestReaderBlocked checks that a page whose policy blocks WebAssembly
// still shows the article a reading view wraps.
func TestReaderBlocked(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/csp/reader")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`yozuv.load().catch(() => {})`))
	wait(t, ctx, `yozuv.stats().error !== ""`)
	if got := eval[string](t, ctx, `[!!`+rd+`.querySelector("slot"), document.querySelector("yozuv-reader h1").getBoundingClientRect().height > 0].join()`); got != "true,true" {
		t.Errorf("[slot, article shown] = %s", got)
	}
}
