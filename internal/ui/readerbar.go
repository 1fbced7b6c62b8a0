package ui

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
)

// ReaderBar is the reading view's toolbar: the script switch, the text
// size, the colour theme and the parallel view.
type ReaderBar struct {
	vecty.Core

	Shown    string                                       `vecty:"prop"`
	Prefs    reader.Prefs                                 `vecty:"prop"`
	Note     string                                       `vecty:"prop"` // what the switch's live region says
	OnScript func(script string)                          `vecty:"prop"`
	OnPrefs  func(change func(reader.Prefs) reader.Prefs) `vecty:"prop"`
}

// Copy returns a copy of the toolbar without its vecty.Core.
func (b *ReaderBar) Copy() vecty.Component {
	c := *b
	c.Core = vecty.Core{}
	return &c
}

// Render draws the toolbar.
func (b *ReaderBar) Render() vecty.ComponentOrHTML {
	p, l := b.Prefs, say(b.Shown)
	return H("div", []string{"class", "bar", "role", "toolbar", "aria-label", l.bar},
		&Switch{Script: b.Shown, State: Ready, Note: b.Note, OnSelect: b.OnScript},
		H("div", []string{"class", "grp", "role", "group"},
			b.tool("smaller", "A−", l.smaller, "", p.Size <= reader.MinSize, func(p reader.Prefs) reader.Prefs { return p.Resize(-1) }),
			b.tool("bigger", "A+", l.bigger, "", p.Size >= reader.MaxSize, func(p reader.Prefs) reader.Prefs { return p.Resize(1) })),
		H("div", []string{"class", "grp", "role", "group", "aria-label", l.theme},
			b.theme(reader.Auto, l.auto),
			b.theme(reader.Light, l.light),
			b.theme(reader.Dark, l.dark)),
		b.tool("parallel", l.parallel, "", boolText(p.Parallel), false, func(p reader.Prefs) reader.Prefs {
			p.Parallel = !p.Parallel
			return p
		}),
	)
}

func (b *ReaderBar) theme(t reader.Theme, label string) vecty.ComponentOrHTML {
	return b.tool(string(t), label, "", boolText(b.Prefs.Theme == t), false, func(p reader.Prefs) reader.Prefs {
		p.Theme = t
		return p
	})
}

// tool draws one button that changes the preferences: its label, a name
// for assistive technology when the label is a symbol, a pressed state for
// toggles and a disabled state at a limit. The change applies to the
// preferences of the moment of the click, so quick clicks add up.
func (b *ReaderBar) tool(key, label, name, pressed string, disabled bool, change func(reader.Prefs) reader.Prefs) *vecty.HTML {
	return H("button", []string{"type", "button", "class", "tool", "data-tool", key,
		When(name != "", "aria-label"), name, When(name != "", "title"), name,
		When(pressed != "", "aria-pressed"), pressed, When(disabled, "disabled"), ""},
		on(event.Click(func(*vecty.Event) {
			if b.OnPrefs != nil {
				b.OnPrefs(change)
			}
		})),
		vecty.Text(label))
}

func boolText(v bool) string {
	if v {
		return "true"
	}
	return "false"
}
