package translit_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/yozuv/yozuv/internal/translit"
)

const glossaryJSON = `{
  "words": [
    {"uz-Cyrl": "Шавкат", "uz-Latn": "Shavkat"},
    {"uz-Cyrl": "Нукус", "uz-Latn": "Nukus"},
    {"uz-Cyrl": "Ютуб", "uz-Latn": "YouTube", "exact": true},
    {"uz-Cyrl": "кампус", "uz-Latn": "kampus"},
    {"keep": "Kazinform"},
    {"keep": "Yozuv"}
  ]
}`

func TestGlossaryConversion(t *testing.T) {
	g, err := translit.ParseGlossary([]byte(glossaryJSON))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 6 {
		t.Fatalf("Len = %d; want 6", g.Len())
	}
	c2l, _ := translit.New("uz-Cyrl", "uz-Latn", translit.Options{Glossary: g})
	l2c, _ := translit.New("uz-Latn", "uz-Cyrl", translit.Options{Glossary: g})
	for _, tc := range []struct {
		t        *translit.Transliterator
		in, want string
	}{
		{c2l, "Ютуб ва Ютубда", "YouTube va Yutubda"}, // exact: no suffixes
		{c2l, "Шавкатнинг", "Shavkatning"},            // stem + suffix
		{c2l, "ШАВКАТ", "SHAVKAT"},                    // capitals
		{l2c, "Kazinform xabari", "Kazinform хабари"}, // kept
		{l2c, "Kazinformning", "Kazinformнинг"},       // kept stem, converted suffix
		{l2c, "YouTube", "Ютуб"},                      // glossary beats mixed-case rule
		{l2c, "kampuslarda Yozuv", "кампусларда Yozuv"},
		{l2c, "Kam\x1fpus", "Кам\x1fпус"},
	} {
		if got := tc.t.String(tc.in); got != tc.want {
			t.Errorf("%s: %q = %q; want %q", tc.t.To(), tc.in, got, tc.want)
		}
	}
}

func TestGlossaryErrors(t *testing.T) {
	for _, tc := range []struct {
		in         string
		line, ent  int
		msgContain string
	}{
		{`{"words": [`, 1, 1, "want '{'"},
		{"{\n\"words\": [\n{\"uz-Cyrl\": \"Бир\"}\n]}", 3, 1, "at least two scripts"},
		{"{\"words\": [\n{\"uz-Cyrl\": \"бир\", \"uz-Latn\": \"bir\"},\n{\"keep\": \"икки сўз\"}]}", 3, 2, "more than one word"},
		{`{"words": [{"uz-Cyrl": "а", "uz-Latn": "a", "color": "red"}]}`, 1, 1, "unknown field"},
		{`{"entries": []}`, 1, 0, "unknown field"},
		{`{"words": [{"keep": "x", "uz-Latn": "y"}]}`, 1, 1, "cannot be given"},
		{`{"words": [{"uz-Latn": "a", "uz-Latn": "b"}]}`, 1, 1, "given twice"},
		{`{"words": []} x`, 1, 0, "after the glossary"},
		{`{}`, 1, 0, `no "words"`},
		{`{"words": [{"keep": "` + strings.Repeat("a", 65) + `"}]}`, 1, 1, "longer than"},
	} {
		_, err := translit.ParseGlossary([]byte(tc.in))
		var ge *translit.GlossaryError
		if !errors.As(err, &ge) {
			t.Errorf("ParseGlossary(%q) error = %v; want a GlossaryError", tc.in, err)
			continue
		}
		if ge.Line != tc.line || ge.Entry != tc.ent || !strings.Contains(ge.Msg, tc.msgContain) {
			t.Errorf("ParseGlossary(%q) = %v; want line %d entry %d, %q", tc.in, err, tc.line, tc.ent, tc.msgContain)
		}
	}
	big := make([]byte, translit.MaxGlossaryBytes+1)
	if _, err := translit.ParseGlossary(big); err == nil {
		t.Error("an oversized glossary was accepted")
	}
}

func TestGlossaryUnicodeEscapes(t *testing.T) {
	g, err := translit.ParseGlossary([]byte(`{"words": [{"uz-Cyrl": "\u0428\u0430\u0432\u043a\u0430\u0442", "uz-Latn": "Shavkat"}]}`))
	if err != nil || g.Entries()[0].Forms["uz-Cyrl"] != "Шавкат" {
		t.Fatalf("escapes: %v %v", g, err)
	}
}
