package ui

import (
	"github.com/hexops/vecty"
	"github.com/hexops/vecty/elem"
	"github.com/hexops/vecty/event"
)

// Option is one toggle button of the switch. Its name is written in its own
// script and carries that script's lang tag, so screen readers pronounce it
// right.
type Option struct {
	vecty.Core

	Script   string              `vecty:"prop"` // the script it selects
	Name     string              `vecty:"prop"` // its label, in that script
	Pressed  bool                `vecty:"prop"` // the page is shown in Script
	Disabled bool                `vecty:"prop"` // the switch is unavailable
	OnPick   func(script string) `vecty:"prop"` // called on a click, Enter or Space
}

// Copy returns a copy of the option without its vecty.Core.
func (o *Option) Copy() vecty.Component {
	return &Option{Script: o.Script, Name: o.Name, Pressed: o.Pressed, Disabled: o.Disabled, OnPick: o.OnPick}
}

// Render draws the button.
func (o *Option) Render() vecty.ComponentOrHTML {
	pressed := "false"
	if o.Pressed {
		pressed = "true"
	}
	return elem.Button(
		vecty.Markup(
			vecty.Attribute("type", "button"),
			vecty.Class("opt"),
			vecty.Attribute("lang", o.Script),
			vecty.Attribute("aria-pressed", pressed),
			vecty.MarkupIf(o.Disabled, vecty.Attribute("aria-disabled", "true")),
			event.Click(o.onClick),
		),
		vecty.Text(o.Name),
	)
}

func (o *Option) onClick(*vecty.Event) {
	if !o.Disabled && o.OnPick != nil {
		o.OnPick(o.Script)
	}
}
