package markup

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// scopeAttr marks the elements to convert when a document marks any.
const scopeAttr = "data-yozuv-scope"

// peekSize is how much of a reader that cannot seek Convert looks at to
// find out whether the document marks its scope.
const peekSize = 1 << 20

// markedScope reports whether the document in r has an element marked
// data-yozuv-scope, and returns a reader positioned where r was. An
// io.Seeker is read to the end and rewound; other readers are looked at
// through their first peekSize bytes.
func markedScope(r io.Reader) (bool, io.Reader, error) {
	if rs, ok := r.(io.ReadSeeker); ok {
		if start, err := rs.Seek(0, io.SeekCurrent); err == nil {
			found, err := containsFold(rs, scopeAttr)
			if err == nil && found {
				if _, err = rs.Seek(start, io.SeekStart); err == nil {
					found, err = hasScopeTag(rs)
				}
			}
			if err != nil {
				return false, nil, err
			}
			if _, err := rs.Seek(start, io.SeekStart); err != nil {
				return false, nil, err
			}
			return found, rs, nil
		}
	}
	br := bufio.NewReaderSize(r, peekSize)
	head, err := br.Peek(peekSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return false, nil, err
	}
	found := false
	if indexFold(head, scopeAttr) >= 0 {
		found, _ = hasScopeTag(bytes.NewReader(head))
	}
	return found, br, nil
}

// containsFold reports whether r holds needle, ignoring ASCII case; needle
// must be in lower case.
func containsFold(r io.Reader, needle string) (bool, error) {
	buf := make([]byte, 64<<10)
	keep := 0
	for {
		n, err := r.Read(buf[keep:])
		n += keep
		if indexFold(buf[:n], needle) >= 0 {
			return true, nil
		}
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		keep = min(len(needle)-1, n)
		copy(buf, buf[n-keep:n])
	}
}

// indexFold returns the index of needle in b, ignoring ASCII case, or -1.
// needle must be in lower case and hold a '-' (data-yozuv-scope): the
// search jumps from one '-' to the next.
func indexFold(b []byte, needle string) int {
	dash := strings.IndexByte(needle, '-')
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '-')
		if j < 0 {
			return -1
		}
		start := i + j - dash
		if start >= 0 && start+len(needle) <= len(b) && bytes.EqualFold(b[start:start+len(needle)], []byte(needle)) {
			return start
		}
		i += j + 1
	}
}

// hasScopeTag reports whether a start tag in r carries data-yozuv-scope.
func hasScopeTag(r io.Reader) (bool, error) {
	z := html.NewTokenizer(r)
	for {
		switch z.Next() {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return false, err
			}
			return false, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			_, more := z.TagName()
			for more {
				var k []byte
				k, _, more = z.TagAttr()
				if string(k) == scopeAttr {
					return true, nil
				}
			}
		}
	}
}

// DocumentLang returns the lang attribute of the <html> element of the
// document in b, and whether it has one. It reads no further than the
// first start tag.
func DocumentLang(b []byte) (string, bool) {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return "", false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) != "html" {
				return "", false
			}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) == "lang" {
					return string(v), true
				}
			}
			return "", false
		}
	}
}

// OtherLanguage reports whether a lang attribute names a language other
// than Uzbek, or Uzbek in a script other than Cyrillic and Latin: Convert
// leaves such elements, and a document whose <html> has one, as they are.
func OtherLanguage(lang string) bool { return classify(lang) == langOther }
