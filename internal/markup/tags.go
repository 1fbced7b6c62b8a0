package markup

// inline lists the phrasing elements across which a word may continue.
// Every other element, and <br>, ends a block of text.
var inline = set("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code",
	"data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q",
	"rb", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strike", "strong",
	"sub", "sup", "time", "tt", "u", "var", "wbr")

// keepContent lists the elements whose content is never converted,
// although their own attributes are.
var keepContent = set("code", "pre", "kbd", "samp", "script", "style", "textarea", "input",
	"select", "listing", "noscript", "iframe", "noembed", "noframes", "xmp", "plaintext",
	"template", "math")

// void lists the elements that have no end tag.
var void = set("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
	"meta", "param", "source", "track", "wbr")

// headContent lists the elements that may appear in <head>; any other start
// tag begins the body.
var headContent = set("html", "head", "title", "meta", "link", "base", "style", "script",
	"noscript", "template", "basefont", "bgsound")

// closesP lists the start tags that close an open p element (HTML §13.2.6.4.7).
var closesP = set("address", "article", "aside", "blockquote", "center", "details", "dialog",
	"dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
	"h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
	"pre", "listing", "search", "section", "summary", "table", "ul", "li", "dd", "dt",
	"plaintext", "xmp")

// buttonScope lists the elements that bound the search for an open p
// ("has an element in button scope").
var buttonScope = set("applet", "caption", "html", "table", "td", "th", "marquee", "object",
	"template", "button", "svg", "math")

// special lists the elements that stop the search for an open li, dt or dd,
// less address, div and p, which the algorithm steps over.
var special = set("applet", "area", "article", "aside", "base", "basefont", "bgsound",
	"blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
	"details", "dir", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
	"form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
	"hgroup", "hr", "html", "iframe", "img", "input", "li", "link", "listing", "main",
	"marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol",
	"param", "plaintext", "pre", "script", "search", "section", "select", "source",
	"style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
	"thead", "title", "tr", "track", "ul", "wbr", "xmp")

// translated lists the attributes converted on every element in scope.
var translated = set("title", "alt", "placeholder", "aria-label")

// metaNames lists the <meta> names and properties whose content is converted.
var metaNames = set("description", "og:title", "og:description", "twitter:title",
	"twitter:description")

var (
	tableScope = set("table", "template", "html")
	rowScope   = set("tr", "table", "template", "html")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// implyEnd pops the elements that a start tag named name closes, following
// the "in body" insertion mode of the HTML parsing algorithm.
func (c *converter) implyEnd(name string) {
	top := func() string {
		if len(c.stack) == 0 {
			return ""
		}
		return c.stack[len(c.stack)-1].name
	}
	if top() == "head" && !headContent[name] {
		c.popTo(len(c.stack) - 1)
	}
	if c.foreign() {
		return
	}
	if closesP[name] {
		if i := c.find("p", buttonScope); i >= 0 {
			c.popTo(i)
		}
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		switch top() {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			c.popTo(len(c.stack) - 1)
		}
	case "li":
		c.closeListItem("li")
	case "dd", "dt":
		c.closeListItem("dd", "dt")
	case "option":
		if top() == "option" {
			c.popTo(len(c.stack) - 1)
		}
	case "optgroup":
		if top() == "option" {
			c.popTo(len(c.stack) - 1)
		}
		if top() == "optgroup" {
			c.popTo(len(c.stack) - 1)
		}
	case "tr":
		if i := c.find("tr", tableScope); i >= 0 {
			c.popTo(i)
		}
	case "td", "th":
		for _, cell := range [...]string{"td", "th"} {
			if i := c.find(cell, rowScope); i >= 0 {
				c.popTo(i)
			}
		}
	case "thead", "tbody", "tfoot", "caption", "colgroup":
		for _, sect := range [...]string{"thead", "tbody", "tfoot", "caption", "colgroup"} {
			if i := c.find(sect, tableScope); i >= 0 {
				c.popTo(i)
			}
		}
	case "rb", "rtc", "rt", "rp":
		switch top() {
		case "rb", "rt", "rp":
			c.popTo(len(c.stack) - 1)
		}
	case "body":
		if i := c.find("head", nil); i >= 0 {
			c.popTo(i)
		}
	}
}

// closeListItem pops an open element named one of names unless a special
// element other than address, div or p stands above it.
func (c *converter) closeListItem(names ...string) {
	for i := len(c.stack) - 1; i >= 0; i-- {
		n := c.stack[i].name
		for _, want := range names {
			if n == want {
				c.popTo(i)
				return
			}
		}
		if special[n] && n != "address" && n != "div" && n != "p" {
			return
		}
	}
}

// find returns the index of the innermost open element named name, or -1
// if there is none or an element in bounds stands above it.
func (c *converter) find(name string, bounds map[string]bool) int {
	for i := len(c.stack) - 1; i >= 0; i-- {
		n := c.stack[i].name
		if n == name {
			return i
		}
		if bounds[n] {
			return -1
		}
	}
	return -1
}

// popTo closes the element at index i and everything opened after it.
func (c *converter) popTo(i int) { c.stack = c.stack[:i] }

// foreign reports whether the current node is inside SVG or MathML.
func (c *converter) foreign() bool {
	return len(c.stack) > 0 && c.stack[len(c.stack)-1].foreign
}
