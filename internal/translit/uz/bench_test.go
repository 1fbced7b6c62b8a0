package uz_test

import (
	"strings"
	"testing"

	"github.com/yozuv/yozuv/internal/sample"
)

func benchText(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(sample.Article)
	}
	return b.String()
}

func BenchmarkCyrlToLatn(b *testing.B) {
	t := mustNew(b, "uz-Cyrl", "uz-Latn")
	s := benchText(1 << 20)
	dst := make([]byte, 0, 2*len(s))
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = t.AppendString(dst[:0], s)
	}
}

func BenchmarkLatnToCyrl(b *testing.B) {
	c2l := mustNew(b, "uz-Cyrl", "uz-Latn")
	t := mustNew(b, "uz-Latn", "uz-Cyrl")
	s := c2l.String(benchText(1 << 20))
	dst := make([]byte, 0, 2*len(s))
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = t.AppendString(dst[:0], s)
	}
}
