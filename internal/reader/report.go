package reader

import (
	"errors"
	"strconv"
	"strings"

	"github.com/yozuv/yozuv/internal/translit"
)

// Report is a reader's correction of one word's conversion.
type Report struct {
	Word     string // the word as the page writes it
	Script   string // the page's script
	Got      string // the conversion the reader saw
	Fix      string // the right form in FixScript, as the reader typed it
	FixIn    string // the script of Got and Fix
	Sentence string // the sentence the word is in, as the page writes it
}

// ErrNoFix is returned by Document.Report when the right form is empty.
var ErrNoFix = errors.New("reader: type the right form of the word")

// Report returns the report of word i whose right form in the other script
// is fix. The fix must be one word the glossary accepts.
func (d *Document) Report(i int, fix string) (Report, error) {
	w, ok := d.Word(i)
	if !ok {
		return Report{}, errors.New("reader: no word " + strconv.Itoa(i))
	}
	fix = strings.TrimSpace(fix)
	if fix == "" {
		return Report{}, ErrNoFix
	}
	r := Report{Word: w.In, Script: d.Script, Got: w.Out, Fix: fix, FixIn: Other(d.Script), Sentence: d.SentenceOf(i)}
	if _, err := translit.NewGlossary([]translit.GlossaryEntry{r.Entry()}); err != nil {
		if ge, ok := err.(*translit.GlossaryError); ok {
			return Report{}, errors.New("reader: " + ge.Msg)
		}
		return Report{}, err
	}
	return r, nil
}

// Entry returns the glossary entry the report asks for: the word kept as
// written when the fix is the word itself, else its spelling in both
// scripts. The entry is exact: it matches this form of the word only.
func (r Report) Entry() translit.GlossaryEntry {
	if r.Fix == r.Word {
		return translit.GlossaryEntry{Keep: r.Word}
	}
	return translit.GlossaryEntry{Forms: map[string]string{r.Script: r.Word, r.FixIn: r.Fix}, Exact: true}
}

// JSON returns the report's glossary entry as one line of the glossary
// file format: {"uz-Cyrl": "…", "uz-Latn": "…", "exact": true} or
// {"keep": "…"}.
func (r Report) JSON() string {
	e := r.Entry()
	if e.Keep != "" {
		return `{"keep": ` + quote(e.Keep) + `}`
	}
	return `{"` + Cyrl + `": ` + quote(e.Forms[Cyrl]) + `, "` + Latn + `": ` + quote(e.Forms[Latn]) + `, "exact": true}`
}

// quote writes s as a JSON string (RFC 8259 §7), leaving non-ASCII
// letters as they are.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20:
			const hex = "0123456789abcdef"
			b.WriteString(`\u00`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&15])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
