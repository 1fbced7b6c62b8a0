package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/yozuv/yozuv/internal/proxy"
	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

// runProxy runs `yozuv proxy`: a reverse proxy in front of a site that
// serves every page converted under a script prefix.
func runProxy(args []string) error {
	fs := flag.NewFlagSet("proxy", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: yozuv proxy -upstream URL [-addr ADDR] [flags]

Passes /… through to the upstream site unchanged and serves the same page
converted to the other script under /uz-Latn/… (or /uz-Cyrl/…), with
hreflang and canonical links for search engines.

flags:
`)
		fs.PrintDefaults()
	}
	upstream := fs.String("upstream", "", "URL of the site to stand in front of (required), e.g. http://127.0.0.1:8081")
	addr := fs.String("addr", "127.0.0.1:8090", "address to listen on")
	from := fs.String("from", "uz-Cyrl", "script of the upstream site: uz-Cyrl or uz-Latn")
	prefixLatn := fs.String("prefix-latn", "/uz-Latn", "path prefix of the Latin pages")
	prefixCyrl := fs.String("prefix-cyrl", "/uz-Cyrl", "path prefix of the Cyrillic pages (for a site in Cyrillic it redirects to the page without it)")
	public := fs.String("public", "", "public origin of the site for hreflang and canonical links, e.g. https://example.uz (default: the request's Host)")
	apos := fs.String("apostrophe", "modifier", "apostrophe style of Latin pages: modifier, ascii or typographic")
	timeout := fs.Duration("timeout", 15*time.Second, "upstream timeout: whole fetch of a page to convert, response headers of others")
	maxBody := fs.Int64("max-body", 16<<20, "largest page to convert, in bytes after decompression")
	maxConv := fs.Int("max-conversions", 0, "pages converted at once (default 4 × CPUs)")
	maxReq := fs.Int("max-requests", 1024, "requests in flight before answering 503")
	preserveHost := fs.Bool("preserve-host", false, "send the client's Host header upstream")
	grace := fs.Duration("shutdown-grace", 10*time.Second, "time requests in flight get to finish on SIGINT or SIGTERM")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *upstream == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	up, err := url.Parse(*upstream)
	if err != nil {
		return fmt.Errorf("-upstream: %v", err)
	}
	cfg := proxy.Config{
		Upstream:       up,
		From:           *from,
		Prefixes:       map[string]string{"uz-Latn": *prefixLatn, "uz-Cyrl": *prefixCyrl},
		Timeout:        *timeout,
		MaxBody:        *maxBody,
		MaxConversions: *maxConv,
		MaxRequests:    *maxReq,
		PreserveHost:   *preserveHost,
	}
	if *public != "" {
		if cfg.Public, err = url.Parse(*public); err != nil || cfg.Public.Host == "" {
			return fmt.Errorf("-public: want an origin such as https://example.uz")
		}
	}
	if cfg.Apostrophe, err = translit.ParseApostrophe(*apos); err != nil {
		return err
	}
	p, err := proxy.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := log.New(os.Stderr, "", log.LstdFlags)
	logger.Printf("yozuv proxy: http://%s → %s (%s; converted pages under %s and %s)", ln.Addr(), up, *from, *prefixLatn, *prefixCyrl)
	return proxy.Serve(ctx, ln, p, *grace, logger)
}
