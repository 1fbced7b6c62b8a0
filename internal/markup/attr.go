package markup

import (
	"strings"
)

// attrSpan locates one attribute in the raw text of a start tag.
type attrSpan struct {
	k0, k1 int  // the name
	v0, v1 int  // the value, without its quotes
	eq     bool // the name is followed by =
	quote  byte // ' or ", or 0 for an unquoted or missing value
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// scanTag finds the attributes in the raw text of a start tag the way
// golang.org/x/net/html's Tokenizer reads them (readTag, readTagAttrKey,
// readTagAttrVal: WHATWG HTML §13.2.5.32–38), so that its spans line up
// with the tokenizer's attributes: the first of two attributes with the
// same name wins and the second is left out. It returns the end of the tag
// name and the attributes.
func scanTag(raw []byte) (nameEnd int, attrs []attrSpan) {
	n := len(raw)
	i := 2 // '<' and the first letter of the name
	skip := func() {
		for i < n && isSpace(raw[i]) {
			i++
		}
	}
	nameEnd = n
	for i < n {
		c := raw[i]
		i++
		if isSpace(c) {
			nameEnd = i - 1
			break
		}
		if c == '/' || c == '>' {
			i--
			nameEnd = i
			break
		}
	}
	skip()
	for i < n {
		if raw[i] == '>' {
			break
		}
		var a attrSpan
		a.k0 = i
		a.k1 = n
		for i < n {
			c := raw[i]
			i++
			if c == '=' && a.k0+1 == i {
				continue
			}
			if c == '=' || isSpace(c) || c == '/' || c == '>' {
				i--
				a.k1 = i
				break
			}
		}
		a.v0, a.v1 = i, i
		func() {
			skip()
			if i >= n {
				return
			}
			c := raw[i]
			i++
			if c == '/' {
				return
			}
			if c != '=' {
				i--
				return
			}
			a.eq = true
			skip()
			if i >= n {
				a.v0, a.v1 = i, i
				return
			}
			q := raw[i]
			i++
			switch q {
			case '>':
				i--
				a.v0, a.v1 = i, i
			case '\'', '"':
				a.quote = q
				a.v0 = i
				a.v1 = n
				for i < n {
					c := raw[i]
					i++
					if c == q {
						a.v1 = i - 1
						return
					}
				}
			default:
				a.v0 = i - 1
				a.v1 = n
				for i < n {
					c := raw[i]
					i++
					if isSpace(c) {
						a.v1 = i - 1
						return
					}
					if c == '>' {
						i--
						a.v1 = i
						return
					}
				}
			}
		}()
		if a.k1 > a.k0 && !seen(raw, attrs, a) {
			attrs = append(attrs, a)
		}
		skip()
	}
	return nameEnd, attrs
}

// seen reports whether an attribute with a's name is already in attrs.
func seen(raw []byte, attrs []attrSpan, a attrSpan) bool {
	name := string(raw[a.k0:a.k1])
	for _, b := range attrs {
		if strings.EqualFold(string(raw[b.k0:b.k1]), name) {
			return true
		}
	}
	return false
}

// edit replaces the value of attribute i of a tag.
type edit struct {
	i   int
	val string
}

// rewriteTag appends raw to dst with the edits applied: each edited value
// is written escaped inside its original quotes (double quotes if it had
// none), and a lang attribute is inserted after the tag name if addLang is
// not empty. Edits must be sorted by attribute index.
func rewriteTag(dst, raw []byte, nameEnd int, attrs []attrSpan, edits []edit, addLang string) []byte {
	pos := 0
	if addLang != "" {
		dst = append(dst, raw[:nameEnd]...)
		dst = append(dst, ` lang="`...)
		dst = appendEscaped(dst, addLang, '"')
		dst = append(dst, '"')
		pos = nameEnd
	}
	for _, e := range edits {
		a := attrs[e.i]
		switch {
		case a.quote != 0:
			dst = append(dst, raw[pos:a.v0]...)
			dst = appendEscaped(dst, e.val, a.quote)
			pos = a.v1
		case a.eq:
			dst = append(dst, raw[pos:a.v0]...)
			dst = append(dst, '"')
			dst = appendEscaped(dst, e.val, '"')
			dst = append(dst, '"')
			pos = a.v1
		default:
			dst = append(dst, raw[pos:a.k1]...)
			dst = append(dst, `="`...)
			dst = appendEscaped(dst, e.val, '"')
			dst = append(dst, '"')
			pos = a.k1
		}
	}
	return append(dst, raw[pos:]...)
}

// appendEscaped appends s to dst with &, < and > escaped, and quote too
// unless it is 0.
func appendEscaped[T string | []byte](dst []byte, s T, quote byte) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch c := s[i]; {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == quote && c == '"':
			esc = "&quot;"
		case c == quote && c == '\'':
			esc = "&#39;"
		default:
			continue
		}
		dst = append(dst, s[last:i]...)
		dst = append(dst, esc...)
		last = i + 1
	}
	return append(dst, s[last:]...)
}

// Language classes of a lang attribute.
const (
	langNone  = iota // absent or empty: inherit
	langUz           // Uzbek in Cyrillic or Latin script, or with no script
	langOther        // another language, or Uzbek in a third script
)

// classify sorts a lang attribute's value into the classes above.
func classify(tag string) int {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return langNone
	}
	primary, rest, _ := strings.Cut(tag, "-")
	if !strings.EqualFold(primary, "uz") && !strings.EqualFold(primary, "uzn") {
		return langOther
	}
	sub, _, _ := strings.Cut(rest, "-")
	if isScript(sub) && !strings.EqualFold(sub, "Cyrl") && !strings.EqualFold(sub, "Latn") {
		return langOther
	}
	return langUz
}

func isScript(sub string) bool {
	if len(sub) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		c := sub[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// scriptOf returns the script subtag of a BCP 47 tag such as uz-Latn, or "".
func scriptOf(tag string) string {
	_, rest, _ := strings.Cut(tag, "-")
	sub, _, _ := strings.Cut(rest, "-")
	if isScript(sub) {
		return sub
	}
	return ""
}

// retag returns an Uzbek lang value with its script subtag replaced by
// script, or inserted after the language subtag if it had none:
// uz-Cyrl-UZ → uz-Latn-UZ, uz → uz-Latn. With an empty script it
// returns target.
func retag(tag, script, target string) string {
	tag = strings.TrimSpace(tag)
	if script == "" {
		return target
	}
	primary, rest, hasRest := strings.Cut(tag, "-")
	sub, after, hasAfter := strings.Cut(rest, "-")
	switch {
	case !hasRest:
		return primary + "-" + script
	case isScript(sub) && hasAfter:
		return primary + "-" + script + "-" + after
	case isScript(sub):
		return primary + "-" + script
	}
	return primary + "-" + script + "-" + rest
}
