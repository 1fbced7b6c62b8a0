package proxy

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/yozuv/yozuv/internal/translit"
)

// Config configures a Proxy.
type Config struct {
	// Upstream is the site the proxy stands in front of, such as
	// http://127.0.0.1:8081. It is the only host the proxy ever contacts.
	// A path in it is put in front of every request's path.
	Upstream *url.URL

	// From is the script the upstream site is written in: uz-Cyrl
	// (the default) or uz-Latn.
	From string

	// Prefixes maps script tags to the path prefix under which the site is
	// served in that script, such as "uz-Latn": "/uz-Latn". A prefix for
	// From redirects to the page without it; an empty prefix is none. The
	// default is "/" + tag for From and for every script the engine
	// converts From to.
	Prefixes map[string]string

	// Public is the origin the site is reached at from outside, such as
	// https://example.uz, used in hreflang and canonical links. If nil,
	// the proxy uses the request's Host, with https when the request came
	// over TLS or with X-Forwarded-Proto: https.
	Public *url.URL

	// Apostrophe is the style of oʻ, gʻ and the tutuq in Latin pages.
	Apostrophe translit.Apostrophe

	// Timeout bounds fetching a page to convert, from sending the request
	// to the end of its body, and waiting for the response headers of any
	// other request. Default 15 s.
	Timeout time.Duration

	// MaxBody is the largest HTML page, after decompression, that the
	// proxy converts; a larger one gets a 502. Default 16 MiB.
	MaxBody int64

	// MaxConversions bounds the pages converted at once; others wait for
	// a slot until Timeout. Default 4 × GOMAXPROCS.
	MaxConversions int

	// MaxRequests bounds the requests in flight; beyond it the proxy
	// answers 503 at once. Default 1024.
	MaxRequests int

	// PreserveHost sends the client's Host header upstream instead of the
	// upstream's own host name.
	PreserveHost bool

	// Transport sends requests upstream. The default is an http.Transport
	// that dials only the upstream's address and ignores proxy settings
	// in the environment.
	Transport http.RoundTripper

	// ErrorLog receives upstream errors; nil means the log package's
	// standard logger.
	ErrorLog *log.Logger
}

// Proxy is an http.Handler that passes requests to one upstream site and
// converts the HTML pages requested under a script prefix.
type Proxy struct {
	cfg      Config
	from     string
	targets  []target // scripts converted to, sorted by tag
	redirect string   // the prefix of From, if any
	key      string   // hashes the configuration into ETags
	pass     *httputil.ReverseProxy
	conv     *httputil.ReverseProxy
	slots    chan struct{}
	inflight chan struct{}
	log      *log.Logger
}

type target struct {
	script string
	prefix string
	pool   *sync.Pool
}

// Version is mixed into the ETags of converted pages; it changes when
// the conversion of a page may change.
const Version = "1"

// New returns a Proxy for cfg, or an error if the configuration is
// incomplete or names a conversion the engine does not have.
func New(cfg Config) (*Proxy, error) {
	if cfg.Upstream == nil || cfg.Upstream.Host == "" || (cfg.Upstream.Scheme != "http" && cfg.Upstream.Scheme != "https") {
		return nil, errors.New("proxy: the upstream must be an http or https URL with a host")
	}
	if cfg.From == "" {
		cfg.From = "uz-Cyrl"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 15 * time.Second
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 16 << 20
	}
	if cfg.MaxConversions <= 0 {
		cfg.MaxConversions = 4 * runtime.GOMAXPROCS(0)
	}
	if cfg.MaxRequests <= 0 {
		cfg.MaxRequests = 1024
	}
	if cfg.Prefixes == nil {
		cfg.Prefixes = map[string]string{}
		for _, p := range translit.Pairs() {
			from, to, _ := strings.Cut(p, "→")
			if from == cfg.From {
				cfg.Prefixes[to] = "/" + to
			}
		}
		cfg.Prefixes[cfg.From] = "/" + cfg.From
	}
	p := &Proxy{
		cfg:      cfg,
		from:     cfg.From,
		slots:    make(chan struct{}, cfg.MaxConversions),
		inflight: make(chan struct{}, cfg.MaxRequests),
		log:      cfg.ErrorLog,
	}
	if p.log == nil {
		p.log = log.Default()
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%s|%s|%v|%v", Version, cfg.From, cfg.Apostrophe, cfg.Public, cfg.Prefixes)
	for script, prefix := range cfg.Prefixes {
		if strings.Trim(prefix, "/") == "" {
			continue // no URLs in this script
		}
		prefix = "/" + strings.Trim(prefix, "/")
		fmt.Fprintf(h, "|%s=%s", script, prefix)
		if script == cfg.From {
			p.redirect = prefix
			continue
		}
		opts := translit.Options{Apostrophe: cfg.Apostrophe}
		if _, err := translit.New(cfg.From, script, opts); err != nil {
			return nil, fmt.Errorf("proxy: %w", err)
		}
		from, to := cfg.From, script
		p.targets = append(p.targets, target{script: script, prefix: prefix, pool: &sync.Pool{New: func() any {
			t, _ := translit.New(from, to, opts)
			return t
		}}})
	}
	if len(p.targets) == 0 {
		return nil, errors.New("proxy: no script to convert " + cfg.From + " to")
	}
	sort.Slice(p.targets, func(i, j int) bool { return p.targets[i].script < p.targets[j].script })
	p.key = fmt.Sprintf("%08x", uint32(h.Sum64()))

	tr := cfg.Transport
	if tr == nil {
		tr = upstreamTransport(cfg.Upstream, cfg.Timeout)
	}
	p.pass = &httputil.ReverseProxy{
		Rewrite:        p.rewritePass,
		Transport:      tr,
		ModifyResponse: p.modifyPass,
		ErrorHandler:   p.upstreamError,
		ErrorLog:       p.log,
	}
	p.conv = &httputil.ReverseProxy{
		Rewrite:        p.rewriteConv,
		Transport:      tr,
		ModifyResponse: p.modifyConv,
		ErrorHandler:   p.upstreamError,
		ErrorLog:       p.log,
	}
	return p, nil
}

// upstreamTransport returns a Transport that dials only the upstream's
// host and port, whatever a request asks for, and reads no proxy
// settings from the environment.
func upstreamTransport(u *url.URL, timeout time.Duration) *http.Transport {
	host := u.Host
	if u.Port() == "" {
		if u.Scheme == "https" {
			host = net.JoinHostPort(u.Hostname(), "443")
		} else {
			host = net.JoinHostPort(u.Hostname(), "80")
		}
	}
	d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if addr != host {
				return nil, fmt.Errorf("proxy: refusing to dial %s: only the upstream %s is contacted", addr, host)
			}
			return d.DialContext(ctx, network, addr)
		},
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   256,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: timeout,
		ExpectContinueTimeout: time.Second,
		DisableCompression:    true,
	}
}

// job carries what the proxy knows about a request from ServeHTTP to the
// response hooks.
type job struct {
	in     *http.Request
	target *target // nil for a request passed through
	path   string  // the path without the script prefix
}

type jobKey struct{}

func jobOf(r *http.Request) *job { return r.Context().Value(jobKey{}).(*job) }

// ServeHTTP implements http.Handler.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	select {
	case p.inflight <- struct{}{}:
		defer func() { <-p.inflight }()
	default:
		errorPage(w, http.StatusServiceUnavailable, "The proxy is handling too many requests.")
		return
	}
	if r.Method == http.MethodConnect {
		errorPage(w, http.StatusMethodNotAllowed, "CONNECT is not supported.")
		return
	}
	path := r.URL.Path
	if path == "" {
		path = "/"
	}
	if p.redirect != "" {
		if rest, ok := cutPrefix(path, p.redirect); ok {
			u := *r.URL
			u.Scheme, u.Host, u.Path, u.RawPath = "", "", rest, ""
			http.Redirect(w, r, u.String(), http.StatusMovedPermanently)
			return
		}
	}
	for i := range p.targets {
		t := &p.targets[i]
		rest, ok := cutPrefix(path, t.prefix)
		if !ok {
			continue
		}
		if path == t.prefix {
			u := *r.URL
			u.Scheme, u.Host, u.Path, u.RawPath = "", "", t.prefix+"/", ""
			http.Redirect(w, r, u.String(), http.StatusPermanentRedirect)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), p.cfg.Timeout)
		defer cancel()
		j := &job{in: r, target: t, path: rest}
		p.conv.ServeHTTP(w, r.WithContext(context.WithValue(ctx, jobKey{}, j)))
		return
	}
	j := &job{in: r, path: path}
	p.pass.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), jobKey{}, j)))
}

// cutPrefix reports whether path is prefix or lies under it, and returns
// the rest of the path, starting with a slash.
func cutPrefix(path, prefix string) (string, bool) {
	if path == prefix {
		return "/", true
	}
	if strings.HasPrefix(path, prefix) && path[len(prefix)] == '/' {
		return path[len(prefix):], true
	}
	return "", false
}

// rewritePass prepares a request passed through unchanged.
func (p *Proxy) rewritePass(pr *httputil.ProxyRequest) {
	pr.SetURL(p.cfg.Upstream)
	pr.SetXForwarded()
	if p.cfg.PreserveHost {
		pr.Out.Host = pr.In.Host
	}
}

// rewriteConv prepares the request for a page to convert: the prefix
// comes off the path, and the headers ask for a whole, decodable body.
func (p *Proxy) rewriteConv(pr *httputil.ProxyRequest) {
	j := jobOf(pr.In)
	pr.Out.URL.Path = j.path
	pr.Out.URL.RawPath = ""
	if raw := pr.In.URL.EscapedPath(); raw != pr.In.URL.Path {
		if rest, ok := cutPrefix(raw, j.target.prefix); ok {
			pr.Out.URL.RawPath = rest
		}
	}
	pr.SetURL(p.cfg.Upstream)
	pr.SetXForwarded()
	if p.cfg.PreserveHost {
		pr.Out.Host = pr.In.Host
	}
	h := pr.Out.Header
	if pr.Out.Method == http.MethodHead {
		// Convert the page to give the right length and ETag.
		pr.Out.Method = http.MethodGet
	}
	h.Del("Range")
	h.Del("If-Range")
	h.Del("If-Modified-Since")
	h.Del("If-Unmodified-Since")
	if acceptsGzip(pr.In.Header) {
		h.Set("Accept-Encoding", "gzip")
	} else {
		h.Del("Accept-Encoding")
	}
	if inm := h.Get("If-None-Match"); inm != "" {
		if up := p.upstreamTags(inm, j.target.script); up != "" {
			h.Set("If-None-Match", up)
		} else {
			h.Del("If-None-Match")
		}
	}
}

// modifyPass adds hreflang Link headers to HTML pages passed through.
func (p *Proxy) modifyPass(res *http.Response) error {
	j := jobOf(res.Request)
	if res.StatusCode == http.StatusOK && isHTML(res.Header) && (j.in.Method == http.MethodGet || j.in.Method == http.MethodHead) {
		res.Header.Add("Link", p.linkHeader(p.pageURL(j)))
	}
	return nil
}

// upstreamError answers for an upstream that failed, timed out or sent a
// page the proxy cannot convert.
func (p *Proxy) upstreamError(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() == context.Canceled && errors.Is(err, context.Canceled) {
		return // the client went away
	}
	var pe *pageError
	switch {
	case errors.As(err, &pe):
		p.log.Printf("yozuv proxy: %s %s: %v", r.Method, r.URL.Path, err)
		errorPage(w, pe.status, pe.msg)
	case isTimeout(err):
		p.log.Printf("yozuv proxy: %s %s: upstream timed out: %v", r.Method, r.URL.Path, err)
		errorPage(w, http.StatusGatewayTimeout, "The site did not answer in time.")
	default:
		p.log.Printf("yozuv proxy: %s %s: upstream error: %v", r.Method, r.URL.Path, err)
		errorPage(w, http.StatusBadGateway, "The site could not be reached.")
	}
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// pageError is a failure to convert a page, with the status to answer.
type pageError struct {
	status int
	msg    string
	err    error
}

func (e *pageError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *pageError) Unwrap() error { return e.err }

// errorPage writes a short HTML page for an error status.
func errorPage(w http.ResponseWriter, status int, msg string) {
	h := w.Header()
	for k := range h {
		delete(h, k)
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if status == http.StatusServiceUnavailable {
		h.Set("Retry-After", "5")
	}
	w.WriteHeader(status)
	text := http.StatusText(status)
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>%d %s</title>\n"+
		"<h1>%d %s</h1>\n<p>%s</p>\n<p lang=\"uz-Latn\">Sahifani hozir koʻrsatib boʻlmadi. Birozdan soʻng qayta urinib koʻring.</p>\n</html>\n",
		status, text, status, text, msg)
}
