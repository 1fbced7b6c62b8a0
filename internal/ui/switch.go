package ui

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
)

// State of a switch.
const (
	Ready = "ready" // the buttons work
	Busy  = "busy"  // a conversion is on its way
	Off   = "off"   // the converter is unavailable
)

// Switch is the root component: a group of one button per script and a
// live region. It renders a <div class="sw">, the element the loader's
// placeholder has, so it can replace it with vecty.RenderIntoNode.
type Switch struct {
	vecty.Core

	// Script is the script the page is shown in (Cyrl or Latn).
	Script string `vecty:"prop"`
	// State is Ready, Busy or Off.
	State string `vecty:"prop"`
	// Note is the live region's text: what a screen reader announces.
	Note string `vecty:"prop"`
	// OnSelect is called with the script a reader picks.
	OnSelect func(script string) `vecty:"prop"`
}

// Copy returns a copy of the switch without its vecty.Core, so that Vecty
// does not chain each render to the previous one.
func (s *Switch) Copy() vecty.Component {
	return &Switch{Script: s.Script, State: s.State, Note: s.Note, OnSelect: s.OnSelect}
}

// Render draws the group.
func (s *Switch) Render() vecty.ComponentOrHTML {
	off := s.State == Off
	title := vecty.Markup()
	if off {
		title = vecty.Markup(vecty.Attribute("title", Unavailable))
	}
	return elem.Div(
		vecty.Markup(
			vecty.Class("sw"),
			vecty.Attribute("role", "group"),
			vecty.Attribute("aria-label", Label),
			vecty.Attribute("data-state", s.State),
			vecty.Attribute("data-script", s.Script),
			event.KeyDown(s.onKey),
		),
		title,
		s.renderOptions(off),
		&Status{Text: s.Note},
	)
}

func (s *Switch) renderOptions(off bool) vecty.List {
	list := make(vecty.List, len(Choices))
	for i, c := range Choices {
		list[i] = &Option{
			Script:   c.Script,
			Name:     c.Name,
			Pressed:  c.Script == s.Script,
			Disabled: off,
			OnPick:   s.pick,
		}
	}
	return list
}

// pick marks the picked script at once, so the button responds before the
// page is converted, and asks for the conversion.
func (s *Switch) pick(script string) {
	if s.State == Off || script == s.Script {
		return
	}
	s.Script = script
	s.Note = Said(script)
	vecty.Rerender(s)
	if s.OnSelect != nil {
		s.OnSelect(script)
	}
}

// onKey moves the focus between the buttons with the arrow keys, Home and
// End; Enter and Space press the focused button as on any button.
func (s *Switch) onKey(e *vecty.Event) {
	var first bool
	switch e.Value.Get("key").String() {
	case "ArrowLeft", "ArrowUp", "Home":
		first = true
	case "ArrowRight", "ArrowDown", "End":
	default:
		return
	}
	b := e.Value.Get("currentTarget").Get("firstElementChild")
	if !first {
		b = b.Get("nextElementSibling")
	}
	b.Call("focus")
	e.Value.Call("preventDefault")
}
