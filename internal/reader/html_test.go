package reader

import "testing"

func TestHTMLText(t *testing.T) {
	for in, want := range map[string]string{
		"":                              "",
		"plain":                         "plain",
		`<p title="x">Ўз<b>бек</b></p>`: " Ўз бек  ",
		"a<!-- <b> -->b":                "a b",
		"<script>var x = 'y'</script>Матн<style>p{}</style>": " Матн ",
		"a<b": "a ",
	} {
		if got := HTMLText(in); got != want {
			t.Errorf("HTMLText(%q) = %q; want %q", in, got, want)
		}
	}
}
