package ui

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
)

// ReportForm asks a reader for the right form of a word: the word, as the
// page writes it, and a field holding its conversion to correct.
type ReportForm struct {
	vecty.Core

	Doc      *reader.Document           `vecty:"prop"`
	Shown    string                     `vecty:"prop"`
	Word     int                        `vecty:"prop"` // the word reported, -1 when the form is closed
	Value    string                     `vecty:"prop"` // the field's text
	Error    string                     `vecty:"prop"` // why the last try was refused
	Done     bool                       `vecty:"prop"` // the report was sent
	OnInput  func(value string)         `vecty:"prop"`
	OnSubmit func(word int, fix string) `vecty:"prop"`
	OnClose  func()                     `vecty:"prop"`
}

// Copy returns a copy of the form without its vecty.Core.
func (f *ReportForm) Copy() vecty.Component {
	c := *f
	c.Core = vecty.Core{}
	return &c
}

// Render draws the form, or the thanks once it is sent.
func (f *ReportForm) Render() vecty.ComponentOrHTML {
	w, ok := f.Doc.Word(f.Word)
	l := say(f.Shown)
	attrs := []string{"class", "report", "aria-label", l.report, When(!ok, "hidden"), ""}
	if !ok {
		return H("form", attrs)
	}
	if f.Done {
		return H("form", attrs, on(event.Submit(f.onClose).PreventDefault()),
			H("p", []string{"role", "status"}, vecty.Text(l.thanks)),
			H("button", []string{"type", "submit"}, vecty.Text("OK")))
	}
	other := reader.Other(f.Doc.Script)
	return H("form", attrs, on(event.Submit(f.onSubmit).PreventDefault()),
		H("p", nil,
			H("strong", []string{"lang", f.Doc.Script}, vecty.Text(w.In)),
			vecty.Text(" → "),
			H("span", []string{"lang", other}, vecty.Text(w.Out))),
		H("label", nil,
			vecty.Text(l.fix+" ("+Name(other)+")"),
			H("input", []string{"type", "text", "name", "fix", "lang", other, "autocomplete", "off", "spellcheck", "false"},
				vecty.Markup(vecty.Property("value", f.Value), event.Input(f.onInput)))),
		vecty.If(f.Error != "", H("p", []string{"class", "err", "role", "alert"}, vecty.Text(f.Error))),
		H("div", []string{"class", "row"},
			H("button", []string{"type", "submit"}, vecty.Text(l.send)),
			H("button", []string{"type", "button"}, on(event.Click(f.onClose)), vecty.Text(l.cancel))),
	)
}

func (f *ReportForm) onInput(e *vecty.Event) {
	if f.OnInput != nil {
		f.OnInput(e.Target.Get("value").String())
	}
}

func (f *ReportForm) onSubmit(*vecty.Event) {
	if f.OnSubmit != nil {
		f.OnSubmit(f.Word, f.Value)
	}
}

func (f *ReportForm) onClose(*vecty.Event) {
	if f.OnClose != nil {
		f.OnClose()
	}
}

// Name returns a script's name, written in that script.
func Name(script string) string {
	for _, c := range Choices {
		if c.Script == script {
			return c.Name
		}
	}
	return script
}
