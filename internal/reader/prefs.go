package reader

import (
	"strconv"
	"strings"
)

// Theme is the reader's colour scheme.
type Theme string

// Themes. Auto follows the prefers-color-scheme media feature.
const (
	Auto  Theme = "auto"
	Light Theme = "light"
	Dark  Theme = "dark"
)

// Text sizes of the reading view, in CSS pixels.
const (
	MinSize     = 14
	MaxSize     = 28
	DefaultSize = 18
	SizeStep    = 2
)

// Prefs are the reader's choices, kept between visits.
type Prefs struct {
	Size     int   // text size in CSS pixels, MinSize…MaxSize
	Theme    Theme // Auto, Light or Dark
	Parallel bool  // show each sentence in both scripts side by side
}

// DefaultPrefs returns the preferences of a first visit.
func DefaultPrefs() Prefs { return Prefs{Size: DefaultSize, Theme: Auto} }

// ParsePrefs reads preferences written by Prefs.String. Unknown keys and
// bad values are ignored, and sizes are kept within MinSize…MaxSize, so any
// string gives usable preferences.
func ParsePrefs(s string) Prefs {
	p := DefaultPrefs()
	for _, f := range strings.Fields(s) {
		k, v, _ := strings.Cut(f, "=")
		switch k {
		case "size":
			if n, ok := Atoi(v); ok {
				p.Size = clamp(n)
			}
		case "theme":
			if t := Theme(v); t == Auto || t == Light || t == Dark {
				p.Theme = t
			}
		case "view":
			p.Parallel = v == "parallel"
		}
	}
	return p
}

// String writes the preferences as ParsePrefs reads them, for instance
// "size=20 theme=dark view=parallel".
func (p Prefs) String() string {
	view := "flow"
	if p.Parallel {
		view = "parallel"
	}
	return "size=" + strconv.Itoa(p.Size) + " theme=" + string(p.Theme) + " view=" + view
}

// Resize returns the preferences with the text steps sizes larger (or
// smaller when steps is negative), kept within MinSize…MaxSize.
func (p Prefs) Resize(steps int) Prefs {
	p.Size = clamp(p.Size + steps*SizeStep)
	return p
}

func clamp(n int) int { return min(max(n, MinSize), MaxSize) }

// Atoi returns the value of s, a decimal number of at most six digits
// without a sign, and whether it was one. It spares the wasm build the
// error machinery of strconv.Atoi.
func Atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
