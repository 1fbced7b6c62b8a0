package demo

import (
	"github.com/yozuv/yozuv/internal/ui"

	"strconv"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
)

// Choice lists the spellings of one unsure word: the converter's pick
// first, then its alternatives. Picking one replaces the word.
type Choice struct {
	vecty.Core

	Conv   *reader.Conversion    `vecty:"prop"`
	Line   int                   `vecty:"prop"` // -1 when closed
	Run    int                   `vecty:"prop"`
	X, Y   int                   `vecty:"prop"` // where, in pixels from the output's top left corner
	UI     string                `vecty:"prop"`
	OnPick func(spelling string) `vecty:"prop"`
}

// Copy returns a copy of the choice without its vecty.Core.
func (c *Choice) Copy() vecty.Component {
	d := *c
	d.Core = vecty.Core{}
	return &d
}

// Render draws the list, hidden when closed.
func (c *Choice) Render() vecty.ComponentOrHTML {
	var run reader.Run
	if c.Conv != nil && c.Line >= 0 && c.Line < len(c.Conv.Lines) {
		if runs := c.Conv.Runs(c.Line); c.Run >= 0 && c.Run < len(runs) {
			run = runs[c.Run]
		}
	}
	opts := make(vecty.List, len(run.Alternatives))
	for i, a := range run.Alternatives {
		opts[i] = ui.H("button", []string{"type", "button", "role", "option", "class", "alt", "lang", c.Conv.To,
			"aria-selected", strconv.FormatBool(a == run.Text)},
			vecty.Markup(event.Click(func(*vecty.Event) { c.OnPick(a) })), vecty.Text(a))
	}
	return ui.H("div", []string{"class", "choice", "role", "listbox", "aria-label", say(c.UI).pick, ui.When(!run.Unsure(), "hidden"), ""},
		vecty.Markup(vecty.Style("left", strconv.Itoa(c.X)+"px"), vecty.Style("top", strconv.Itoa(c.Y)+"px")),
		ui.H("span", []string{"class", "why"}, vecty.Text(run.In+" · "+run.Why)),
		opts,
	)
}
