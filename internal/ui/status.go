package ui

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
)

// Status is the switch's live region: visually hidden, it holds the
// sentence a screen reader announces after the page changes script.
type Status struct {
	vecty.Core

	Text string `vecty:"prop"`
}

// Copy returns a copy of the status without its vecty.Core.
func (s *Status) Copy() vecty.Component { return &Status{Text: s.Text} }

// Render draws the region.
func (s *Status) Render() vecty.ComponentOrHTML {
	return elem.Span(
		vecty.Markup(vecty.Class("sr"), vecty.Attribute("role", "status")),
		vecty.Text(s.Text),
	)
}
