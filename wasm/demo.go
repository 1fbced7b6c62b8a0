//go:build js && wasm && yozuvdemo

package main

import (
	"strings"
	"syscall/js"

	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/markup"
	"github.com/yozuv/yozuv/internal/sample"
	"github.com/yozuv/yozuv/internal/translit"
	"github.com/yozuv/yozuv/internal/ui/demo"
)

// The demo build (-tags yozuvdemo) is the demo page's module: the news
// module plus the editor of internal/ui/demo, drawn into the page's
// element with id yozuv-demo as soon as the module runs.
func init() {
	extensions = append(extensions, mountDemo)
}

func mountDemo(a *app, _ js.Value) {
	el := js.Global().Get("document").Call("getElementById", "yozuv-demo")
	if !el.Truthy() {
		return
	}
	ui := el.Call("getAttribute", "data-ui").String()
	d := &demo.Demo{UI: ui, Text: sample.Article, Svc: &demo.Services{
		Copy:        copyText,
		Download:    download,
		OpenFile:    openFile,
		ConvertHTML: convertHTML,
		Later:       later,
		After:       after,
	}}
	a.shown = append(a.shown, func(script, _ string) {
		if d.UI != script {
			d.UI = script
			vecty.Rerender(d)
		}
	})
	a.glossed = append(a.glossed, func(g *translit.Glossary) {
		d.Glossary = g
		d.Reset()
		vecty.Rerender(d)
	})
	mount := js.Global().Get("document").Call("createElement", "div")
	el.Call("replaceChildren", mount)
	if err := vecty.RenderIntoNode(mount, d); err != nil {
		println("yozuv: the demo could not be shown:", err.Error())
	}
}

func convertHTML(t *translit.Transliterator, src string) (string, error) {
	var b strings.Builder
	err := markup.Convert(&b, strings.NewReader(src), t, markup.Options{})
	return b.String(), err
}

// copyText writes text to the clipboard.
func copyText(text string, done func(ok bool)) {
	cb := js.Global().Get("navigator").Get("clipboard")
	if !cb.Truthy() {
		done(false)
		return
	}
	var ok, fail js.Func
	settle := func(v bool) {
		ok.Release()
		fail.Release()
		done(v)
	}
	ok = js.FuncOf(func(js.Value, []js.Value) any { settle(true); return nil })
	fail = js.FuncOf(func(js.Value, []js.Value) any { settle(false); return nil })
	cb.Call("writeText", text).Call("then", ok, fail)
}

// download offers text as a file through a temporary object URL.
func download(name, mime, text string) {
	g := js.Global()
	blob := g.Get("Blob").New(g.Get("Array").Call("of", text), map[string]any{"type": mime + ";charset=utf-8"})
	url := g.Get("URL").Call("createObjectURL", blob)
	a := g.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	after(1000, func() { g.Get("URL").Call("revokeObjectURL", url) })
}

// openFile reads the first file of the input e came from, as text.
func openFile(e *vecty.Event, done func(name, text string)) {
	files := e.Target.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	var got js.Func
	got = js.FuncOf(func(_ js.Value, args []js.Value) any {
		got.Release()
		done(name, args[0].String())
		return nil
	})
	f.Call("text").Call("then", got)
	e.Target.Set("value", "") // the same file may be opened again
}

// after runs f after ms milliseconds.
func after(ms int, f func()) {
	var cb js.Func
	cb = js.FuncOf(func(js.Value, []js.Value) any {
		cb.Release()
		f()
		return nil
	})
	js.Global().Call("setTimeout", cb, ms)
}
