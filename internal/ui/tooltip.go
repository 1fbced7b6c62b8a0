package ui

import (
	"strconv"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
)

// Tooltip shows the word under the pointer or the focus in the other
// script, and offers to report it as wrong. It is re-rendered alone when
// the word changes.
type Tooltip struct {
	vecty.Core

	Doc      *reader.Document               `vecty:"prop"`
	Shown    string                         `vecty:"prop"`
	Word     int                            `vecty:"prop"` // the word shown, -1 for none
	X, Y     int                            `vecty:"prop"` // where, in pixels from the article's top left corner
	OnReport func(word int, e *vecty.Event) `vecty:"prop"` // the report button was pressed
}

// Copy returns a copy of the tooltip without its vecty.Core.
func (t *Tooltip) Copy() vecty.Component {
	c := *t
	c.Core = vecty.Core{}
	return &c
}

// Render draws the tooltip, hidden when no word is chosen.
func (t *Tooltip) Render() vecty.ComponentOrHTML {
	w, ok := t.Doc.Word(t.Word)
	other := reader.Other(t.Shown)
	l := say(t.Shown)
	return H("div", []string{"class", "tip", "id", "tip", "role", "tooltip", When(!ok, "hidden"), ""},
		vecty.Markup(vecty.Style("left", strconv.Itoa(t.X)+"px"), vecty.Style("top", strconv.Itoa(t.Y)+"px")),
		H("span", []string{"class", "other", "lang", other}, vecty.Text(w.Text(t.Doc.Script, other))),
		vecty.If(ok && !w.Sure, H("span", []string{"class", "hint"}, vecty.Text(l.unsure))),
		H("button", []string{"type", "button", "class", "flag", "title", l.report, "aria-label", l.report},
			on(event.Click(t.onReport)), vecty.Text("⚑")),
	)
}

func (t *Tooltip) onReport(e *vecty.Event) {
	if t.OnReport != nil && t.Word >= 0 {
		t.OnReport(t.Word, e)
	}
}
