package demo

import (
	"github.com/yozuv/yozuv/internal/ui"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
)

// Editor is the text box. What the user types stays in the box: it is
// drawn again only when the demo replaces the text (swap, a file opened)
// or its script changes, so a long paste is not written back into it.
type Editor struct {
	vecty.Core

	Text        string               `vecty:"prop"`
	Ver         int                  `vecty:"prop"` // changes when the demo replaces the text
	Lang        string               `vecty:"prop"`
	Placeholder string               `vecty:"prop"`
	OnInput     func(e *vecty.Event) `vecty:"prop"`
}

// Copy returns a copy of the editor without its vecty.Core.
func (ed *Editor) Copy() vecty.Component {
	c := *ed
	c.Core = vecty.Core{}
	return &c
}

// SkipRender keeps the box as the user left it while the text is theirs.
func (ed *Editor) SkipRender(prev vecty.Component) bool {
	o, ok := prev.(*Editor)
	return ok && o.Ver == ed.Ver && o.Lang == ed.Lang && o.Placeholder == ed.Placeholder
}

// Render draws the box.
func (ed *Editor) Render() vecty.ComponentOrHTML {
	return ui.H("textarea", []string{"id", "source", "spellcheck", "false", "placeholder", ed.Placeholder, "lang", ed.Lang},
		vecty.Markup(vecty.Property("value", ed.Text), event.Input(ed.OnInput)))
}
