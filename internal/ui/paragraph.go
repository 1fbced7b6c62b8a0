package ui

import (
	"strconv"

	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/reader"
)

// Paragraph is one block of the reading view. Each word is a span carrying
// its index (data-w); the reading view listens for pointer, focus and keys
// on the whole article, so words have no listeners of their own. Only the
// active word is in the tab order (a roving tabindex).
type Paragraph struct {
	vecty.Core

	Para   *reader.Paragraph `vecty:"prop"`
	Page   string            `vecty:"prop"` // the script the page is written in
	Shown  string            `vecty:"prop"` // the script shown
	Active int               `vecty:"prop"` // the word in the tab order, if it is in this paragraph
}

// Copy returns a copy of the paragraph without its vecty.Core.
func (p *Paragraph) Copy() vecty.Component {
	return &Paragraph{Para: p.Para, Page: p.Page, Shown: p.Shown, Active: p.Active}
}

// SkipRender skips paragraphs whose text and active word did not change,
// so a change elsewhere costs nothing here.
func (p *Paragraph) SkipRender(prev vecty.Component) bool {
	o, ok := prev.(*Paragraph)
	return ok && o.Para == p.Para && o.Shown == p.Shown && o.Active == p.Active
}

// Render draws the block with its words.
func (p *Paragraph) Render() vecty.ComponentOrHTML {
	var kids vecty.List
	for _, s := range p.Para.Sentences {
		for _, t := range s.Tokens {
			text := vecty.Text(t.Text(p.Page, p.Shown))
			if t.Word < 0 {
				kids = append(kids, text)
				continue
			}
			class := "w"
			if !t.Sure {
				class = "w unsure"
			}
			active := t.Word == p.Active
			kids = append(kids, H("span", []string{
				"class", class, "data-w", strconv.Itoa(t.Word),
				When(active, "tabindex"), "0", When(active, "aria-describedby"), "tip",
			}, text))
		}
	}
	tag, class := blockOf(p.Para.Kind)
	if p.Para.Keep {
		class += " keep"
	}
	return H(tag, []string{"class", class, When(!p.Para.Keep, "lang"), p.Shown}, kids)
}

// blockOf returns the element and class a block of kind is drawn as.
func blockOf(kind string) (tag, class string) {
	switch kind {
	case "h1", "h2", "blockquote":
		return kind, ""
	case "h3", "h4", "h5", "h6":
		return "h3", ""
	case "figcaption":
		return "p", "cap"
	}
	return "p", ""
}
