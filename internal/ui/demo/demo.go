package demo

import (
	"github.com/yozuv/yozuv/internal/ui"

	"strings"

	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/detect"
	"github.com/yozuv/yozuv/internal/reader"
	"github.com/yozuv/yozuv/internal/translit"
)

// Services are what the demo needs from the browser and from packages the
// news module does not carry. The wasm package provides them.
type Services struct {
	// Copy puts text on the clipboard and reports whether it could.
	Copy func(text string, done func(ok bool))
	// Download offers text as a file.
	Download func(name, mime, text string)
	// OpenFile reads the file chosen in the file input e came from.
	OpenFile func(e *vecty.Event, done func(name, text string))
	// ConvertHTML converts the text of an HTML document, keeping its markup.
	ConvertHTML func(t *translit.Transliterator, src string) (string, error)
	// Later runs f at the next animation frame, after pending renders.
	Later func(f func())
	// After runs f after ms milliseconds.
	After func(ms int, f func())
}

// Chunk is about how many bytes of text are converted and drawn per
// animation frame once the first screenful is shown.
const Chunk = 8 << 10

// Demo is the demo page's root component. It renders a <div class="demo">.
type Demo struct {
	vecty.Core

	UI       string             `vecty:"prop"` // the script of the labels
	Text     string             `vecty:"prop"` // the text to start with
	Svc      *Services          `vecty:"prop"`
	Glossary *translit.Glossary `vecty:"prop"`

	name    string // the file opened, "" for typed text
	html    bool   // convert as HTML, keeping the markup
	from    string // the source script chosen, "" to detect it
	source  string // the source script in use
	apos    translit.Apostrophe
	conv    *reader.Conversion
	htmlOut string
	err     string
	limit   int
	vers    map[int]int
	gen     int // edits so far, for the debounce
	ver     int // replacements of the text by the demo itself
	status  string
	out     *Output
	choice  *Choice
	convs   map[string]*translit.Transliterator
	started bool
}

// Copy returns a copy of the demo without its vecty.Core.
func (d *Demo) Copy() vecty.Component {
	c := *d
	c.Core = vecty.Core{}
	return &c
}

// Render draws the toolbar, the text box and the result.
func (d *Demo) Render() vecty.ComponentOrHTML {
	if !d.started {
		d.started = true
		d.choice = &Choice{Line: -1, OnPick: d.pick}
		d.out = &Output{Choice: d.choice, OnOpen: d.openChoice}
		d.convert()
	}
	l := say(d.UI)
	d.choice.UI = d.UI
	d.out.Conv, d.out.Limit, d.out.Vers, d.out.HTML, d.out.Error, d.out.UI = d.conv, d.limit, d.vers, d.htmlOut, d.err, d.UI
	return ui.H("div", []string{"class", "demo"},
		&Bar{UI: d.UI, From: d.from, Source: d.source, Apos: d.apos, HTML: d.html, Status: d.status,
			OnFrom: d.setFrom, OnSwap: d.swap, OnApos: d.setApos, OnHTML: d.setHTML,
			OnCopy: d.copy, OnDownload: d.download, OnFile: d.open},
		ui.H("div", []string{"class", "panes"},
			ui.H("label", []string{"class", "pane"},
				ui.H("span", []string{"class", "head"}, vecty.Text(l.source+" · "+name(d.source))),
				&Editor{Text: d.Text, Ver: d.ver, Lang: d.source, Placeholder: l.empty, OnInput: d.onInput}),
			ui.H("div", []string{"class", "pane"},
				ui.H("span", []string{"class", "head"}, vecty.Text(l.result+" · "+name(reader.Other(d.source)))),
				d.out)),
	)
}

// onInput follows the typing. A short text is converted at once; a long
// one (a paste) is read from the box and converted once the typing pauses.
func (d *Demo) onInput(e *vecty.Event) {
	d.name = ""
	d.gen++
	gen, box := d.gen, e.Target
	if box.Get("textLength").Int() > 50_000 {
		d.Svc.After(150, func() {
			if gen == d.gen {
				d.Text = box.Get("value").String()
				d.convert()
				vecty.Rerender(d)
			}
		})
		return
	}
	d.Text = box.Get("value").String()
	d.Svc.After(0, func() {
		if gen == d.gen {
			d.convert()
			vecty.Rerender(d)
		}
	})
}

// converter returns the converter between two scripts with the chosen
// apostrophe style, made once.
func (d *Demo) converter(from, to string) (*translit.Transliterator, error) {
	key := from + to + d.apos.String()
	if t := d.convs[key]; t != nil {
		return t, nil
	}
	t, err := translit.New(from, to, translit.Options{Apostrophe: d.apos, Glossary: d.Glossary})
	if err != nil {
		return nil, err
	}
	if d.convs == nil {
		d.convs = map[string]*translit.Transliterator{}
	}
	d.convs[key] = t
	return t, nil
}

// convert converts the text and draws the first screenful; the rest is
// drawn a chunk per frame.
func (d *Demo) convert() {
	d.source = d.from
	if d.source == "" {
		text := d.Text
		if d.html {
			text = reader.HTMLText(text)
		}
		d.source = detect.Script(text)
		if d.source == "" {
			d.source = reader.Cyrl
		}
	}
	d.conv, d.htmlOut, d.err, d.status = nil, "", "", ""
	d.vers = map[int]int{}
	d.choice.Line = -1
	t, err := d.converter(d.source, reader.Other(d.source))
	if err != nil {
		d.err = err.Error()
		return
	}
	if d.html {
		if d.htmlOut, err = d.Svc.ConvertHTML(t, d.Text); err != nil {
			d.err = err.Error()
		}
		return
	}
	d.conv = reader.Convert(t, d.source, reader.Other(d.source), d.Text)
	d.limit = 0
	d.grow(d.conv)
}

// grow draws the next chunk of lines of c, and asks for the next frame
// while lines remain.
func (d *Demo) grow(c *reader.Conversion) {
	if c != d.conv {
		return // the text changed since
	}
	n := 0
	for d.limit < len(c.Lines) && (n == 0 || n+len(c.Lines[d.limit].Src) <= Chunk) {
		n += len(c.Lines[d.limit].Src) + 1
		d.limit++
	}
	if d.limit < len(c.Lines) {
		d.Svc.Later(func() {
			d.grow(c)
			d.out.Limit = d.limit
			vecty.Rerender(d.out)
		})
	}
}

// Reset forgets the converters made so far (after the glossary changed)
// and converts the text again.
func (d *Demo) Reset() {
	d.convs = nil
	if d.started {
		d.convert()
	}
}

func (d *Demo) result() string {
	if d.conv != nil {
		return d.conv.Text()
	}
	return d.htmlOut
}

func (d *Demo) setFrom(from string) {
	d.from = from
	d.convert()
	vecty.Rerender(d)
}

// swap puts the result in the text box and converts it back.
func (d *Demo) swap() {
	d.Text = d.result()
	d.ver++
	d.from = reader.Other(d.source)
	d.convert()
	vecty.Rerender(d)
}

func (d *Demo) setApos(a translit.Apostrophe) {
	d.apos = a
	d.convert()
	vecty.Rerender(d)
}

func (d *Demo) setHTML(on bool) {
	d.html = on
	d.convert()
	vecty.Rerender(d)
}

func (d *Demo) copy() {
	d.Svc.Copy(d.result(), func(ok bool) {
		d.status = say(d.UI).copied
		if !ok {
			d.status = say(d.UI).noCopy
		}
		vecty.Rerender(d)
	})
}

// download offers the result as a file named after the one opened, with
// the target script's tag: article.uz-Latn.txt.
func (d *Demo) download() {
	base, ext, mime := "yozuv", ".txt", "text/plain"
	if d.name != "" {
		base = d.name
		if i := strings.LastIndexByte(base, '.'); i > 0 {
			base = base[:i]
		}
	}
	if d.html {
		ext, mime = ".html", "text/html"
	}
	d.Svc.Download(base+"."+reader.Other(d.source)+ext, mime, d.result())
}

// open reads a .txt or .html file into the text box.
func (d *Demo) open(e *vecty.Event) {
	d.Svc.OpenFile(e, func(name, text string) {
		lower := strings.ToLower(name)
		d.name, d.Text, d.from = name, text, ""
		d.ver++
		d.html = strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm")
		d.convert()
		vecty.Rerender(d)
	})
}

// openChoice opens the spellings of the unsure word at run of line, next
// to the button e came from.
func (d *Demo) openChoice(line, run int, e *vecty.Event) {
	b, box := e.Target.Call("getBoundingClientRect"), e.Value.Get("currentTarget").Call("getBoundingClientRect")
	d.choice.Conv, d.choice.Line, d.choice.Run = d.conv, line, run
	d.choice.X = int(b.Get("left").Float() - box.Get("left").Float())
	d.choice.Y = int(b.Get("bottom").Float()-box.Get("top").Float()) + 2
	vecty.Rerender(d.choice)
	if d.Svc.Later != nil {
		root := e.Value.Get("currentTarget")
		d.Svc.Later(func() {
			if b := root.Call("querySelector", `.choice [aria-selected="true"]`); b.Truthy() {
				b.Call("focus")
			}
		})
	}
}

// pick sets the spelling of the open word and closes the choice.
func (d *Demo) pick(spelling string) {
	if d.conv.Choose(d.choice.Line, d.choice.Run, spelling) {
		d.vers[d.choice.Line]++
	}
	d.choice.Line = -1
	vecty.Rerender(d.out)
}
