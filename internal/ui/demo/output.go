package demo

import (
	"github.com/yozuv/yozuv/internal/ui"

	"strconv"

	"github.com/hexops/vecty"
	"github.com/hexops/vecty/event"
	"github.com/yozuv/yozuv/internal/reader"
)

// Output is the result: the first Limit lines of the conversion, with the
// choice of spellings over them, or the converted HTML as source text.
type Output struct {
	vecty.Core

	Conv   *reader.Conversion                  `vecty:"prop"`
	Limit  int                                 `vecty:"prop"`
	Vers   map[int]int                         `vecty:"prop"`
	HTML   string                              `vecty:"prop"` // the converted HTML source, in HTML mode
	Error  string                              `vecty:"prop"`
	UI     string                              `vecty:"prop"`
	Choice *Choice                             `vecty:"prop"`
	OnOpen func(line, run int, e *vecty.Event) `vecty:"prop"` // an unsure word was pressed
}

// Copy returns a copy of the output without its vecty.Core.
func (o *Output) Copy() vecty.Component {
	c := *o
	c.Core = vecty.Core{}
	return &c
}

// Render draws the lines drawn so far.
func (o *Output) Render() vecty.ComponentOrHTML {
	l := say(o.UI)
	attrs := []string{"class", "out", "id", "result", "role", "region", "aria-label", l.result}
	if o.Error != "" {
		return ui.H("div", attrs, ui.H("p", []string{"class", "err", "role", "alert"}, vecty.Text(o.Error)))
	}
	if o.Conv == nil {
		return ui.H("div", attrs, ui.H("pre", []string{"class", "html"}, vecty.Text(o.HTML)))
	}
	n := min(o.Limit, len(o.Conv.Lines))
	lines := make(vecty.List, n)
	for i := range n {
		o.Conv.Runs(i) // annotated now, so the count below is right
		lines[i] = &Line{Conv: o.Conv, Index: i, Ver: o.Vers[i], Lang: o.Conv.To}
	}
	var note vecty.ComponentOrHTML
	if u := o.Conv.Unsure(); u > 0 {
		note = ui.H("p", []string{"class", "note"}, vecty.Text(strconv.Itoa(u)+" "+l.unsure))
	}
	return ui.H("div", append(attrs, "lang", o.Conv.To, "data-lines", strconv.Itoa(len(o.Conv.Lines)), "data-drawn", strconv.Itoa(n)),
		vecty.Markup(event.Click(o.onClick)),
		note,
		ui.H("div", []string{"class", "lines"}, lines),
		o.Choice,
	)
}

func (o *Output) onClick(e *vecty.Event) {
	d := e.Target.Get("dataset")
	line, ok1 := reader.Atoi(str(d.Get("l")))
	run, ok2 := reader.Atoi(str(d.Get("r")))
	if ok1 && ok2 && o.OnOpen != nil {
		o.OnOpen(line, run, e)
	}
}

// str returns the string a data attribute holds, or "".
func str(v interface {
	IsUndefined() bool
	String() string
}) string {
	if v.IsUndefined() {
		return ""
	}
	return v.String()
}
