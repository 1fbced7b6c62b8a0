package markup

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/yozuv/yozuv/internal/segment"
	"github.com/yozuv/yozuv/internal/translit"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Scope selects the parts of a document that Convert converts.
type Scope uint8

// Scopes.
const (
	// ScopeAuto converts the elements marked data-yozuv-scope if the
	// document has any, else the whole document.
	ScopeAuto Scope = iota
	// ScopeDocument converts the whole document.
	ScopeDocument
	// ScopeMarked converts only the elements marked data-yozuv-scope (and
	// the title and meta descriptions).
	ScopeMarked
)

// Options configure Convert.
type Options struct {
	// Lang is the BCP 47 tag written to the lang attribute of <html> (of
	// the outermost marked elements when only those are in scope). Its
	// script subtag replaces the script of Uzbek lang attributes on
	// converted elements. Empty means the transliterator's target.
	Lang string

	// Scope selects what is converted; the zero value is ScopeAuto.
	Scope Scope

	// Links, if not nil, is called for every URL of <a href>, <area href>,
	// <form action>, <base href>, <link href> and
	// <meta property="og:url" content>, wherever it stands, and returns the
	// URL to write in its place. For a <link>, keep false drops the element.
	Links func(Link) (url string, keep bool)

	// Head, if not nil, is called once where the document's head ends:
	// before </head>, else before the first tag or text that belongs to the
	// body, else at the end. What it returns is written there as is.
	Head func() string
}

// Link describes a URL found in a document, for Options.Links.
type Link struct {
	Tag      string // a, area, form, base, link or meta
	Rel      string // the rel attribute; for meta, its property (og:url)
	Hreflang string // the hreflang attribute
	URL      string // the URL, with character references decoded
}

// Sizes of a pending block (bytes of raw markup plus text) at which it is
// converted before its end: at the next white space past flushSoft, and
// wherever it stands past flushHard.
const (
	flushSoft = 64 << 10
	flushHard = 256 << 10
)

// errSeparators reports a converter that did not keep the separators of
// its input.
var errSeparators = errors.New("markup: the converter changed the number of U+001F separators")

// Convert reads an HTML document or fragment from r and writes it to w with
// the text converted by t. Markup outside the converted text comes out byte
// for byte; see the package documentation for what is converted. Convert
// streams: it holds one block of text at a time, not the document.
func Convert(w io.Writer, r io.Reader, t *translit.Transliterator, opts Options) error {
	if opts.Lang == "" {
		opts.Lang = t.To()
	}
	marked := opts.Scope == ScopeMarked
	if opts.Scope == ScopeAuto {
		var err error
		if marked, r, err = markedScope(r); err != nil {
			return err
		}
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	c := &converter{
		t:      t,
		opts:   opts,
		script: scriptOf(opts.Lang),
		marked: marked,
		w:      bw,
		z:      html.NewTokenizer(r),
	}
	if err := c.run(); err != nil {
		bw.Flush()
		return err
	}
	return bw.Flush()
}

// elem is an open element and what may be done to its content.
type elem struct {
	name    string
	skip    bool // neither text nor attributes are touched, here and below
	keep    bool // the content is not converted (skip, or code, pre, …)
	scope   bool // inside the conversion scope
	foreign bool // inside SVG or MathML
}

// item is a token of the pending block: its raw bytes, and for text to
// convert, its text in c.text.
type item struct {
	r0, r1 int
	t0, t1 int
	conv   bool
}

type converter struct {
	t      *translit.Transliterator
	opts   Options
	script string
	marked bool
	w      *bufio.Writer
	z      *html.Tokenizer
	stack  []elem

	items []item
	raw   []byte // raw bytes of the pending items
	text  []byte // text of the pending convertible items, joined by U+001F
	nconv int
	out   []byte // converted text
	tag   []byte // a rewritten tag or escaped text
	cur   []byte // the raw bytes of the current token

	keys     []string // attribute names of the current tag
	vals     [][]byte // their values, valid until the next token
	edits    []edit
	headDone bool
	err      error
}

func (c *converter) run() error {
	for {
		tt := c.z.Next()
		switch tt {
		case html.ErrorToken:
			if err := c.z.Err(); err != io.EOF {
				return err
			}
			// A tag cut short by the end of input is kept as it was.
			c.markup(c.z.Raw())
			c.flush()
			if c.opts.Head != nil && !c.headDone {
				c.head()
			}
			return c.err
		case html.TextToken:
			c.textToken()
		case html.StartTagToken, html.SelfClosingTagToken:
			c.startTag(tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			c.endTag()
		default: // comments, doctypes
			c.markup(c.z.Raw())
		}
		if c.err != nil {
			return c.err
		}
	}
}

func (c *converter) top() elem {
	if len(c.stack) == 0 {
		return elem{scope: !c.marked}
	}
	return c.stack[len(c.stack)-1]
}

// head writes what Options.Head returns, once.
func (c *converter) head() {
	c.headDone = true
	c.flush()
	c.write([]byte(c.opts.Head()))
}

func (c *converter) write(b []byte) {
	if c.err == nil {
		_, c.err = c.w.Write(b)
	}
}

// markup queues or writes bytes that are not converted.
func (c *converter) markup(raw []byte) {
	if len(raw) == 0 {
		return
	}
	if c.nconv == 0 {
		c.write(raw)
		return
	}
	r0 := len(c.raw)
	c.raw = append(c.raw, raw...)
	c.items = append(c.items, item{r0: r0, r1: len(c.raw)})
	if len(c.raw)+len(c.text) > flushHard {
		c.flush()
	}
}

func (c *converter) textToken() {
	c.cur = append(c.cur[:0], c.z.Raw()...)
	parent := c.top()
	if c.opts.Head != nil && !c.headDone && (parent.name == "" || parent.name == "html" || parent.name == "head") {
		if len(bytes.TrimLeft(c.cur, " \t\r\n\f")) > 0 {
			c.head()
		}
	}
	if !parent.scope || parent.keep {
		c.markup(c.cur)
		return
	}
	txt := c.z.Text()
	if bytes.IndexByte(txt, segment.Inline) >= 0 || bytes.IndexByte(txt, segment.Block) >= 0 {
		// Separators inside the text itself: convert this node alone.
		c.flush()
		c.out = c.t.Append(c.out[:0], txt)
		if bytes.Equal(c.out, txt) {
			c.write(c.cur)
		} else {
			c.writeText(c.out)
		}
		return
	}
	if c.nconv > 0 {
		c.text = append(c.text, segment.Inline)
	}
	r0, t0 := len(c.raw), len(c.text)
	c.raw = append(c.raw, c.cur...)
	c.text = append(c.text, txt...)
	c.items = append(c.items, item{r0: r0, r1: len(c.raw), t0: t0, t1: len(c.text), conv: true})
	c.nconv++
	if n := len(c.raw) + len(c.text); n > flushHard || n > flushSoft && len(txt) > 0 && isSpace(txt[len(txt)-1]) {
		c.flush()
	}
}

// flush converts the pending block and writes it.
func (c *converter) flush() {
	if c.nconv == 0 {
		for _, it := range c.items {
			c.write(c.raw[it.r0:it.r1])
		}
		c.reset()
		return
	}
	c.out = c.t.Append(c.out[:0], c.text)
	rest := c.out
	n := 0
	for _, it := range c.items {
		if !it.conv {
			c.write(c.raw[it.r0:it.r1])
			continue
		}
		n++
		var got []byte
		i := bytes.IndexByte(rest, segment.Inline)
		switch {
		case n < c.nconv && i < 0, n == c.nconv && i >= 0:
			if c.err == nil {
				c.err = errSeparators
			}
			c.reset()
			return
		case i < 0:
			got, rest = rest, nil
		default:
			got, rest = rest[:i], rest[i+1:]
		}
		if bytes.Equal(got, c.text[it.t0:it.t1]) {
			c.write(c.raw[it.r0:it.r1])
		} else {
			c.writeText(got)
		}
	}
	c.reset()
}

func (c *converter) reset() {
	c.items = c.items[:0]
	c.raw = c.raw[:0]
	c.text = c.text[:0]
	c.nconv = 0
}

// writeText writes converted text with &, < and > escaped.
func (c *converter) writeText(s []byte) {
	c.tag = appendEscaped(c.tag[:0], s, 0)
	c.write(c.tag)
}

func (c *converter) endTag() {
	c.cur = append(c.cur[:0], c.z.Raw()...)
	n := tagName(c.cur[2:])
	if n == "head" && c.opts.Head != nil && !c.headDone {
		c.head()
	}
	if !inline[n] {
		c.flush()
	}
	c.markup(c.cur)
	if i := c.find(n, nil); i >= 0 {
		c.popTo(i)
	}
}

func (c *converter) startTag(selfClosing bool) {
	c.cur = append(c.cur[:0], c.z.Raw()...)
	name := tagName(c.cur[1:])
	c.keys, c.vals = c.keys[:0], c.vals[:0]
	for {
		k, v, more := c.z.TagAttr()
		if k == nil {
			break
		}
		c.keys = append(c.keys, intern(k))
		c.vals = append(c.vals, v)
		if !more {
			break
		}
	}
	if c.opts.Head != nil && !c.headDone && (name == "body" || !headContent[name]) {
		c.head()
	}
	c.implyEnd(name)
	parent := c.top()
	e := elem{name: name, foreign: parent.foreign || name == "svg" || name == "math"}
	lang, hasLang := c.attr("lang")
	e.skip = parent.skip || parent.keep || c.excluded(lang, hasLang)
	e.keep = e.skip || keepContent[name]
	marked := c.attrIndex("data-yozuv-scope") >= 0
	e.scope = parent.scope || c.marked && marked || name == "title"
	scopeRoot := c.marked && !parent.scope && marked

	c.edits = c.edits[:0]
	addLang := ""
	keep := true
	if (e.scope || name == "meta") && !e.skip {
		for i, k := range c.keys {
			if translated[k] || name == "meta" && k == "content" && c.seoMeta() {
				c.out = c.t.Append(c.out[:0], c.vals[i])
				if !bytes.Equal(c.out, c.vals[i]) {
					c.edits = append(c.edits, edit{i, string(c.out)})
				}
			}
		}
	}
	if (name == "html" && !c.marked || scopeRoot) && !e.skip {
		if hasLang {
			c.setLang(lang)
		} else {
			addLang = c.opts.Lang
		}
	} else if hasLang && e.scope && !e.keep && classify(lang) == langUz {
		c.setLang(lang)
	}
	if c.opts.Links != nil {
		keep = c.links(name)
	}

	if !inline[name] {
		c.flush()
	}
	switch {
	case !keep:
	case len(c.edits) > 0 || addLang != "":
		nameEnd, spans := scanTag(c.cur)
		if c.sameAttrs(c.cur, spans) {
			sortEdits(c.edits)
			c.tag = rewriteTag(c.tag[:0], c.cur, nameEnd, spans, c.edits, addLang)
			c.markup(c.tag)
			break
		}
		c.markup(c.cur)
	default:
		c.markup(c.cur)
	}
	if !void[name] && !(selfClosing && e.foreign) {
		c.stack = append(c.stack, e)
	}
}

// attr returns the value of the current tag's attribute named key.
func (c *converter) attr(key string) (string, bool) {
	if i := c.attrIndex(key); i >= 0 {
		return string(c.vals[i]), true
	}
	return "", false
}

// attrIndex returns the index of the current tag's attribute named key,
// or -1.
func (c *converter) attrIndex(key string) int {
	for i, k := range c.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// tagName returns the lower-case name at the start of the raw text of a
// tag (after its < or </), read as the tokenizer reads it.
func tagName(raw []byte) string {
	var buf [24]byte
	n := 0
	for _, c := range raw {
		if isSpace(c) || c == '/' || c == '>' {
			break
		}
		if c == 0 || c >= 0x80 || n == len(buf) {
			return slowTagName(raw)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return intern(buf[:n])
}

func slowTagName(raw []byte) string {
	end := bytes.IndexFunc(raw, func(r rune) bool { return r < 0x80 && (isSpace(byte(r)) || r == '/' || r == '>') })
	if end < 0 {
		end = len(raw)
	}
	name := bytes.ReplaceAll(raw[:end], []byte{0}, []byte("\ufffd"))
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			name[i] = c + 'a' - 'A'
		}
	}
	return string(name)
}

// intern returns b as a string, without allocating for the names of
// elements and attributes that HTML defines.
func intern(b []byte) string {
	if a := atom.Lookup(b); a != 0 {
		return a.String()
	}
	return string(b)
}

// excluded reports whether the current tag's attributes shut its subtree
// off from conversion.
func (c *converter) excluded(lang string, hasLang bool) bool {
	if i := c.attrIndex("translate"); i >= 0 && bytes.EqualFold(bytes.TrimSpace(c.vals[i]), []byte("no")) {
		return true
	}
	if c.attrIndex("data-yozuv-skip") >= 0 || c.attrIndex("contenteditable") >= 0 {
		return true
	}
	if i := c.attrIndex("class"); i >= 0 && hasClass(c.vals[i], "notranslate") {
		return true
	}
	return hasLang && classify(lang) == langOther
}

// hasClass reports whether a class attribute lists name.
func hasClass(list []byte, name string) bool {
	for len(list) > 0 {
		i := bytes.Index(list, []byte(name))
		if i < 0 {
			return false
		}
		end := i + len(name)
		if (i == 0 || isSpace(list[i-1])) && (end == len(list) || isSpace(list[end])) {
			return true
		}
		list = list[end:]
	}
	return false
}

// seoMeta reports whether the current <meta> has a name or property whose
// content is converted.
func (c *converter) seoMeta() bool {
	for _, k := range [...]string{"name", "property"} {
		if v, ok := c.attr(k); ok && metaNames[strings.ToLower(strings.TrimSpace(v))] {
			return true
		}
	}
	return false
}

// setLang queues the rewrite of the current tag's lang attribute for the
// target script.
func (c *converter) setLang(lang string) {
	v := c.opts.Lang
	if classify(lang) == langUz {
		v = retag(lang, c.script, c.opts.Lang)
	}
	if v == lang {
		return
	}
	for i, k := range c.keys {
		if k == "lang" {
			c.edits = append(c.edits, edit{i, v})
		}
	}
}

// links passes the current tag's URLs to Options.Links and queues the
// rewrites. It returns false if the element is to be dropped.
func (c *converter) links(name string) bool {
	key := ""
	switch name {
	case "a", "area", "base", "link":
		key = "href"
	case "form":
		key = "action"
	case "meta":
		if p, _ := c.attr("property"); strings.EqualFold(strings.TrimSpace(p), "og:url") {
			key = "content"
		}
	}
	if key == "" {
		return true
	}
	for i, k := range c.keys {
		if k != key {
			continue
		}
		l := Link{Tag: name, URL: string(c.vals[i])}
		l.Rel, _ = c.attr("rel")
		l.Hreflang, _ = c.attr("hreflang")
		if name == "meta" {
			l.Rel, _ = c.attr("property")
		}
		u, keep := c.opts.Links(l)
		if !keep && name == "link" {
			return false
		}
		if u != l.URL {
			c.edits = append(c.edits, edit{i, u})
		}
	}
	return true
}

// sameAttrs reports whether scanTag found the attributes the tokenizer
// reported, so that edits land where they should.
func (c *converter) sameAttrs(raw []byte, spans []attrSpan) bool {
	if len(spans) != len(c.keys) {
		return false
	}
	for i, a := range spans {
		if !bytes.EqualFold(raw[a.k0:a.k1], []byte(c.keys[i])) {
			return false
		}
	}
	return true
}

func sortEdits(e []edit) {
	for i := 1; i < len(e); i++ {
		for j := i; j > 0 && e[j].i < e[j-1].i; j-- {
			e[j], e[j-1] = e[j-1], e[j]
		}
	}
}
