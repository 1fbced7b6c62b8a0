package ui

import (
	"strings"

	"github.com/hexops/vecty"
)

// H returns the element tag with the attributes attrs, given as name and
// value pairs ("class" adds classes; a pair whose name is "" is left out,
// see when), and the children and markup kids. Building elements from
// data, rather than with a chain of markup calls per element, keeps the
// compiled module small.
func H(tag string, attrs []string, kids ...vecty.MarkupOrChild) *vecty.HTML {
	m := make([]vecty.Applyer, 0, len(attrs)/2)
	for i := 0; i+1 < len(attrs); i += 2 {
		switch k, v := attrs[i], attrs[i+1]; k {
		case "":
		case "class":
			m = append(m, vecty.Class(strings.Fields(v)...))
		default:
			m = append(m, vecty.Attribute(k, v))
		}
	}
	return vecty.Tag(tag, append([]vecty.MarkupOrChild{vecty.Markup(m...)}, kids...)...)
}

// When returns name if cond holds and "" otherwise, which leaves an
// attribute pair out.
func When(cond bool, name string) string {
	if cond {
		return name
	}
	return ""
}

// on wraps event listeners as markup for H.
func on(l ...vecty.Applyer) vecty.MarkupList { return vecty.Markup(l...) }
