package main

import (
	"context"
	"errors"
	"flag"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"time"

	"github.com/yozuv/yozuv/internal/proxy"
	"github.com/yozuv/yozuv/web"
)

// runServe serves the demo page at /, a sample news page at /news, the
// benchmark page at /bench and the built dist/ folder at /dist/.
func runServe(args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on")
	dist := fl.String("dist", "dist", "the folder make dist wrote")
	fl.Usage = func() {
		out := fl.Output()
		_, _ = out.Write([]byte("usage: yozuv serve [-addr host:port] [-dist dir]\n\n" +
			"Serves the demo page at /, a sample news page at /news, the same page in\n" +
			"the reading view at /reader, the benchmark\n" +
			"page at /bench and the dist folder at /dist/.\n\n"))
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return errUsage
	}
	if _, err := fs.Stat(os.DirFS(*dist), "yozuv.js"); err != nil {
		return errors.New(*dist + "/yozuv.js is missing: run make dist first")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	os.Stderr.WriteString("yozuv: serving http://" + ln.Addr().String() + "/ (demo), /news, /reader, /bench\n")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return proxy.Serve(ctx, ln, web.NewHandler(web.Config{Dist: os.DirFS(*dist)}), 5*time.Second, nil)
}
