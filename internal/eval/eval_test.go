package eval_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/yozuv/yozuv/internal/eval"
)

// The expected counts are those of Python's
// sum(m.size for m in difflib.SequenceMatcher(None, a, b).get_matching_blocks()).
func TestMatchedLikeDifflib(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"a b c d", "a b x d", 3},
		{"a a a b", "a b a a", 2},
		{"the cat sat on the mat", "the mat sat on cat the", 4},
		{"x y z", "", 0},
		{"", "a b", 0},
		{"a b c", "c b a", 1},
	} {
		if got := eval.Matched(strings.Fields(tc.a), strings.Fields(tc.b)); got != tc.want {
			t.Errorf("Matched(%q, %q) = %d; want %d", tc.a, tc.b, got, tc.want)
		}
	}
	// 260 against 240 words from a small alphabet: every word of b is
	// "popular", so difflib's autojunk leaves nothing to match.
	data, err := os.ReadFile("testdata/autojunk.txt")
	if err != nil {
		t.Fatal(err)
	}
	l := strings.Split(string(data), "\n")
	if got := eval.Matched(strings.Fields(l[0]), strings.Fields(l[1])); got != 0 {
		t.Errorf("autojunk case: Matched = %d; want 0", got)
	}
}

func TestNormalisation(t *testing.T) {
	for _, tc := range []struct{ got, gold string }{
		{"oʻzbek taʼlim", "o‘zbek ta’lim"},
		{"«Salom» — dedi", "\"Salom\" - dedi"},
		{"o'zbek", "o`zbek"},
		{"e\u0301", "\u00e9"}, // NFC
	} {
		if s := eval.Compare(tc.got, tc.gold); !s.Perfect() || s.Matched != s.Gold {
			t.Errorf("Compare(%q, %q) = %+v; want a perfect match", tc.got, tc.gold, s)
		}
	}
	if s := eval.Compare("SHARQ", "Sharq"); s.Matched != 0 {
		t.Error("case must count: SHARQ is not Sharq")
	}
}

func TestScore(t *testing.T) {
	var s eval.Score
	s.Add(eval.Compare("bir ikki uch", "bir ikki uch"))
	s.Add(eval.Compare("bir ikki", "bir uch"))
	if s.Segments != 2 || s.Exact != 1 || s.Gold != 5 || s.Matched != 4 {
		t.Fatalf("score = %+v", s)
	}
	if s.WordAccuracy() != 0.8 || s.ExactRate() != 0.5 {
		t.Errorf("rates = %v, %v", s.WordAccuracy(), s.ExactRate())
	}
}

func ExampleCompare() {
	s := eval.Compare("Toshkent shahri, 2024-yil", "Toshkent shahrida, 2024-yil")
	fmt.Printf("%d of %d words, exact: %v\n", s.Matched, s.Gold, s.Perfect())
	// Output: 2 of 3 words, exact: false
}
