package eval

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Score accumulates the comparison of segments.
type Score struct {
	Segments int // segments compared
	Exact    int // segments whose words all match, in order
	Gold     int // gold words
	Matched  int // gold words matched
}

// Add adds another score to s.
func (s *Score) Add(o Score) {
	s.Segments += o.Segments
	s.Exact += o.Exact
	s.Gold += o.Gold
	s.Matched += o.Matched
}

// WordAccuracy returns matched gold words / gold words.
func (s Score) WordAccuracy() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.Matched) / float64(s.Gold)
}

// ExactRate returns the share of segments that match exactly.
func (s Score) ExactRate() float64 {
	if s.Segments == 0 {
		return 1
	}
	return float64(s.Exact) / float64(s.Segments)
}

// Perfect reports whether every segment of s matched exactly.
func (s Score) Perfect() bool { return s.Segments == s.Exact }

// Compare scores one segment.
func Compare(got, gold string) Score {
	g, w := Words(got), Words(gold)
	m := Matched(g, w)
	s := Score{Segments: 1, Gold: len(w), Matched: m}
	if m == len(w) && len(g) == len(w) {
		s.Exact = 1
	}
	return s
}

var normalizer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u02bb", "'", "\u02bc", "'", "`", "'", "\u00b4", "'",
	"«", "\"", "»", "\"", "\u201c", "\"", "\u201d", "\"", "\u201e", "\"",
	"\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-",
)

// Words normalises s as the metric prescribes and splits it into words.
func Words(s string) []string {
	return strings.Fields(normalizer.Replace(norm.NFC.String(s)))
}

// Matched returns how many elements of b the longest-matching-blocks
// alignment of a and b matches.
func Matched(a, b []string) int {
	m := newMatcher(a, b)
	total := 0
	type span struct{ alo, ahi, blo, bhi int }
	queue := []span{{0, len(a), 0, len(b)}}
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := m.longest(q.alo, q.ahi, q.blo, q.bhi)
		if k == 0 {
			continue
		}
		total += k
		if q.alo < i && q.blo < j {
			queue = append(queue, span{q.alo, i, q.blo, j})
		}
		if i+k < q.ahi && j+k < q.bhi {
			queue = append(queue, span{i + k, q.ahi, j + k, q.bhi})
		}
	}
	return total
}

type matcher struct {
	a, b []string
	b2j  map[string][]int
}

func newMatcher(a, b []string) *matcher {
	m := &matcher{a: a, b: b, b2j: map[string][]int{}}
	for j, w := range b {
		m.b2j[w] = append(m.b2j[w], j)
	}
	// difflib's autojunk: in a sequence of 200 or more, an element that
	// makes up more than 1% of it (plus one) is treated as junk.
	if n := len(b); n >= 200 {
		limit := n/100 + 1
		for w, js := range m.b2j {
			if len(js) > limit {
				delete(m.b2j, w)
			}
		}
	}
	return m
}

// longest is difflib's find_longest_match without an isjunk function:
// the longest block a[i:i+k] == b[j:j+k] inside the bounds, earliest in a,
// then earliest in b, extended by equal popular elements at both ends.
func (m *matcher) longest(alo, ahi, blo, bhi int) (besti, bestj, bestk int) {
	besti, bestj = alo, blo
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		next := map[int]int{}
		for _, j := range m.b2j[m.a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			next[j] = k
			if k > bestk {
				besti, bestj, bestk = i-k+1, j-k+1, k
			}
		}
		j2len = next
	}
	// Extend the block by equal elements on both sides, popular ones
	// included (there is no isjunk function, so nothing is junk proper).
	for besti > alo && bestj > blo && m.a[besti-1] == m.b[bestj-1] {
		besti, bestj, bestk = besti-1, bestj-1, bestk+1
	}
	for besti+bestk < ahi && bestj+bestk < bhi && m.a[besti+bestk] == m.b[bestj+bestk] {
		bestk++
	}
	return besti, bestj, bestk
}
