package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/yozuv/yozuv/internal/sample"
	"github.com/yozuv/yozuv/internal/translit"
)

func runBench(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	size := fs.Int("size", 5_000_000, "bytes of text per direction")
	runs := fs.Int("runs", 5, "runs per direction; the best is reported")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: yozuv bench [flags] [FILE]\n\nMeasures the throughput of 'yozuv convert' on one core, both directions,\non FILE (Cyrillic) or the built-in sample article, repeated to -size bytes.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	text := sample.Article
	if fs.NArg() > 0 {
		b, err := os.ReadFile(fs.Arg(0))
		if err != nil {
			return err
		}
		text = string(b)
	}
	runtime.GOMAXPROCS(1)
	c2l, err := translit.New("uz-Cyrl", "uz-Latn", translit.Options{})
	if err != nil {
		return err
	}
	l2c, err := translit.New("uz-Latn", "uz-Cyrl", translit.Options{})
	if err != nil {
		return err
	}
	cyr := repeat(text, *size)
	lat := repeat(c2l.String(text), *size)
	for _, d := range []struct {
		name string
		in   []byte
		t    *translit.Transliterator
	}{{"uz-Cyrl → uz-Latn", cyr, c2l}, {"uz-Latn → uz-Cyrl", lat, l2c}} {
		best := time.Duration(1 << 62)
		for i := 0; i < *runs; i++ {
			start := time.Now()
			if _, err := convertText(io.Discard, bytes.NewReader(d.in), d.t); err != nil {
				return err
			}
			if el := time.Since(start); el < best {
				best = el
			}
		}
		mb := float64(len(d.in)) / 1e6
		fmt.Printf("%s  %.1f MB in %v  %.0f MB/s (best of %d, one core)\n", d.name, mb, best.Round(time.Microsecond), mb/best.Seconds(), *runs)
	}
	return nil
}

// repeat returns s repeated to at least n bytes, on line boundaries.
func repeat(s string, n int) []byte {
	if s == "" {
		return nil
	}
	if s[len(s)-1] != '\n' {
		s += "\n"
	}
	b := make([]byte, 0, n+len(s))
	for len(b) < n {
		b = append(b, s...)
	}
	return b
}
