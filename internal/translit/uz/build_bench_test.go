package uz

import "testing"

// BenchmarkBuildLexicon measures what the first conversion in each
// direction pays to build the lexicon's tries.
func BenchmarkBuildLexicon(b *testing.B) {
	for i := 0; i < b.N; i++ {
		buildLexicon(lexiconText, foreignText, acronymText)
	}
}
