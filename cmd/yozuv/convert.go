package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/yozuv/yozuv/internal/detect"
	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz"
)

// errUsage reports bad flags; the flag package has already said why.
var errUsage = errors.New("usage")

func runConvert(args []string) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	from := fs.String("from", "auto", "script of the input: uz-Cyrl, uz-Latn or auto")
	to := fs.String("to", "", "script of the output: uz-Cyrl or uz-Latn (default: the other one)")
	apos := fs.String("apostrophe", "modifier", "Latin oʻ gʻ and tutuq: modifier (ʻ ʼ), ascii (') or typographic (‘ ’)")
	html := fs.Bool("html", false, "input is HTML: convert its text and keep the markup")
	glossFile := fs.String("glossary", "", "a JSON glossary of the publisher's own words, applied before the built-in lexicon")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: yozuv convert [flags] [file ...]\n\nConverts files (or standard input) to standard output, one output line per input line.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	style, err := translit.ParseApostrophe(*apos)
	if err != nil {
		return err
	}
	var gloss *translit.Glossary
	if *glossFile != "" {
		data, err := readLimited(*glossFile, translit.MaxGlossaryBytes)
		if err != nil {
			return err
		}
		if gloss, err = translit.ParseGlossary(data); err != nil {
			return fmt.Errorf("%s: %v", *glossFile, err)
		}
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, name := range inputs {
		var r io.Reader = os.Stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		br := bufio.NewReaderSize(r, 1<<16)
		src, dst, err := scripts(br, *from, *to, *html)
		if err != nil {
			return err
		}
		t, err := translit.New(src, dst, translit.Options{Apostrophe: style, Glossary: gloss})
		if err != nil {
			return err
		}
		if *html {
			err = convertHTML(out, br, t)
		} else {
			var bad bool
			bad, err = convertText(out, br, t)
			if bad {
				fmt.Fprintf(os.Stderr, "yozuv convert: %s: invalid UTF-8 passed through unchanged\n", displayName(name))
			}
		}
		if err != nil {
			return err
		}
	}
	return out.Flush()
}

// readLimited reads a file of at most max bytes.
func readLimited(name string, max int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than %d KiB", name, max>>10)
	}
	return data, nil
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// scripts resolves -from and -to, peeking at the input for auto; in HTML
// only the text between tags counts.
func scripts(br *bufio.Reader, from, to string, html bool) (string, string, error) {
	check := func(tag string) error {
		if tag != "uz-Cyrl" && tag != "uz-Latn" {
			return fmt.Errorf("unknown script %q (want uz-Cyrl or uz-Latn)", tag)
		}
		return nil
	}
	if from == "auto" || from == "" {
		sample, _ := br.Peek(64 << 10)
		text := string(sample)
		if html {
			text = textOf(text)
		}
		from = detect.Script(text)
		if from == "" {
			// Nothing to go by: assume the conversion asked for makes sense.
			from = "uz-Cyrl"
			if to == "uz-Cyrl" {
				from = "uz-Latn"
			}
		}
		if to != "" && to == from {
			// The text is already in the target script; words in the
			// other script (a Cyrillic quote in Latin text) still convert.
			from = other(to)
		}
	}
	if err := check(from); err != nil {
		return "", "", err
	}
	if to == "" {
		to = other(from)
	}
	if err := check(to); err != nil {
		return "", "", err
	}
	return from, to, nil
}

// textOf drops the tags, comments, scripts and styles of an HTML sample,
// roughly, for script detection.
func textOf(h string) string {
	var b strings.Builder
	for len(h) > 0 {
		i := strings.IndexByte(h, '<')
		if i < 0 {
			b.WriteString(h)
			break
		}
		b.WriteString(h[:i])
		h = h[i:]
		end := ">"
		switch {
		case strings.HasPrefix(h, "<!--"):
			end = "-->"
		case hasPrefixFold(h, "<script"):
			end = "</script>"
		case hasPrefixFold(h, "<style"):
			end = "</style>"
		}
		j := strings.Index(strings.ToLower(h), end)
		if j < 0 {
			break
		}
		h = h[j+len(end):]
		b.WriteByte(' ')
	}
	return b.String()
}

func hasPrefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

func other(tag string) string {
	if tag == "uz-Cyrl" {
		return "uz-Latn"
	}
	return "uz-Cyrl"
}

// convertText converts r to w in chunks that end at line breaks, so each
// output line is the conversion of one input line. It reports whether the
// input held invalid UTF-8, which passes through unchanged.
func convertText(w io.Writer, r io.Reader, t *translit.Transliterator) (invalid bool, err error) {
	buf := make([]byte, 1<<20)
	var out []byte
	filled := 0
	for {
		n, rerr := io.ReadFull(r, buf[filled:])
		filled += n
		eof := rerr == io.EOF || rerr == io.ErrUnexpectedEOF
		if rerr != nil && !eof {
			return invalid, rerr
		}
		cut := filled
		if !eof {
			cut = bytes.LastIndexByte(buf[:filled], '\n') + 1
			if cut == 0 {
				cut = bytes.LastIndexAny(buf[:filled], " \t") + 1
			}
			if cut == 0 {
				// One run of a mebibyte without a space: cut between runes.
				cut = filled
				for cut > 0 && !utf8.RuneStart(buf[cut-1]) {
					cut--
				}
				cut--
			}
		}
		chunk := buf[:cut]
		if !invalid && !utf8.Valid(chunk) {
			invalid = true
		}
		out = t.Append(out[:0], chunk)
		if _, err := w.Write(out); err != nil {
			return invalid, err
		}
		filled = copy(buf, buf[cut:filled])
		if eof {
			if filled > 0 {
				continue
			}
			return invalid, nil
		}
	}
}
