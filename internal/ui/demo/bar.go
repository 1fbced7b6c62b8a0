package demo

import (
	"github.com/yozuv/yozuv/internal/ui"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
	"github.com/yozuv/yozuv/internal/translit"
)

// Bar is the demo's toolbar: the direction (detected or chosen) and the
// swap button, the apostrophe style, HTML mode, opening a file, copying
// and downloading the result, and a status message.
type Bar struct {
	vecty.Core

	UI         string                      `vecty:"prop"`
	From       string                      `vecty:"prop"` // the chosen source script, "" when detected
	Source     string                      `vecty:"prop"` // the source script in use
	Apos       translit.Apostrophe         `vecty:"prop"`
	HTML       bool                        `vecty:"prop"`
	Status     string                      `vecty:"prop"`
	OnFrom     func(from string)           `vecty:"prop"`
	OnSwap     func()                      `vecty:"prop"`
	OnApos     func(a translit.Apostrophe) `vecty:"prop"`
	OnHTML     func(on bool)               `vecty:"prop"`
	OnCopy     func()                      `vecty:"prop"`
	OnDownload func()                      `vecty:"prop"`
	OnFile     func(e *vecty.Event)        `vecty:"prop"`
}

// Copy returns a copy of the toolbar without its vecty.Core.
func (b *Bar) Copy() vecty.Component {
	c := *b
	c.Core = vecty.Core{}
	return &c
}

// Render draws the toolbar.
func (b *Bar) Render() vecty.ComponentOrHTML {
	l := say(b.UI)
	how := l.detected
	if b.From != "" {
		how = l.chosen
	}
	dir := name(b.Source) + " → " + name(reader.Other(b.Source))
	return ui.H("div", []string{"class", "bar", "role", "toolbar"},
		ui.H("span", []string{"class", "dir", "id", "direction", "data-source", b.Source, "data-how", ui.When(b.From == "", "auto") + ui.When(b.From != "", "chosen")},
			ui.H("b", nil, vecty.Text(dir)), vecty.Text(" ("+how+")")),
		vecty.If(b.From != "", ui.H("button", []string{"type", "button", "id", "auto", "class", "link"},
			vecty.Markup(event.Click(func(*vecty.Event) { b.OnFrom("") })), vecty.Text(l.auto))),
		ui.H("button", []string{"type", "button", "id", "swap"}, vecty.Markup(event.Click(func(*vecty.Event) { b.OnSwap() })), vecty.Text(l.swap)),
		ui.H("label", nil, vecty.Text(l.apostrophe+" "),
			ui.H("select", []string{"id", "apostrophe"},
				vecty.Markup(event.Change(b.onApos)),
				b.option("modifier", l.modifier, b.Apos == translit.Modifier),
				b.option("ascii", l.ascii, b.Apos == translit.ASCII),
				b.option("typographic", l.typographic, b.Apos == translit.Typographic))),
		ui.H("label", nil,
			ui.H("input", []string{"type", "checkbox", "id", "html"}, vecty.Markup(vecty.Property("checked", b.HTML), event.Change(b.onHTML))),
			vecty.Text(" "+l.html)),
		ui.H("span", []string{"class", "actions"},
			ui.H("span", []string{"class", "status", "id", "status", "role", "status"}, vecty.Text(b.Status)),
			ui.H("label", []string{"class", "file"}, vecty.Text(l.open),
				ui.H("input", []string{"type", "file", "id", "file", "accept", ".txt,.html,.htm,text/plain,text/html"},
					vecty.Markup(event.Change(b.OnFile)))),
			ui.H("button", []string{"type", "button", "id", "copy"}, vecty.Markup(event.Click(func(*vecty.Event) { b.OnCopy() })), vecty.Text(l.copy)),
			ui.H("button", []string{"type", "button", "id", "download"}, vecty.Markup(event.Click(func(*vecty.Event) { b.OnDownload() })), vecty.Text(l.download))),
	)
}

func (b *Bar) option(value, label string, selected bool) *vecty.HTML {
	return ui.H("option", []string{"value", value}, vecty.Markup(vecty.Property("selected", selected)), vecty.Text(label))
}

func (b *Bar) onApos(e *vecty.Event) {
	if a, err := translit.ParseApostrophe(e.Target.Get("value").String()); err == nil {
		b.OnApos(a)
	}
}

func (b *Bar) onHTML(e *vecty.Event) { b.OnHTML(e.Target.Get("checked").Bool()) }
