package markup

import (
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/net/html"

	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

func newT(tb testing.TB, from, to string) *translit.Transliterator {
	tb.Helper()
	t, err := translit.New(from, to, translit.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func convert(tb testing.TB, in string, opts Options) string {
	tb.Helper()
	var b strings.Builder
	if err := Convert(&b, strings.NewReader(in), newT(tb, "uz-Cyrl", "uz-Latn"), opts); err != nil {
		tb.Fatalf("Convert(%q): %v", in, err)
	}
	return b.String()
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text", `<p>Салом, дунё!</p>`, `<p>Salom, dunyo!</p>`},
		{"fragment without tags", "Салом", "Salom"},
		{"empty", "", ""},
		{"word across inline markup", `<p>Ли<b>цей</b></p>`, `<p>Li<b>tsey</b></p>`},
		{"word across a comment", `<p>Ли<!-- x -->цей</p>`, `<p>Li<!-- x -->tsey</p>`},
		{"word across nested inline markup", `<p><a href="/x">Ли<em><span>цей</span></em></a></p>`, `<p><a href="/x">Li<em><span>tsey</span></em></a></p>`},
		{"block boundary breaks words", `<p>Ли</p><p>цей</p>`, `<p>Li</p><p>sey</p>`},
		{"br breaks words", `<p>Ли<br>цей</p>`, `<p>Li<br>sey</p>`},
		{"div breaks words", `<div>Ли<div>цей</div></div>`, `<div>Li<div>sey</div></div>`},
		{"markup bytes kept", "<DIV  CLASS='a'\tdata-x=1 >Салом<!-- Қ --></DIV >\r\n",
			"<DIV  CLASS='a'\tdata-x=1 >Salom<!-- Қ --></DIV >\r\n"},
		{"doctype and comments kept", "<!DOCTYPE html>\n<!--[if IE]>Қ<![endif]--><p>Қ</p>", "<!DOCTYPE html>\n<!--[if IE]>Қ<![endif]--><p>Q</p>"},
		{"entities in untouched text kept", `<p>a &amp; b &#x41; &nbsp;</p>`, `<p>a &amp; b &#x41; &nbsp;</p>`},
		{"entities in converted text decoded", `<p>Салом &amp; &#1179;&nbsp;&lt;б&gt;</p>`, "<p>Salom &amp; q\u00a0&lt;b&gt;</p>"},
		{"CRLF kept in untouched text", "<p>a\r\nb</p>", "<p>a\r\nb</p>"},
		{"invalid UTF-8 kept", "<p>a\xffb</p>", "<p>a\xffb</p>"},
		{"title", `<title>Янгиликлар &amp; Хабарлар</title>`, `<title>Yangiliklar &amp; Xabarlar</title>`},

		{"translate=no", `<p translate="no">Қ</p><p>Қ</p>`, `<p translate="no">Қ</p><p>Q</p>`},
		{"translate=NO", `<p translate=NO>Қ</p>`, `<p translate=NO>Қ</p>`},
		{"translate=yes inside no stays", `<div translate="no"><p translate="yes">Қ</p></div>`, `<div translate="no"><p translate="yes">Қ</p></div>`},
		{"notranslate", `<span class="x notranslate">Қ</span> Қ`, `<span class="x notranslate">Қ</span> Q`},
		{"data-yozuv-skip", `<div data-yozuv-skip><p title="Қ">Қ</p></div>`, `<div data-yozuv-skip><p title="Қ">Қ</p></div>`},
		{"contenteditable", `<div contenteditable="false">Қ</div>`, `<div contenteditable="false">Қ</div>`},
		{"code pre kbd samp", `<code>Қ</code><pre>Қ<b>Қ</b></pre><kbd>Қ</kbd><samp>Қ</samp>Қ`, `<code>Қ</code><pre>Қ<b>Қ</b></pre><kbd>Қ</kbd><samp>Қ</samp>Q`},
		{"script and style", `<script>var a = "Қ";</script><style>p::after{content:"Қ"}</style>`, `<script>var a = "Қ";</script><style>p::after{content:"Қ"}</style>`},
		{"textarea keeps content, converts placeholder", `<textarea placeholder="Изоҳ">Қ</textarea>`, `<textarea placeholder="Izoh">Қ</textarea>`},
		{"input placeholder", `<input type=text placeholder='Қидирув' value="Қ">`, `<input type=text placeholder='Qidiruv' value="Қ">`},
		{"select", `<select><option>Қ<option>Қ</select>Қ`, `<select><option>Қ<option>Қ</select>Q`},
		{"noscript", `<noscript><img alt="Қ">Қ</noscript>`, `<noscript><img alt="Қ">Қ</noscript>`},
		{"lang ru", `<blockquote lang="ru">Привет <b title="Мир">мир</b></blockquote>`, `<blockquote lang="ru">Привет <b title="Мир">мир</b></blockquote>`},
		{"lang en", `<span lang=en-GB>Қ</span>`, `<span lang=en-GB>Қ</span>`},
		{"lang uz-Arab", `<p lang="uz-Arab">Қ</p>`, `<p lang="uz-Arab">Қ</p>`},
		{"upper-case lang RU", `<P LANG="RU">Қ</P>`, `<P LANG="RU">Қ</P>`},

		{"attributes", `<img src="a.jpg" alt="Расм" title='Сарлавҳа' data-x="Қ" class="Қ"><a aria-label=Ҳавола>Қ</a>`,
			`<img src="a.jpg" alt="Rasm" title='Sarlavha' data-x="Қ" class="Қ"><a aria-label="Havola">Q</a>`},
		{"attribute escaping", `<abbr title="Қ &amp; &quot;Ғ&quot;">Қ</abbr>`, `<abbr title="Q &amp; &quot;Gʻ&quot;">Q</abbr>`},
		{"unchanged attribute kept", `<abbr title="A &amp; B">Қ</abbr>`, `<abbr title="A &amp; B">Q</abbr>`},
		{"attributes on pre converted", `<pre title="Қ">Қ</pre>`, `<pre title="Q">Қ</pre>`},
		{"meta", `<meta name="description" content="Қисқа"><meta property="og:title" content="Қ"><meta name="keywords" content="Қ">`,
			`<meta name="description" content="Qisqa"><meta property="og:title" content="Q"><meta name="keywords" content="Қ">`},

		{"html lang set", `<html lang="uz-Cyrl"><p>Қ</p></html>`, `<html lang="uz-Latn"><p>Q</p></html>`},
		{"html lang added", `<html class=x><p>Қ</p>`, `<html lang="uz-Latn" class=x><p>Q</p>`},
		{"html lang uz-Cyrl-UZ", `<HTML LANG='uz-Cyrl-UZ'>`, `<HTML LANG='uz-Latn-UZ'>`},
		{"html lang uz", `<html lang=uz>`, `<html lang="uz-Latn">`},
		{"html lang ru leaves the page", `<html lang="ru"><p>Привет</p></html>`, `<html lang="ru"><p>Привет</p></html>`},
		{"html lang empty", `<html lang>`, `<html lang="uz-Latn">`},
		{"element lang", `<p lang="uz-Cyrl">Қ</p><p lang="uz">Қ</p><p lang="uz-Latn">Қ</p>`, `<p lang="uz-Latn">Q</p><p lang="uz-Latn">Q</p><p lang="uz-Latn">Q</p>`},
		{"element lang in excluded", `<div translate="no"><p lang="uz-Cyrl">Қ</p></div>`, `<div translate="no"><p lang="uz-Cyrl">Қ</p></div>`},
		{"uz inside ru converted", `<div lang="ru">Привет <span lang="uz-Cyrl">Қ</span></div>`, `<div lang="ru">Привет <span lang="uz-Cyrl">Қ</span></div>`},

		{"implied end of p", `<p lang="ru">Привет<p>Салом</p>`, `<p lang="ru">Привет<p>Salom</p>`},
		{"implied end of p by div", `<p lang="ru">Привет<div>Салом</div>`, `<p lang="ru">Привет<div>Salom</div>`},
		{"implied end of li", `<ul><li lang="en">Hi<li>Салом</ul>`, `<ul><li lang="en">Hi<li>Salom</ul>`},
		{"implied end of td", `<table><tr><td lang="ru">Да<td>Ҳа</table>`, `<table><tr><td lang="ru">Да<td>Ha</table>`},
		{"implied end of option", `<p><select><option>Қ<option>Қ</select> Қ`, `<p><select><option>Қ<option>Қ</select> Q`},
		{"end tag closes children", `<div><code>Қ<span>Қ</div>Қ`, `<div><code>Қ<span>Қ</div>Q`},
		{"unmatched end tag ignored", `<p>Қ</span>Қ</p>`, `<p>Q</span>Q</p>`},
		{"void elements", `<p><img alt="Қ"><br/>Қ</p>`, `<p><img alt="Q"><br/>Q</p>`},
		{"svg self-closing", `<svg><path d="M0"/><text>Қ</text></svg>Қ`, `<svg><path d="M0"/><text>Q</text></svg>Q`},
		{"self-closing div opens it", `<div lang="ru"/>Да</div>Ҳа`, `<div lang="ru"/>Да</div>Ha`},

		{"separators inside text", "<p>Қ\x1fҚ<b>Қ</b></p>", "<p>Q\x1fQ<b>Q</b></p>"},
		{"tag cut off at the end", `<p>Қ</p><div cla`, `<p>Q</p><div cla`},
		{"duplicate attribute", `<img alt="Қ" alt="Ғ">`, `<img alt="Q" alt="Ғ">`},
		{"attribute without value", `<img alt title="Қ">`, `<img alt title="Q">`},
		{"equals first in name", `<img =x title="Қ">`, `<img =x title="Q">`},
		{"unquoted value before slash", `<img title=Қ/>`, `<img title="Q/">`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := convert(t, tc.in, Options{})
			if got != tc.want {
				t.Errorf("Convert(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestScope(t *testing.T) {
	tests := []struct {
		name  string
		scope Scope
		in    string
		want  string
	}{
		{"auto without marks", ScopeAuto, `<html><title>Қ</title><div>Қ</div></html>`, `<html lang="uz-Latn"><title>Q</title><div>Q</div></html>`},
		{"auto with marks", ScopeAuto,
			`<html><title>Қ</title><meta name=description content="Қ"><nav>Қ</nav><main data-yozuv-scope><p title="Қ">Қ</p><p lang="uz-Cyrl">Қ</p></main><footer>Қ</footer>`,
			`<html><title>Q</title><meta name=description content="Q"><nav>Қ</nav><main lang="uz-Latn" data-yozuv-scope><p title="Q">Q</p><p lang="uz-Latn">Q</p></main><footer>Қ</footer>`},
		{"auto with marks in upper case", ScopeAuto, `<div>Қ</div><DIV DATA-YOZUV-SCOPE LANG=uz-Cyrl>Қ</DIV>`, `<div>Қ</div><DIV DATA-YOZUV-SCOPE LANG="uz-Latn">Q</DIV>`},
		{"auto with the name only in text", ScopeAuto, `<p>data-yozuv-scope Қ</p>`, `<p>data-yozuv-scope Q</p>`},
		{"document ignores marks", ScopeDocument, `<div>Қ</div><div data-yozuv-scope>Қ</div>`, `<div>Q</div><div data-yozuv-scope>Q</div>`},
		{"marked without marks", ScopeMarked, `<div>Қ</div>`, `<div>Қ</div>`},
		{"nested marks", ScopeMarked, `<div data-yozuv-scope>Қ<p data-yozuv-scope>Қ</p></div>`, `<div lang="uz-Latn" data-yozuv-scope>Q<p data-yozuv-scope>Q</p></div>`},
		{"skipped mark", ScopeMarked, `<div data-yozuv-scope translate=no>Қ</div>`, `<div data-yozuv-scope translate=no>Қ</div>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := convert(t, tc.in, Options{Scope: tc.scope})
			if got != tc.want {
				t.Errorf("Convert(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			// A reader that cannot seek takes the other path.
			var b strings.Builder
			if err := Convert(&b, onlyReader{strings.NewReader(tc.in)}, newT(t, "uz-Cyrl", "uz-Latn"), Options{Scope: tc.scope}); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("Convert(%q) from a plain reader\n got %q\nwant %q", tc.in, b.String(), tc.want)
			}
		})
	}
}

type onlyReader struct{ r *strings.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestLatinToCyrillic(t *testing.T) {
	in := `<html lang="uz-Latn"><p title="Oʻzbekiston">Oʻz<b>bekiston</b> <span lang="en">Bekiston</span></p>`
	want := `<html lang="uz-Cyrl"><p title="Ўзбекистон">Ўз<b>бекистон</b> <span lang="en">Bekiston</span></p>`
	var b strings.Builder
	if err := Convert(&b, strings.NewReader(in), newT(t, "uz-Latn", "uz-Cyrl"), Options{}); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Errorf("Convert(%q)\n got %q\nwant %q", in, b.String(), want)
	}
}

func TestLinksAndHead(t *testing.T) {
	in := `<html><head><title>Қ</title><link rel="canonical" href="/a?x=1&amp;y=2"><link rel=alternate hreflang=ru href="/ru/a"><link rel=stylesheet href="/s.css"><meta property="og:url" content="https://site.uz/a"></head>` +
		`<body><a href="/b">Қ</a><form action="/f"></form><area href="/c"><img src="/i.png"></body></html>`
	var links []Link
	opts := Options{
		Links: func(l Link) (string, bool) {
			links = append(links, l)
			if l.Rel == "alternate" {
				return l.URL, false
			}
			if l.Rel == "stylesheet" {
				return l.URL, true
			}
			if strings.HasPrefix(l.URL, "/") {
				return "/uz-Latn" + l.URL, true
			}
			return strings.Replace(l.URL, ".uz/", ".uz/uz-Latn/", 1), true
		},
		Head: func() string { return "<!--head-->" },
	}
	got := convert(t, in, opts)
	want := `<html lang="uz-Latn"><head><title>Q</title><link rel="canonical" href="/uz-Latn/a?x=1&amp;y=2"><link rel=stylesheet href="/s.css"><meta property="og:url" content="https://site.uz/uz-Latn/a"><!--head--></head>` +
		`<body><a href="/uz-Latn/b">Q</a><form action="/uz-Latn/f"></form><area href="/uz-Latn/c"><img src="/i.png"></body></html>`
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if len(links) != 7 || links[0] != (Link{Tag: "link", Rel: "canonical", URL: "/a?x=1&y=2"}) || links[1].Hreflang != "ru" {
		t.Errorf("links = %+v", links)
	}
}

func TestHeadPlacement(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<head><title>Қ</title></head><p>Қ`, `<head><title>Q</title>|</head><p>Q`},
		{`<html><head><meta charset=utf-8><body>Қ`, `<html lang="uz-Latn"><head><meta charset=utf-8>|<body>Q`},
		{`<title>Қ</title><p>Қ`, `<title>Q</title>|<p>Q`},
		{`<title>Қ</title>  Қ`, `<title>Q</title>|  Q`},
		{`<meta charset=utf-8>`, `<meta charset=utf-8>|`},
		{``, `|`},
	}
	for _, tc := range tests {
		got := convert(t, tc.in, Options{Head: func() string { return "|" }})
		if got != tc.want {
			t.Errorf("Convert(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestLongBlock(t *testing.T) {
	// A block far beyond the flush sizes still converts every word whole.
	word := "Лицей "
	in := "<div>" + strings.Repeat("<b>"+word+"</b>", 100000) + "</div>"
	want := "<div>" + strings.Repeat("<b>Litsey </b>", 100000) + "</div>"
	if got := convert(t, in, Options{}); got != want {
		t.Errorf("long block converted wrongly (%d bytes, want %d)", len(got), len(want))
	}
}

func TestLongInlineMarkup(t *testing.T) {
	// Inline markup that is not converted does not pile up either.
	var in, want strings.Builder
	in.WriteString("<p>Лицей ")
	want.WriteString("<p>Litsey ")
	for range 50000 {
		in.WriteString(`<span translate="no">Қ</span><!-- Қ -->`)
		want.WriteString(`<span translate="no">Қ</span><!-- Қ -->`)
	}
	in.WriteString("лицей</p>")
	want.WriteString("litsey</p>")
	if got := convert(t, in.String(), Options{}); got != want.String() {
		t.Errorf("long inline markup converted wrongly")
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		tag  string
		want int
	}{
		{"", langNone}, {" ", langNone}, {"uz", langUz}, {"UZ-CYRL", langUz}, {"uz-Latn-UZ", langUz},
		{"uz-UZ", langUz}, {"uzn", langUz}, {"uz-Arab", langOther}, {"ru", langOther}, {"en-US", langOther},
		{"uzs", langOther},
	}
	for _, tc := range tests {
		if got := classify(tc.tag); got != tc.want {
			t.Errorf("classify(%q) = %d; want %d", tc.tag, got, tc.want)
		}
	}
}

func TestRetag(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"uz", "uz-Latn"}, {"uz-Cyrl", "uz-Latn"}, {"uz-cyrl-UZ", "uz-Latn-UZ"}, {"uz-UZ", "uz-Latn-UZ"},
		{"uz-Latn", "uz-Latn"}, {" uz-Cyrl ", "uz-Latn"},
	}
	for _, tc := range tests {
		if got := retag(tc.tag, "Latn", "uz-Latn"); got != tc.want {
			t.Errorf("retag(%q) = %q; want %q", tc.tag, got, tc.want)
		}
	}
}

func TestContainsFold(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"data-yozuv-scope", true}, {"<p DATA-YOZUV-SCOPE>", true}, {strings.Repeat("-", 70000) + "Data-Yozuv-Scope", true},
		{strings.Repeat("x", 65530) + "data-yozuv-scope", true}, {"data-yozuv-scop", false}, {"ata-yozuv-scope", false}, {"", false},
	}
	for _, tc := range tests {
		got, err := containsFold(iotest.HalfReader(strings.NewReader(tc.in)), scopeAttr)
		if err != nil || got != tc.want {
			t.Errorf("containsFold(%.40q…) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestTagName(t *testing.T) {
	for _, raw := range []string{"<p>", "<DIV class=x>", "<svg/>", "<my-Element\tx>", "<aÜnÏ x>", "<a\x00b>", "<" + strings.Repeat("X", 40) + ">", "</Table >"} {
		z := html.NewTokenizer(strings.NewReader(raw))
		z.Next()
		want, _ := z.TagName()
		b := []byte(raw)
		start := 1
		if b[1] == '/' {
			start = 2
		}
		if got := tagName(b[start:]); got != string(want) {
			t.Errorf("tagName(%q) = %q; want %q", raw, got, want)
		}
	}
}
