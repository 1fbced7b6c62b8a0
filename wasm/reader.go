//go:build js && wasm && (yozuvreader || yozuvdemo)

package main

import (
	"errors"
	"strings"
	"syscall/js"

	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/reader"
	"github.com/yozuv/yozuv/internal/ui"
)

// blockSel selects the elements whose text the reading view shows: the
// innermost of them, so a <li><p> is read once.
const blockSel = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,dd,dt"

// keepSel marks blocks shown as written: the exclusions of the switch.
const keepSel = `[translate="no"],.notranslate,[data-yozuv-skip],code,pre,kbd,samp`

// prefsKey is the localStorage entry of the reader's preferences.
const prefsKey = "yozuv.reader"

// The reader build (-tags yozuvreader, and the demo build) adds the reading
// view of <yozuv-reader>: the export reader(host, page, shown), and every
// reading view follows the page's script.
func init() {
	extensions = append(extensions, func(a *app, exports js.Value) {
		var readers []*ui.Reader
		exports.Set("reader", js.FuncOf(func(_ js.Value, args []js.Value) any {
			r, err := a.mountReader(args)
			if err != nil {
				return a.errCtor.New(err.Error())
			}
			readers = append(readers, r)
			return nil
		}))
		a.shown = append(a.shown, func(script, note string) {
			for _, r := range readers {
				if r.Shown != script || r.Note != note {
					r.Shown, r.Note = script, note
					vecty.Rerender(r)
				}
			}
		})
	})
}

// mountReader is reader(host, page, shown): the reading view of the
// article host wraps, drawn in host's shadow root. It reads the article's
// blocks once, a few calls per block; toggling later goes through the
// document model, not the page.
func (a *app) mountReader(args []js.Value) (*ui.Reader, error) {
	if len(args) != 3 {
		return nil, errors.New("reader wants a host element, the page's script and the script shown")
	}
	host, page, shown := args[0], args[1].String(), args[2].String()
	t, err := a.converter(page, reader.Other(page))
	if err != nil {
		return nil, err
	}
	doc := reader.New(readBlocks(host), page, t)
	root := host.Get("shadowRoot")
	adopt(root, ui.ReaderCSS)
	mount := js.Global().Get("document").Call("createElement", "div")
	root.Call("replaceChildren", mount)
	r := &ui.Reader{
		Doc:      doc,
		Shown:    shown,
		Prefs:    loadPrefs(),
		OnScript: a.pick,
		Later:    later,
	}
	r.OnPrefs = savePrefs
	r.OnReport = func(rep reader.Report) { report(host, rep) }
	if err := vecty.RenderIntoNode(mount, r); err != nil {
		return nil, err
	}
	host.Get("dataset").Set("words", doc.Words())
	host.Get("dataset").Set("sentences", doc.Sentences())
	return r, nil
}

// readBlocks returns the blocks of text inside host, in document order.
func readBlocks(host js.Value) []reader.Block {
	els := host.Call("querySelectorAll", blockSel)
	var blocks []reader.Block
	for i, n := 0, els.Length(); i < n; i++ {
		el := els.Index(i)
		if el.Call("querySelector", blockSel).Truthy() {
			continue
		}
		text := strings.Join(strings.Fields(el.Get("textContent").String()), " ")
		if text == "" {
			continue
		}
		kind := el.Get("localName").String()
		if kind == "p" && el.Call("closest", "blockquote").Truthy() {
			kind = "blockquote"
		}
		keep := el.Call("closest", keepSel).Truthy()
		if l := el.Call("closest", "[lang]"); l.Truthy() && !isUzbek(l.Call("getAttribute", "lang").String()) {
			keep = true
		}
		blocks = append(blocks, reader.Block{Kind: kind, Text: text, Keep: keep})
	}
	return blocks
}

func isUzbek(lang string) bool {
	l := strings.ToLower(lang)
	return l == "uz" || strings.HasPrefix(l, "uz-")
}

// adopt gives root a constructed style sheet holding css, which a
// Content-Security-Policy without 'unsafe-inline' allows.
func adopt(root js.Value, css string) {
	sheet := js.Global().Get("CSSStyleSheet").New()
	sheet.Call("replaceSync", css)
	root.Set("adoptedStyleSheets", js.Global().Get("Array").Call("of", sheet))
}

// later runs f at the next animation frame, after Vecty's pending renders.
func later(f func()) {
	var cb js.Func
	cb = js.FuncOf(func(js.Value, []js.Value) any {
		cb.Release()
		f()
		return nil
	})
	js.Global().Call("requestAnimationFrame", cb)
}

func loadPrefs() reader.Prefs {
	s := js.Global().Get("localStorage")
	if !s.Truthy() {
		return reader.DefaultPrefs()
	}
	v := s.Call("getItem", prefsKey)
	if v.Type() != js.TypeString {
		return reader.DefaultPrefs()
	}
	return reader.ParsePrefs(v.String())
}

func savePrefs(p reader.Prefs) {
	if s := js.Global().Get("localStorage"); s.Truthy() {
		s.Call("setItem", prefsKey, p.String())
	}
}

// report sends the yozuv:report event from host, with the report and its
// glossary entry, ready to add to the publisher's glossary file.
func report(host js.Value, r reader.Report) {
	obj := js.Global().Get("Object")
	e, entry := r.Entry(), obj.New()
	if e.Keep != "" {
		entry.Set("keep", e.Keep)
	} else {
		entry.Set(reader.Cyrl, e.Forms[reader.Cyrl])
		entry.Set(reader.Latn, e.Forms[reader.Latn])
		entry.Set("exact", true)
	}
	d := obj.New()
	for _, kv := range [...][2]string{{"word", r.Word}, {"script", r.Script}, {"got", r.Got}, {"fix", r.Fix},
		{"fixScript", r.FixIn}, {"sentence", r.Sentence}, {"json", r.JSON()}} {
		d.Set(kv[0], kv[1])
	}
	d.Set("entry", entry)
	init := obj.New()
	init.Set("bubbles", true)
	init.Set("composed", true)
	init.Set("detail", d)
	host.Call("dispatchEvent", js.Global().Get("CustomEvent").New("yozuv:report", init))
}
