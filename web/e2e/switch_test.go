package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestNewsPage toggles the sample news page with real clicks and checks the
// text, the exclusions, the lang attributes, the restore, the comments added
// while switched and the globals.
func TestNewsPage(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/news")
	wait(t, ctx, `document.querySelectorAll("#comments li").length === 2`)
	if n := eval[int](t, ctx, `performance.getEntriesByType("resource").filter(e => /\.wasm/.test(e.name)).length`); n != 0 {
		t.Fatalf("the module was fetched before intent (%d requests)", n)
	}
	before := eval[string](t, ctx, `document.body.innerHTML`)
	if got := eval[string](t, ctx, `yozuv.script`); got != "uz-Cyrl" {
		t.Fatalf("yozuv.script = %q, want uz-Cyrl", got)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.changes = []; document.addEventListener("yozuv:change", e => changes.push(e.detail.script + "<" + e.detail.previous))`))

	hover(t, ctx)
	click(t, ctx, "uz-Latn")
	wait(t, ctx, `yozuv.script === "uz-Latn"`)

	for _, c := range []struct{ js, want string }{
		{`document.querySelector("h1").textContent`, "Prezident: Pokiston — Qozogʻistonning Janubiy Osiyodagi muhim va ishonchli hamkori"},
		{`document.querySelector("h2").textContent`, "Strategik hamkorlik"},
		{`document.querySelector(".search input").placeholder`, "Saytdan qidirish"},
		{`document.querySelector(".search input").getAttribute("aria-label")`, "Qidiruv"},
		{`document.querySelector("abbr").title`, "Birlashgan Millatlar Tashkiloti"},
		{`document.querySelector("#comments li p").textContent`, "Juda muhim uchrashuv boʻlibdi. Ipak yoʻli yana jonlanayotganidan xursandman."},
		{`document.documentElement.lang`, "uz-Latn"},
		{`document.querySelector("blockquote[lang=ru] p").textContent`, "«Казахстан и Пакистан связывают давние узы дружбы и взаимного уважения», — отметил глава государства."},
		{`document.querySelector("pre code").textContent`, "<script src=\"/dist/yozuv.js\" defer></script>\n<yozuv-switch></yozuv-switch>"},
		{`document.querySelector(".foot a").textContent`, "Kazinform"},
		{sw + `.querySelector('[aria-pressed="true"]').lang`, "uz-Latn"},
		{sw + `.querySelector('[role="status"]').textContent`, "Sahifa lotin yozuvida"},
		{`[typeof Go, typeof fs, typeof process, typeof path].join()`, "undefined,undefined,undefined,undefined"},
		{`changes.join()`, "uz-Latn<uz-Cyrl"},
	} {
		if got := eval[string](t, ctx, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	if got := eval[string](t, ctx, `document.querySelector("figure img").alt`); !strings.HasPrefix(got, "Muzokaralar zalida") {
		t.Errorf("img alt = %q, want it converted", got)
	}
	if n := eval[int](t, ctx, `yozuv.stats().calls`); n != 1 {
		t.Errorf("%d calls into Go for one toggle, want 1", n)
	}

	click(t, ctx, "uz-Cyrl")
	wait(t, ctx, `yozuv.script === "uz-Cyrl"`)
	if after := eval[string](t, ctx, `document.body.innerHTML`); after != before {
		t.Errorf("switching back did not restore the page byte for byte:\n%s", firstDiff(before, after))
	}
	if got := eval[string](t, ctx, `document.documentElement.lang`); got != "uz-Cyrl" {
		t.Errorf("html lang = %q after switching back", got)
	}
	if n := eval[int](t, ctx, `yozuv.stats().calls`); n != 1 {
		t.Errorf("switching back called Go (%d calls in all, want 1)", n)
	}

	// Comments added while the page is in Latin are converted, and
	// restored on the way back. Switching to Latin again over the
	// unchanged page reuses the first conversion: no call into Go.
	click(t, ctx, "uz-Latn")
	wait(t, ctx, `yozuv.script === "uz-Latn"`)
	if n := eval[int](t, ctx, `yozuv.stats().calls`); n != 1 {
		t.Errorf("converting the unchanged page again called Go (%d calls in all, want 1)", n)
	}
	if latin := eval[string](t, ctx, `document.querySelector("article").innerText`); !strings.Contains(latin, "Qozogʻiston") {
		t.Errorf("the second conversion to Latin is not Latin: %.80q", latin)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#more")))
	wait(t, ctx, `document.querySelectorAll("#comments li").length === 4`)
	wait(t, ctx, `document.querySelectorAll("#comments li p")[3].textContent === "Markaziy Osiyo davlatlari birga ishlasa, hammaga foyda."`)
	if got := eval[string](t, ctx, `document.querySelectorAll("#comments li b")[2].textContent`); got != "Madina" {
		t.Errorf("new comment's author = %q, want Madina", got)
	}
	click(t, ctx, "uz-Cyrl")
	wait(t, ctx, `yozuv.script === "uz-Cyrl"`)
	if got := eval[string](t, ctx, `document.querySelectorAll("#comments li p")[3].textContent`); got != "Марказий Осиё давлатлари бирга ишласа, ҳаммага фойда." {
		t.Errorf("new comment after switching back = %q", got)
	}
	if got := eval[string](t, ctx, `changes.join()`); got != "uz-Latn<uz-Cyrl,uz-Cyrl<uz-Latn,uz-Latn<uz-Cyrl,uz-Cyrl<uz-Latn" {
		t.Errorf("yozuv:change events: %s", got)
	}
}

// TestContextAndExclusions checks word context across inline markup, hard
// boundaries between blocks, attributes, every exclusion and the scope.
func TestContextAndExclusions(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/t/fixture.html")
	before := eval[string](t, ctx, `document.body.innerHTML`)
	if got := eval[string](t, ctx, `yozuv.setScript("uz-Latn").then(s => s)`); got != "uz-Latn" {
		t.Fatalf("setScript resolved with %q", got)
	}
	checks := []struct{ js, want string }{
		{`document.querySelector("#inline").innerHTML`, "Oʻz<b>bekiston</b> va T<i>er</i>miz"},
		{`document.querySelector("#blocks").innerHTML`, "<li>T</li><li>yer</li>"},
		{`document.querySelector("#lic").innerHTML`, "li<span>tsey</span><br>yer"},
		{`document.querySelector("#attrs img").alt + "|" + document.querySelector("#attrs img").title`, "Togʻ manzarasi|Surat"},
		{`document.querySelector("#attrs input").placeholder + "|" + document.querySelector("#attrs input").getAttribute("aria-label") + "|" + document.querySelector("#attrs input").value`, "Ismingiz|Ism|Ўзгармас"},
		{`document.querySelector("#ta").placeholder + "|" + document.querySelector("#ta").value`, "Fikr|Ўзгармас"},
		{`document.querySelector("#sel").textContent`, "Ўзгармас"},
		{`document.querySelector("#pre").textContent`, "Ўзгармас"},
		{`document.querySelector("#skips").textContent`, "Ўзгармас Ўзгармас Ўзгармас Ўзгармас Ўзгармас Ўзгармас Привет Hello Ўзгармас Salom"},
		{`document.querySelector("#skips [lang=en]").title`, "Ўзгармас"},
		{`document.querySelector("#outside").textContent`, "Бу қатор ўзгармайди"},
		{`document.querySelector("#scope").title`, "Maqola"},
		{`document.querySelector("#scope2").textContent`, "Kitob"},
		{`[document.documentElement.lang, scope.lang, scope2.lang, uzlang.lang, document.querySelector("#skips [lang=ru]").lang].join()`, "uz-Latn,uz-Latn,uz-Latn,uz-Latn,ru"},
	}
	for _, c := range checks {
		if got := eval[string](t, ctx, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	if got := eval[string](t, ctx, `yozuv.setScript("uz-Cyrl")`); got != "uz-Cyrl" {
		t.Fatalf("setScript resolved with %q", got)
	}
	if after := eval[string](t, ctx, `document.body.innerHTML`); after != before {
		t.Errorf("not restored byte for byte:\n%s", firstDiff(before, after))
	}
	if got := eval[string](t, ctx, `[document.documentElement.lang, scope.hasAttribute("lang"), uzlang.lang].join()`); got != "uz-Cyrl,false,uz-Cyrl" {
		t.Errorf("lang attributes after switching back: %s", got)
	}
	if got := eval[string](t, ctx, `yozuv.setScript("uz-Arab").then(() => "resolved", e => e.name)`); got != "TypeError" {
		t.Errorf("setScript of an unknown script: %s, want a TypeError", got)
	}
}

// TestLatinPage converts a page written in Latin to Cyrillic, and leaves a
// page alone when it is already in the script the reader prefers.
func TestLatinPage(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/t/latin.html")
	before := eval[string](t, ctx, `document.body.innerHTML`)
	hover(t, ctx)
	click(t, ctx, "uz-Cyrl")
	wait(t, ctx, `yozuv.script === "uz-Cyrl"`)
	for _, c := range []struct{ js, want string }{
		{`document.querySelector("#h").textContent`, "Тошкент шаҳри"},
		{`document.querySelector("#p").innerHTML`, `Китоб ва <b>мактаб</b>. <a href="#" title="Бош саҳифа">Бош саҳифа</a>`},
		{`document.querySelector("#en").textContent`, "Hello world"},
		{`document.documentElement.lang`, "uz-Cyrl"},
		{`localStorage.getItem("yozuv.script")`, "uz-Cyrl"},
	} {
		if got := eval[string](t, ctx, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	click(t, ctx, "uz-Latn")
	wait(t, ctx, `yozuv.script === "uz-Latn"`)
	if after := eval[string](t, ctx, `document.body.innerHTML`); after != before {
		t.Errorf("not restored byte for byte:\n%s", firstDiff(before, after))
	}

	// The reader prefers Latin and the page is Latin: nothing loads.
	navigate(t, ctx, "/t/latin.html")
	if got := eval[string](t, ctx, `new Promise(r => setTimeout(r, 300)).then(() => yozuv.setScript("uz-Latn"))`); got != "uz-Latn" {
		t.Fatalf("setScript resolved with %q", got)
	}
	if got := eval[string](t, ctx, `JSON.stringify([yozuv.stats().loaded, yozuv.stats().calls, performance.getEntriesByType("resource").some(e => /\.wasm/.test(e.name))])`); got != "[false,0,false]" {
		t.Errorf("[loaded, calls, wasm fetched] = %s for a page already in the chosen script", got)
	}
}

// TestKeyboard reaches the switch with Tab and operates it with the arrow
// keys, Enter and Space.
func TestKeyboard(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/t/latin.html")
	do(t, ctx, chromedp.KeyEvent(kb.Tab))
	wait(t, ctx, `document.activeElement.localName === "yozuv-switch"`)
	wait(t, ctx, `yozuv.stats().loaded`)
	// Mounting the Go switch kept the focus on the same button.
	if got := eval[string](t, ctx, sw+`.activeElement && `+sw+`.activeElement.lang`); got != "uz-Cyrl" {
		t.Fatalf("focused button after the switch started: %q, want the uz-Cyrl one", got)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Enter))
	wait(t, ctx, `yozuv.script === "uz-Cyrl" && document.querySelector("#h").textContent === "Тошкент шаҳри"`)
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
	if got := eval[string](t, ctx, sw+`.activeElement.lang`); got != "uz-Latn" {
		t.Fatalf("ArrowRight focused %q", got)
	}
	do(t, ctx, chromedp.KeyEvent(" "))
	wait(t, ctx, `yozuv.script === "uz-Latn" && document.querySelector("#h").textContent === "Toshkent shahri"`)
	wait(t, ctx, sw+`.querySelector('[aria-pressed="true"]').lang === "uz-Latn"`)
	if got := eval[string](t, ctx, sw+`.querySelector('[role="status"]').textContent`); got != "Sahifa lotin yozuvida" {
		t.Errorf("status after Space: %q", got)
	}
}

// TestPreference keeps the reader's choice across reloads, and lets
// ?script= win over it.
func TestPreference(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/news")
	click(t, ctx, "uz-Latn") // a cold click: the module loads on the way
	wait(t, ctx, `yozuv.script === "uz-Latn"`)
	if got := eval[string](t, ctx, `localStorage.getItem("yozuv.script")`); got != "uz-Latn" {
		t.Fatalf("saved preference %q", got)
	}
	navigate(t, ctx, "/news")
	wait(t, ctx, `yozuv.script === "uz-Latn" && document.querySelector("h2").textContent === "Strategik hamkorlik"`)
	wait(t, ctx, sw+`.querySelector('[aria-pressed="true"]').lang === "uz-Latn"`)

	click(t, ctx, "uz-Cyrl")
	wait(t, ctx, `yozuv.script === "uz-Cyrl"`)
	navigate(t, ctx, "/news")
	if got := eval[string](t, ctx, `new Promise(r => setTimeout(r, 300)).then(() => JSON.stringify([yozuv.script, yozuv.stats().loaded]))`); got != `["uz-Cyrl",false]` {
		t.Errorf("[script, loaded] after reload with Cyrillic preferred = %s", got)
	}

	navigate(t, ctx, "/news?script=uz-Latn")
	wait(t, ctx, `yozuv.script === "uz-Latn" && document.querySelector("h2").textContent === "Strategik hamkorlik"`)
	if got := eval[string](t, ctx, `localStorage.getItem("yozuv.script")`); got != "uz-Cyrl" {
		t.Errorf("?script= overwrote the saved preference: %q", got)
	}
}

// TestNoLayoutShift checks that the Go switch replaces the loader's
// placeholder with the same markup and the same boxes.
func TestNoLayoutShift(t *testing.T) {
	ctx := tab(t)
	open(t, ctx, "/news")
	const shape = `(() => {
		const r = document.querySelector("yozuv-switch").shadowRoot;
		const sw = r.querySelector(".sw");
		const norm = (el) => el.localName + "[" + Array.from(el.attributes).map(a => a.name + "=" + a.value).sort().join(" ") + "](" +
			Array.from(el.children).map(norm).join() + ")" + (el.children.length ? "" : el.textContent);
		const box = (el) => { const b = el.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round).join(); };
		return [norm(sw), box(document.querySelector("yozuv-switch")), ...Array.from(r.querySelectorAll("button")).map(box)].join(" | ");
	})()`
	placeholder := eval[string](t, ctx, shape)
	hover(t, ctx)
	mounted := eval[string](t, ctx, shape)
	if placeholder != mounted {
		t.Errorf("the switch changed when Go mounted it:\nplaceholder %s\nmounted     %s", placeholder, mounted)
	}
}

// TestFailures checks that the page stays readable in its own script and
// the switch says it is unavailable when the module cannot run.
func TestFailures(t *testing.T) {
	for _, c := range []struct{ name, prefix, why string }{
		{"CSP", "/csp", "Content-Security-Policy"},
		{"download", "/broken", "HTTP 500"},
		{"panic", "/fault", "the converter"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := tab(t)
			open(t, ctx, c.prefix+"/news")
			wait(t, ctx, `document.querySelectorAll("#comments li").length === 2`)
			before := eval[string](t, ctx, `document.body.innerHTML`)
			click(t, ctx, "uz-Latn")
			wait(t, ctx, sw+`.querySelector('.sw[data-state="off"]')`)
			if after := eval[string](t, ctx, `document.body.innerHTML`); after != before {
				t.Errorf("the page changed:\n%s", firstDiff(before, after))
			}
			for _, js := range []string{`yozuv.script`, `document.documentElement.lang`} {
				if got := eval[string](t, ctx, js); got != "uz-Cyrl" {
					t.Errorf("%s = %q, want uz-Cyrl", js, got)
				}
			}
			if got := eval[string](t, ctx, `yozuv.stats().error`); !strings.Contains(got, c.why) {
				t.Errorf("reason %q does not mention %q", got, c.why)
			}
			if got := eval[string](t, ctx, sw+`.querySelectorAll('[aria-disabled="true"]').length + " " + `+sw+`.querySelector('[role="status"]').textContent`); !strings.HasPrefix(got, "2 Yozuvni almashtirib") {
				t.Errorf("the switch does not say it is unavailable: %q", got)
			}
			if got := eval[string](t, ctx, `yozuv.setScript("uz-Latn").then(() => "resolved", () => "rejected")`); got != "rejected" {
				t.Errorf("setScript on an unavailable switch %s", got)
			}
		})
	}
}

// firstDiff shows where two strings start to differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return "want …" + a[lo:min(len(a), i+80)] + "…\ngot  …" + b[lo:min(len(b), i+80)] + "…"
}
