package reader

import (
	"strings"

	"github.com/yozuv/yozuv/internal/segment"
)

// Converter converts text and says how sure it is of each word;
// *translit.Transliterator implements it.
type Converter interface {
	Annotator
	String(s string) string
}

// Run is a piece of a converted line: either text the converter was sure
// of, or one word it was not sure of.
type Run struct {
	Text         string   // the converted text, or the chosen spelling of the word
	In           string   // for an unsure word, as it was written; "" for sure text
	Why          string   // for an unsure word, what made the converter unsure
	Alternatives []string // for an unsure word, every spelling offered, the converter's first
}

// Unsure reports whether the run is a word the converter was unsure of.
func (r Run) Unsure() bool { return len(r.Alternatives) > 0 }

// Line is one line of a Conversion.
type Line struct {
	Src  string // the line as written, without its line break
	End  string // the line break that ends it, "" for the last line
	runs []Run
	done bool
}

// Conversion is the demo page's result: a text converted line by line,
// with the words the converter was unsure of kept apart so the user can
// pick another spelling. Lines are annotated when first asked for (Runs),
// so a long paste is converted a screenful at a time; sure text is merged
// into as few runs as possible.
type Conversion struct {
	From, To string
	Lines    []Line
	conv     Converter
	unsure   int
}

// Convert returns the conversion of text with c, a converter between the
// scripts from and to. It only cuts text into lines: words are annotated
// when Runs asks for their line.
func Convert(c Converter, from, to, text string) *Conversion {
	cv := &Conversion{From: from, To: to, conv: c}
	for text != "" {
		i := strings.IndexAny(text, "\n\r")
		if i < 0 {
			cv.Lines = append(cv.Lines, Line{Src: text})
			break
		}
		n := 1
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			n = 2
		}
		cv.Lines = append(cv.Lines, Line{Src: text[:i], End: text[i : i+n]})
		text = text[i+n:]
	}
	return cv
}

// Runs returns line i converted, annotating it on first use.
func (c *Conversion) Runs(i int) []Run {
	ln := &c.Lines[i]
	if ln.done {
		return ln.runs
	}
	ln.done = true
	var sure strings.Builder
	flush := func() {
		if sure.Len() > 0 {
			ln.runs = append(ln.runs, Run{Text: sure.String()})
			sure.Reset()
		}
	}
	var toks = c.annotate(ln.Src)
	for _, t := range toks {
		if t.Kind == segment.Word && !t.Sure && len(t.Alternatives) > 0 {
			flush()
			alts := append([]string{t.Out}, t.Alternatives...)
			ln.runs = append(ln.runs, Run{Text: t.Out, In: t.In, Why: t.Why, Alternatives: alts})
			c.unsure++
			continue
		}
		sure.WriteString(t.Out)
	}
	flush()
	return ln.runs
}

func (c *Conversion) annotate(s string) []tokenOut {
	if c.conv == nil {
		return []tokenOut{{Out: s, Sure: true}}
	}
	toks := c.conv.Annotate(s)
	out := make([]tokenOut, len(toks))
	for i, t := range toks {
		out[i] = tokenOut{Kind: t.Kind, In: t.In, Out: t.Out, Sure: t.Sure, Why: t.Why, Alternatives: t.Alternatives}
	}
	return out
}

type tokenOut struct {
	Kind         segment.Kind
	In, Out, Why string
	Sure         bool
	Alternatives []string
}

// Done reports whether line i has been annotated.
func (c *Conversion) Done(i int) bool { return c.Lines[i].done }

// Unsure returns the number of unsure words in the lines annotated so far.
func (c *Conversion) Unsure() int { return c.unsure }

// Choose sets the spelling of the unsure word that is run r of line i to
// one of its alternatives, and reports whether it was one.
func (c *Conversion) Choose(i, r int, spelling string) bool {
	if i < 0 || i >= len(c.Lines) || !c.Lines[i].done || r < 0 || r >= len(c.Lines[i].runs) {
		return false
	}
	run := &c.Lines[i].runs[r]
	for _, a := range run.Alternatives {
		if a == spelling {
			run.Text = spelling
			return true
		}
	}
	return false
}

// Text returns the converted text with the chosen spellings. Lines not yet
// annotated are converted in one go, without annotations.
func (c *Conversion) Text() string {
	var b strings.Builder
	for i := 0; i < len(c.Lines); {
		if !c.Lines[i].done {
			j := i
			for j < len(c.Lines) && !c.Lines[j].done {
				j++
			}
			var src strings.Builder
			for _, ln := range c.Lines[i:j] {
				src.WriteString(ln.Src)
				src.WriteString(ln.End)
			}
			if c.conv != nil {
				b.WriteString(c.conv.String(src.String()))
			} else {
				b.WriteString(src.String())
			}
			i = j
			continue
		}
		for _, r := range c.Lines[i].runs {
			b.WriteString(r.Text)
		}
		b.WriteString(c.Lines[i].End)
		i++
	}
	return b.String()
}

// HTMLText returns html without its tags, comments, scripts and styles:
// enough text to tell which script a page is written in (the demo page
// converts a whole HTML file with package markup).
func HTMLText(html string) string {
	var b strings.Builder
	for html != "" {
		i := strings.IndexByte(html, '<')
		if i < 0 {
			b.WriteString(html)
			break
		}
		b.WriteString(html[:i])
		b.WriteByte(' ')
		html = html[i:]
		end := ">"
		switch lower := strings.ToLower(html[:min(len(html), 8)]); {
		case strings.HasPrefix(lower, "<!--"):
			end = "-->"
		case strings.HasPrefix(lower, "<script"):
			end = "</script>"
		case strings.HasPrefix(lower, "<style"):
			end = "</style>"
		}
		j := strings.Index(strings.ToLower(html), end)
		if j < 0 {
			break
		}
		html = html[j+len(end):]
	}
	return b.String()
}
