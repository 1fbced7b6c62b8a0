package uz_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/yozuv/yozuv/internal/translit"
)

// hunspellDic is Debian's hunspell-uz word list: 97,000 Cyrillic Uzbek word
// forms (GPL-2). It is read at test time only; none of it ships.
const hunspellDic = "/usr/share/hunspell/uz_UZ.dic"

var failures = flag.String("hunspell.failures", "", "write the word forms that fail the round trip to this file")

// TestHunspellRoundTrip converts every hunspell-uz word form to Latin and
// back, and requires at least 99% of them to come back unchanged. Run with
// -v to see the rate and the classes of what fails.
func TestHunspellRoundTrip(t *testing.T) {
	f, err := os.Open(hunspellDic)
	if err != nil {
		t.Skipf("hunspell-uz not installed (%v): apt-get install hunspell-uz", err)
	}
	defer f.Close()
	c2l := mustNew(t, "uz-Cyrl", "uz-Latn")
	l2c := mustNew(t, "uz-Latn", "uz-Cyrl")
	sc := bufio.NewScanner(f)
	sc.Scan() // the first line is the count
	total := 0
	var failed [][3]string
	for sc.Scan() {
		w, _, _ := strings.Cut(strings.TrimSpace(sc.Text()), "/")
		if w == "" {
			continue
		}
		total++
		lat := c2l.String(w)
		if back := l2c.String(lat); back != w {
			failed = append(failed, [3]string{w, lat, back})
		}
	}
	rate := 1 - float64(len(failed))/float64(total)
	t.Logf("hunspell-uz round trip: %d of %d word forms restored (%.2f%%)", total-len(failed), total, 100*rate)
	for _, c := range failureClasses(failed) {
		t.Logf("  %5d  %s", c.n, c.name)
	}
	if *failures != "" {
		var b strings.Builder
		for _, f := range failed {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", f[0], f[1], f[2])
		}
		if err := os.WriteFile(*failures, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if rate < 0.99 {
		t.Errorf("round trip restores %.2f%% of word forms; want at least 99%%", 100*rate)
	}
}

type class struct {
	name string
	n    int
}

// failureClasses groups failures by the first letter that differs:
// "ц → тс" means a ц came back as т and с.
func failureClasses(failed [][3]string) []class {
	count := map[string]int{}
	for _, f := range failed {
		a, b := []rune(strings.ToLower(f[0])), []rune(strings.ToLower(f[2]))
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		var x, y string
		if i < len(a) {
			x = string(a[i])
		}
		if i < len(b) {
			y = string(b[i:min(i+2, len(b))])
		}
		count[x+" → "+y]++
	}
	var out []class
	for k, n := range count {
		out = append(out, class{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n || out[i].n == out[j].n && out[i].name < out[j].name })
	if len(out) > 12 {
		out = out[:12]
	}
	return out
}

func mustNew(t testing.TB, from, to string) *translit.Transliterator {
	t.Helper()
	tr, err := translit.New(from, to, translit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
