package ui

import (
	"strconv"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
)

// Reader is the reading view of <yozuv-reader>: a toolbar and the article,
// either flowing in one script with a tooltip on each word, or sentence by
// sentence in both scripts. It renders a <div class="reader">.
//
// The article element listens for pointer, focus and key events for all
// its words at once. Hovering, tapping or focusing a word shows it in the
// other script; the arrow keys, Home and End move between words; Escape
// hides the tooltip; the tooltip's ⚑ button opens the report form.
type Reader struct {
	vecty.Core

	Doc      *reader.Document      `vecty:"prop"`
	Shown    string                `vecty:"prop"` // the script shown
	Prefs    reader.Prefs          `vecty:"prop"`
	Note     string                `vecty:"prop"` // what the switch announces
	OnScript func(script string)   `vecty:"prop"` // a script was picked
	OnPrefs  func(reader.Prefs)    `vecty:"prop"` // the preferences changed, to be kept
	OnReport func(r reader.Report) `vecty:"prop"` // a reader reported a word
	Later    func(func())          `vecty:"prop"` // runs a function after the next render

	active int // the word in the tab order
	tip    *Tooltip
	form   *ReportForm
}

// Copy returns a copy of the reader without its vecty.Core.
func (r *Reader) Copy() vecty.Component {
	c := *r
	c.Core = vecty.Core{}
	return &c
}

// Render draws the toolbar and the article.
func (r *Reader) Render() vecty.ComponentOrHTML {
	if r.tip == nil {
		r.tip = &Tooltip{Word: -1, OnReport: r.openReport}
		r.form = &ReportForm{Word: -1, OnInput: r.onFix, OnSubmit: r.submit, OnClose: r.closeReport}
	}
	r.tip.Doc, r.tip.Shown = r.Doc, r.Shown
	r.form.Doc, r.form.Shown = r.Doc, r.Shown
	return H("div", []string{"class", "reader", "data-theme", string(r.Prefs.Theme), "data-view", view(r.Prefs.Parallel)},
		vecty.Markup(vecty.Style("font-size", strconv.Itoa(r.Prefs.Size)+"px")),
		&ReaderBar{Shown: r.Shown, Prefs: r.Prefs, Note: r.Note, OnScript: r.OnScript, OnPrefs: r.change},
		r.renderArticle(),
	)
}

func view(parallel bool) string {
	if parallel {
		return "parallel"
	}
	return "flow"
}

func (r *Reader) renderArticle() *vecty.HTML {
	if r.Prefs.Parallel {
		return H("article", nil, &Parallel{Doc: r.Doc, Shown: r.Shown})
	}
	paras := make(vecty.List, len(r.Doc.Paragraphs))
	for i := range r.Doc.Paragraphs {
		paras[i] = &Paragraph{Para: &r.Doc.Paragraphs[i], Page: r.Doc.Script, Shown: r.Shown, Active: r.active}
	}
	return H("article", []string{"class", "flow", "aria-label", say(r.Shown).article},
		on(event.MouseOver(r.onPoint), event.Click(r.onPoint), event.FocusIn(r.onPoint), event.KeyDown(r.onKey)),
		paras,
		r.tip,
		r.form,
	)
}

// wordOf returns the index of the word an event happened on, or -1.
func wordOf(e *vecty.Event) int {
	w := e.Target.Get("dataset").Get("w")
	if w.IsUndefined() {
		return -1
	}
	if n, ok := reader.Atoi(w.String()); ok {
		return n
	}
	return -1
}

// onPoint shows the tooltip of the word under the pointer or the focus.
func (r *Reader) onPoint(e *vecty.Event) {
	if i := wordOf(e); i >= 0 {
		r.show(i, e)
	}
}

// show puts the tooltip under word i, whose element is e's target.
func (r *Reader) show(i int, e *vecty.Event) {
	if r.tip.Word == i {
		return
	}
	w, box := e.Target.Call("getBoundingClientRect"), e.Value.Get("currentTarget").Call("getBoundingClientRect")
	r.tip.Word = i
	r.tip.X = int(w.Get("left").Float() - box.Get("left").Float())
	r.tip.Y = int(w.Get("bottom").Float()-box.Get("top").Float()) + 4
	vecty.Rerender(r.tip)
}

// onKey moves between words with the arrow keys, Home and End, and hides
// the tooltip with Escape.
func (r *Reader) onKey(e *vecty.Event) {
	i := wordOf(e)
	if i < 0 {
		if e.Value.Get("key").String() == "Escape" {
			r.closeReport()
		}
		return
	}
	next := i
	switch e.Value.Get("key").String() {
	case "ArrowRight", "ArrowDown":
		next = r.Doc.Next(i, 1)
	case "ArrowLeft", "ArrowUp":
		next = r.Doc.Next(i, -1)
	case "Home":
		next = 0
	case "End":
		next = r.Doc.Words() - 1
	case "Escape":
		r.tip.Word = -1
		vecty.Rerender(r.tip)
		return
	default:
		return
	}
	e.Value.Call("preventDefault")
	if next == i || next < 0 {
		return
	}
	// Move the focus now; the render that follows puts the tab stop on the
	// same word.
	el := e.Value.Get("currentTarget").Call("querySelector", `[data-w="`+strconv.Itoa(next)+`"]`)
	e.Target.Call("removeAttribute", "tabindex")
	el.Call("setAttribute", "tabindex", "0")
	r.active = next
	vecty.Rerender(r)
	el.Call("focus")
}

// change applies a change of the preferences and hands them on.
func (r *Reader) change(f func(reader.Prefs) reader.Prefs) {
	r.Prefs = f(r.Prefs)
	if r.OnPrefs != nil {
		r.OnPrefs(r.Prefs)
	}
	vecty.Rerender(r)
}

func (r *Reader) openReport(i int, e *vecty.Event) {
	w, _ := r.Doc.Word(i)
	r.form.Word, r.form.Value, r.form.Error, r.form.Done = i, w.Out, "", false
	r.tip.Word = -1
	vecty.Rerender(r.tip)
	vecty.Rerender(r.form)
	if r.Later != nil {
		root := e.Target.Call("getRootNode")
		r.Later(func() {
			if in := root.Call("querySelector", ".report input"); in.Truthy() {
				in.Call("focus")
				in.Call("select")
			}
		})
	}
}

func (r *Reader) onFix(v string) { r.form.Value = v }

func (r *Reader) submit(i int, fix string) {
	rep, err := r.Doc.Report(i, fix)
	if err != nil {
		r.form.Error = err.Error()
	} else {
		r.form.Error, r.form.Done = "", true
		if r.OnReport != nil {
			r.OnReport(rep)
		}
	}
	vecty.Rerender(r.form)
}

func (r *Reader) closeReport() {
	r.form.Word = -1
	vecty.Rerender(r.form)
}
