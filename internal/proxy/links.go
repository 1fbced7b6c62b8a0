package proxy

import (
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/yozuv/yozuv/internal/markup"
)

// rewriter keeps the links of one converted page inside its script.
type rewriter struct {
	p         *Proxy
	j         *job
	origin    *url.URL // the site's public origin
	page      *url.URL // the page's URL without the script prefix
	base      *url.URL // what relative links resolve against, without the prefix
	pbase     *url.URL // the same with the prefix, as the browser sees it
	canonical *url.URL // the page's own canonical link, without the prefix
	hasCanon  bool
}

func (p *Proxy) newRewriter(j *job) *rewriter {
	page := p.pageURL(j)
	rw := &rewriter{p: p, j: j, origin: &url.URL{Scheme: page.Scheme, Host: page.Host}, page: page, base: page}
	rw.pbase = rw.prefixed(page)
	return rw
}

// pageURL returns the public URL of the page a request is for, without
// the script prefix.
func (p *Proxy) pageURL(j *job) *url.URL {
	origin := p.cfg.Public
	if origin == nil {
		scheme := "http"
		if j.in.TLS != nil || strings.EqualFold(j.in.Header.Get("X-Forwarded-Proto"), "https") {
			scheme = "https"
		}
		origin = &url.URL{Scheme: scheme, Host: j.in.Host}
	}
	return &url.URL{Scheme: origin.Scheme, Host: origin.Host, Path: j.path, RawQuery: j.in.URL.RawQuery}
}

// prefixed returns u with the target's prefix in front of its path.
func (rw *rewriter) prefixed(u *url.URL) *url.URL {
	v := *u
	v.Path = rw.j.target.prefix + u.Path
	if u.RawPath != "" {
		v.RawPath = rw.j.target.prefix + u.RawPath
	}
	return &v
}

// internal reports whether host is the site's own.
func (rw *rewriter) internal(host string) bool {
	return host == "" || strings.EqualFold(host, rw.origin.Host) ||
		strings.EqualFold(host, rw.j.in.Host) || strings.EqualFold(host, rw.p.cfg.Upstream.Host)
}

// underPrefix reports whether a path already lies under a script prefix.
func (p *Proxy) underPrefix(path string) bool {
	if p.redirect != "" {
		if _, ok := cutPrefix(path, p.redirect); ok {
			return true
		}
	}
	for _, t := range p.targets {
		if _, ok := cutPrefix(path, t.prefix); ok {
			return true
		}
	}
	return false
}

// files lists extensions of links to files rather than pages, which are
// left pointing at the unprefixed URL.
var files = map[string]bool{
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true,
	".pptx": true, ".zip": true, ".rar": true, ".7z": true, ".gz": true, ".jpg": true,
	".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true, ".avif": true,
	".ico": true, ".mp3": true, ".mp4": true, ".webm": true, ".css": true, ".js": true,
	".json": true, ".xml": true, ".txt": true, ".csv": true, ".woff": true, ".woff2": true,
}

// rewrite returns a link of the page that keeps the reader in the target
// script: an internal link to a page gets the prefix, anything else comes
// back as it was. A relative link that already resolves under the prefix
// is left alone.
func (rw *rewriter) rewrite(raw string) string {
	s := strings.TrimSpace(raw)
	if s == "" || s[0] == '#' || s[0] == '?' {
		return raw
	}
	ref, err := url.Parse(s)
	if err != nil || ref.Opaque != "" || ref.Scheme != "" && ref.Scheme != "http" && ref.Scheme != "https" {
		return raw
	}
	abs := rw.base.ResolveReference(ref)
	if !rw.internal(abs.Host) || rw.p.underPrefix(abs.Path) || files[strings.ToLower(path.Ext(abs.Path))] {
		return raw
	}
	target := rw.prefixed(abs)
	if ref.Host != "" {
		if ref.Scheme == "" {
			target.Scheme = "" // a protocol-relative link stays one
		}
		return target.String()
	}
	if rw.pbase.ResolveReference(ref).String() == target.String() {
		return raw
	}
	target.Scheme, target.Host, target.User = "", "", nil
	return target.String()
}

// link is the markup.Options.Links hook.
func (rw *rewriter) link(l markup.Link) (string, bool) {
	switch l.Tag {
	case "link":
		rels := strings.Fields(strings.ToLower(l.Rel))
		has := func(r string) bool {
			for _, x := range rels {
				if x == r {
					return true
				}
			}
			return false
		}
		switch {
		case has("alternate") && l.Hreflang != "":
			return l.URL, false // replaced by the proxy's own
		case has("canonical"):
			if ref, err := url.Parse(strings.TrimSpace(l.URL)); err == nil {
				abs := rw.base.ResolveReference(ref)
				if rw.internal(abs.Host) && !rw.p.underPrefix(abs.Path) {
					rw.canonical, rw.hasCanon = abs, true
				}
			}
			return rw.rewrite(l.URL), true
		case has("next") || has("prev"):
			return rw.rewrite(l.URL), true
		}
		return l.URL, true
	case "base":
		out := rw.rewrite(l.URL)
		if ref, err := url.Parse(strings.TrimSpace(l.URL)); err == nil {
			rw.base = rw.page.ResolveReference(ref)
			rw.pbase = rw.base
			if rw.internal(rw.base.Host) {
				rw.pbase = rw.prefixed(rw.base)
			}
		}
		return out, true
	}
	if l.Hreflang != "" && markup.OtherLanguage(l.Hreflang) {
		return l.URL, true // a link to a page in another language
	}
	return rw.rewrite(l.URL), true
}

type alternate struct{ lang, href string }

// alternates lists the URLs of a page in every script, for hreflang:
// the upstream's script, each target, and x-default (the upstream's).
func (p *Proxy) alternates(page *url.URL) []alternate {
	at := func(prefix string) string {
		u := *page
		u.Path = prefix + page.Path
		if page.RawPath != "" {
			u.RawPath = prefix + page.RawPath
		}
		u.Fragment = ""
		return u.String()
	}
	alts := []alternate{{p.from, at("")}}
	for _, t := range p.targets {
		alts = append(alts, alternate{t.script, at(t.prefix)})
	}
	return append(alts, alternate{"x-default", at("")})
}

// head is the markup.Options.Head hook: the hreflang links, and a
// canonical link if the page had none.
func (rw *rewriter) head() string {
	var b strings.Builder
	page := rw.page
	if rw.hasCanon {
		page = rw.canonical
	} else {
		b.WriteString("<link rel=\"canonical\" href=\"" + escape(rw.prefixed(page).String()) + "\">\n")
	}
	for _, a := range rw.p.alternates(page) {
		b.WriteString("<link rel=\"alternate\" hreflang=\"" + a.lang + "\" href=\"" + escape(a.href) + "\">\n")
	}
	return b.String()
}

// linkHeader returns the hreflang alternates of a page as an HTTP Link
// header, which search engines read as they read <link> elements.
func (p *Proxy) linkHeader(page *url.URL) string {
	var parts []string
	for _, a := range p.alternates(page) {
		parts = append(parts, "<"+a.href+">; rel=\"alternate\"; hreflang=\""+a.lang+"\"")
	}
	return strings.Join(parts, ", ")
}

// canonicalPage returns the page's canonical URL without the prefix: its
// own canonical link if it had one, else its URL.
func (rw *rewriter) canonicalPage() *url.URL {
	if rw.hasCanon {
		return rw.canonical
	}
	return rw.page
}

// dropSEOLinks removes canonical and hreflang entries from the Link
// headers of an upstream response: the converted page has its own.
func dropSEOLinks(h http.Header) {
	vals := h.Values("Link")
	if len(vals) == 0 {
		return
	}
	var keep []string
	for _, v := range vals {
		for _, part := range splitLinks(v) {
			low := strings.ToLower(part)
			if strings.Contains(low, "hreflang") || strings.Contains(low, "canonical") {
				continue
			}
			keep = append(keep, strings.TrimSpace(part))
		}
	}
	h.Del("Link")
	if len(keep) > 0 {
		h.Set("Link", strings.Join(keep, ", "))
	}
}

// splitLinks splits a Link header at the commas between its entries.
func splitLinks(v string) []string {
	var parts []string
	inURL, inQuote, start := false, false, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '<' && !inQuote:
			inURL = true
		case c == '>' && !inQuote:
			inURL = false
		case c == '"' && !inURL:
			inQuote = !inQuote
		case c == ',' && !inURL && !inQuote:
			parts = append(parts, v[start:i])
			start = i + 1
		}
	}
	return append(parts, v[start:])
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}
