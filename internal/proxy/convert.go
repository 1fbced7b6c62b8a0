package proxy

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/yozuv/yozuv/internal/markup"
	"github.com/yozuv/yozuv/internal/translit"
)

// modifyConv converts an HTML response for a page requested under a
// script prefix. It reads the whole body first: a page that cannot be read
// or converted in full becomes an error page, never half a page.
func (p *Proxy) modifyConv(res *http.Response) error {
	j := jobOf(res.Request)
	t := j.target
	h := res.Header
	if loc := h.Get("Location"); loc != "" && res.StatusCode >= 300 && res.StatusCode < 400 {
		rw := p.newRewriter(j)
		h.Set("Location", rw.rewrite(loc))
	}
	if res.StatusCode == http.StatusNotModified {
		if et := h.Get("ETag"); et != "" {
			h.Set("ETag", p.etag(et, t.script))
		}
		h.Del("Last-Modified")
		addVary(h, "Accept-Encoding")
		return nil
	}
	if !isHTML(h) || !hasBody(res.StatusCode) {
		if j.in.Method == http.MethodHead {
			res.Body.Close()
			res.Body = http.NoBody
		}
		return nil
	}
	if cs := charset(h.Get("Content-Type")); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		return &pageError{status: http.StatusBadGateway, msg: "The page is in the character set " + cs + "; only UTF-8 pages are converted."}
	}

	// One conversion slot, waited for no longer than the request may last.
	select {
	case p.slots <- struct{}{}:
		defer func() { <-p.slots }()
	case <-res.Request.Context().Done():
		return &pageError{status: http.StatusServiceUnavailable, msg: "The proxy is busy converting other pages.", err: res.Request.Context().Err()}
	}

	body, err := p.readBody(res)
	if err != nil {
		return err
	}
	if len(body) == 0 {
		h.Del("Content-Encoding")
		h.Set("Content-Length", "0")
		res.Body, res.ContentLength = http.NoBody, 0
		return nil
	}
	if cs := metaCharset(body); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		return &pageError{status: http.StatusBadGateway, msg: "The page is in the character set " + cs + "; only UTF-8 pages are converted."}
	}

	if lang, ok := markup.DocumentLang(body); ok && markup.OtherLanguage(lang) {
		// A page in another language (a Russian edition) has no version in
		// this script: send the reader to it.
		for k := range h {
			if k != "Cache-Control" && k != "Set-Cookie" && k != "Vary" {
				h.Del(k)
			}
		}
		u := *j.in.URL
		u.Scheme, u.Host, u.Path, u.RawPath = "", "", j.path, ""
		h.Set("Location", u.String())
		res.StatusCode, res.Status = http.StatusFound, "302 Found"
		res.Body, res.ContentLength = http.NoBody, 0
		return nil
	}
	tr := t.pool.Get().(*translit.Transliterator)
	defer t.pool.Put(tr)
	rw := p.newRewriter(j)
	out := bytes.NewBuffer(make([]byte, 0, len(body)+len(body)/8+1024))
	opts := markup.Options{Scope: markup.ScopeAuto, Links: rw.link, Head: rw.head}
	if err := markup.Convert(out, bytes.NewReader(body), tr, opts); err != nil {
		return &pageError{status: http.StatusBadGateway, msg: "The page could not be converted.", err: err}
	}

	// Headers of the converted representation.
	for _, k := range [...]string{"Content-Length", "Content-Encoding", "Last-Modified", "Accept-Ranges", "Content-MD5", "Content-Range", "Digest", "Repr-Digest", "Content-Digest"} {
		h.Del(k)
	}
	var etag string
	if up := h.Get("ETag"); up != "" {
		etag = p.etag(up, t.script)
	} else {
		sum := sha256.Sum256(out.Bytes())
		etag = `W/"y` + p.key + "-" + hexs(sum[:12]) + `"`
	}
	h.Set("ETag", etag)
	h.Set("Content-Language", t.script)
	addVary(h, "Accept-Encoding")
	dropSEOLinks(h)
	h.Add("Link", p.linkHeader(rw.canonicalPage()))

	if res.StatusCode == http.StatusOK && matchETag(j.in.Header.Get("If-None-Match"), etag) {
		res.StatusCode = http.StatusNotModified
		res.Status = "304 Not Modified"
		h.Del("Content-Type")
		res.Body = http.NoBody
		res.ContentLength = 0
		return nil
	}
	data := out.Bytes()
	if acceptsGzip(j.in.Header) && len(data) > 1024 {
		data = gzipBytes(data)
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(data)))
	res.ContentLength = int64(len(data))
	res.Body = io.NopCloser(bytes.NewReader(data))
	res.TransferEncoding = nil
	return nil
}

// readBody reads and decodes the whole body of res, up to MaxBody bytes.
func (p *Proxy) readBody(res *http.Response) ([]byte, error) {
	defer res.Body.Close()
	var r io.Reader = res.Body
	switch enc := strings.ToLower(strings.TrimSpace(res.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, readError(err)
		}
		r = zr
	case "deflate":
		// HTTP's deflate is zlib; some servers send raw deflate.
		raw, err := io.ReadAll(io.LimitReader(r, p.cfg.MaxBody+1))
		if err != nil {
			return nil, readError(err)
		}
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			r = zr
		} else {
			r = flate.NewReader(bytes.NewReader(raw))
		}
	default:
		return nil, &pageError{status: http.StatusBadGateway, msg: "The site sent the page in an encoding the proxy cannot read (" + enc + ")."}
	}
	var buf bytes.Buffer
	if n := res.ContentLength; n > 0 && n <= p.cfg.MaxBody && r == res.Body {
		buf.Grow(int(n) + 1)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, p.cfg.MaxBody+1))
	body := buf.Bytes()
	if err != nil {
		return nil, readError(err)
	}
	if int64(len(body)) > p.cfg.MaxBody {
		return nil, &pageError{status: http.StatusBadGateway, msg: "The page is too large to convert."}
	}
	return body, nil
}

func readError(err error) error {
	if isTimeout(err) {
		return &pageError{status: http.StatusGatewayTimeout, msg: "The site did not send the page in time.", err: err}
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return &pageError{status: http.StatusBadGateway, msg: "The site sent a broken page.", err: err}
}

// isHTML reports whether a response's Content-Type is text/html.
func isHTML(h http.Header) bool {
	mt, _, err := mime.ParseMediaType(h.Get("Content-Type"))
	return err == nil && mt == "text/html"
}

func hasBody(status int) bool {
	return status >= 200 && status != http.StatusNoContent && status != http.StatusPartialContent && status != http.StatusNotModified
}

// charset returns the lower-case charset parameter of a Content-Type.
func charset(ct string) string {
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.Trim(params["charset"], `"' `))
}

// metaCharset returns the charset a page declares in its first 1024
// bytes (<meta charset> or <meta http-equiv="Content-Type">), lower case.
func metaCharset(b []byte) string {
	b = b[:min(len(b), 1024)]
	i := bytes.Index(bytes.ToLower(b), []byte("charset="))
	if i < 0 {
		return ""
	}
	s := b[i+len("charset="):]
	s = bytes.TrimLeft(s, `"' `)
	end := bytes.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	})
	if end >= 0 {
		s = s[:end]
	}
	return strings.ToLower(string(s))
}

// acceptsGzip reports whether a request's Accept-Encoding allows gzip.
func acceptsGzip(h http.Header) bool {
	for _, v := range h.Values("Accept-Encoding") {
		for part := range strings.SplitSeq(v, ",") {
			name, params, _ := strings.Cut(part, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name != "gzip" && name != "x-gzip" {
				continue
			}
			params = strings.ReplaceAll(params, " ", "")
			if q, ok := strings.CutPrefix(params, "q="); ok {
				if f, err := strconv.ParseFloat(q, 64); err == nil && f == 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

var gzipPool = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return w
}}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(b) / 3)
	zw := gzipPool.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(b)
	zw.Close()
	gzipPool.Put(zw)
	return buf.Bytes()
}

// addVary adds a header name to Vary unless it is there already (or Vary
// is *).
func addVary(h http.Header, name string) {
	for _, v := range h.Values("Vary") {
		for part := range strings.SplitSeq(v, ",") {
			p := strings.TrimSpace(part)
			if p == "*" || strings.EqualFold(p, name) {
				return
			}
		}
	}
	h.Add("Vary", name)
}

// etag derives the ETag of a converted page from the upstream's: weak,
// since the converted page is a different representation, and marked with
// the target script and the proxy's configuration key.
func (p *Proxy) etag(upstream, script string) string {
	opaque := strings.TrimPrefix(strings.TrimSpace(upstream), "W/")
	opaque = strings.Trim(opaque, `"`)
	return `W/"` + opaque + "." + script + "." + p.key + `"`
}

// upstreamTags turns the ETags of an If-None-Match header that the proxy
// derived from upstream ETags back into those, for revalidating upstream.
// Other tags are dropped; * is kept.
func (p *Proxy) upstreamTags(inm, script string) string {
	var out []string
	suffix := "." + script + "." + p.key
	for tag := range strings.SplitSeq(inm, ",") {
		tag = strings.TrimSpace(tag)
		if tag == "*" {
			return "*"
		}
		opaque := strings.Trim(strings.TrimPrefix(tag, "W/"), `"`)
		if up, ok := strings.CutSuffix(opaque, suffix); ok {
			out = append(out, `W/"`+up+`"`)
		}
	}
	return strings.Join(out, ", ")
}

// matchETag reports whether an If-None-Match header matches etag under
// the weak comparison of RFC 9110 §13.1.2.
func matchETag(inm, etag string) bool {
	if inm == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for tag := range strings.SplitSeq(inm, ",") {
		tag = strings.TrimSpace(tag)
		if tag == "*" || strings.TrimPrefix(tag, "W/") == want {
			return true
		}
	}
	return false
}

func hexs(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}
