package ui

import (
	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/reader"
)

// Parallel shows the article sentence by sentence in both scripts: one row
// per sentence, the script shown first and the other next to it (below it
// on a narrow screen).
type Parallel struct {
	vecty.Core

	Doc   *reader.Document `vecty:"prop"`
	Shown string           `vecty:"prop"`
}

// Copy returns a copy of the view without its vecty.Core.
func (p *Parallel) Copy() vecty.Component { return &Parallel{Doc: p.Doc, Shown: p.Shown} }

// SkipRender skips the view while the document and the script stay.
func (p *Parallel) SkipRender(prev vecty.Component) bool {
	o, ok := prev.(*Parallel)
	return ok && o.Doc == p.Doc && o.Shown == p.Shown
}

// Render draws the rows.
func (p *Parallel) Render() vecty.ComponentOrHTML {
	other := reader.Other(p.Shown)
	var rows vecty.List
	for _, para := range p.Doc.Paragraphs {
		for _, s := range para.Sentences {
			rows = append(rows, H("div", []string{"class", "row", "role", "row", "data-kind", para.Kind},
				p.cell(s, para.Keep, p.Shown), p.cell(s, para.Keep, other)))
		}
	}
	return H("div", []string{"class", "parallel", "role", "table", "aria-label", say(p.Shown).parallelTable}, rows)
}

func (p *Parallel) cell(s reader.Sentence, keep bool, script string) *vecty.HTML {
	return H("div", []string{"class", "cell", "role", "cell", When(!keep, "lang"), script}, vecty.Text(s.Text(p.Doc.Script, script)))
}
