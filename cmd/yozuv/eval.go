package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/yozuv/yozuv/internal/eval"
	"github.com/yozuv/yozuv/internal/translit"
)

func runEval(args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	dir := fs.String("dir", "c2l", "direction: c2l (Cyrillic → Latin) or l2c (Latin → Cyrillic)")
	all := fs.Bool("all", false, "score every row, not only those whose note names this direction or both")
	errs := fs.Int("errors", 0, "print up to this many wrong segments")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: yozuv eval [flags] FILE.tsv\n\nScores the converter on a TSV with columns cyrl and latn (and optionally origin, note).\nWord accuracy follows ../shared/data/README.md: NFC, one apostrophe, one quote, one dash,\nwords split on white space and aligned by longest matching blocks.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	var from, to, want string
	switch *dir {
	case "c2l":
		from, to, want = "uz-Cyrl", "uz-Latn", "cyr->lat"
	case "l2c":
		from, to, want = "uz-Latn", "uz-Cyrl", "lat->cyr"
	default:
		return fmt.Errorf("unknown direction %q (want c2l or l2c)", *dir)
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := readTSV(f)
	if err != nil {
		return fmt.Errorf("%s: %v", fs.Arg(0), err)
	}
	t, err := translit.New(from, to, translit.Options{})
	if err != nil {
		return err
	}
	var score eval.Score
	shown := 0
	for _, r := range rows {
		if !*all && r.note != "" && !strings.HasPrefix(r.note, want) && !strings.HasPrefix(r.note, "both directions") {
			continue
		}
		src, gold := r.cyrl, r.latn
		if *dir == "l2c" {
			src, gold = r.latn, r.cyrl
		}
		got := t.String(src)
		s := eval.Compare(got, gold)
		score.Add(s)
		if !s.Perfect() && shown < *errs {
			shown++
			fmt.Printf("line %d\n  in:   %s\n  got:  %s\n  want: %s\n", r.line, src, got, gold)
		}
	}
	fmt.Printf("%s  segments %d  words %d  word accuracy %.2f%%  exact segments %.2f%%\n",
		*dir, score.Segments, score.Gold, 100*score.WordAccuracy(), 100*score.ExactRate())
	return nil
}

type row struct {
	line                     int
	cyrl, latn, origin, note string
}

// readTSV reads rows of cyrl, latn and optional origin and note columns.
// A first line naming the columns is skipped.
func readTSV(r io.Reader) ([]row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var rows []row
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || n == 1 && strings.HasPrefix(line, "cyrl\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want at least two tab-separated columns", n)
		}
		rw := row{line: n, cyrl: f[0], latn: f[1]}
		if len(f) > 2 {
			rw.origin = f[2]
		}
		if len(f) > 3 {
			rw.note = f[3]
		}
		rows = append(rows, rw)
	}
	return rows, sc.Err()
}
