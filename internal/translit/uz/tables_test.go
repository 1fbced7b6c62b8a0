package uz

import (
	"os"
	"testing"
)

// TestTablesUpToDate fails when data/ was edited without "go generate".
func TestTablesUpToDate(t *testing.T) {
	for file, text := range map[string]string{
		"data/lexicon.txt":  lexiconText,
		"data/foreign.txt":  foreignText,
		"data/acronyms.txt": acronymText,
	} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if string(data) != text {
			t.Errorf("%s changed since tables.go was generated: run go generate in internal/translit/uz", file)
		}
	}
}

func TestSortStrings(t *testing.T) {
	for _, in := range [][]string{nil, {"b"}, {"b", "a"}, {"ш", "a", "ц", "b", "a", "z", "ё", "c", "d"}} {
		a := append([]string(nil), in...)
		sortStrings(a)
		for i := 1; i < len(a); i++ {
			if a[i] < a[i-1] {
				t.Fatalf("sortStrings(%q) = %q", in, a)
			}
		}
		if len(a) != len(in) {
			t.Fatalf("sortStrings lost elements")
		}
	}
}
