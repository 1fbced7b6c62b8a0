package demo

import (
	"github.com/yozuv/yozuv/internal/ui"

	"strconv"

	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/reader"
)

// Line is one line of the result. Sure text is a text node; each word the
// converter was unsure of is a button (data-l, data-r: its line and run)
// that opens the choice of spellings.
type Line struct {
	vecty.Core

	Conv  *reader.Conversion `vecty:"prop"`
	Index int                `vecty:"prop"`
	Ver   int                `vecty:"prop"` // changes when a spelling is chosen on the line
	Lang  string             `vecty:"prop"`
}

// Copy returns a copy of the line without its vecty.Core.
func (l *Line) Copy() vecty.Component {
	return &Line{Conv: l.Conv, Index: l.Index, Ver: l.Ver, Lang: l.Lang}
}

// SkipRender skips a line that did not change.
func (l *Line) SkipRender(prev vecty.Component) bool {
	o, ok := prev.(*Line)
	return ok && o.Conv == l.Conv && o.Index == l.Index && o.Ver == l.Ver
}

// Render draws the line, annotating it on first use.
func (l *Line) Render() vecty.ComponentOrHTML {
	runs := l.Conv.Runs(l.Index)
	kids := make(vecty.List, len(runs))
	li := strconv.Itoa(l.Index)
	for i, r := range runs {
		if !r.Unsure() {
			kids[i] = vecty.Text(r.Text)
			continue
		}
		kids[i] = ui.H("button", []string{"type", "button", "class", "u", "data-l", li, "data-r", strconv.Itoa(i),
			"title", r.In + " — " + r.Why, "aria-haspopup", "listbox"}, vecty.Text(r.Text))
	}
	return ui.H("p", []string{"class", "ln"}, kids)
}
