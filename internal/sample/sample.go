package sample

import (
	_ "embed"
	"strings"
)

// Article is the sample article, one paragraph a line.
//
//go:embed article.uz-Cyrl.txt
var Article string

// Headline returns the article's headline (its first line without the date).
func Headline() string {
	first, _, _ := strings.Cut(Article, "\n")
	if f := strings.Fields(first); len(f) > 2 && f[0] == "date" {
		return strings.Join(f[2:], " ")
	}
	return first
}

// Paragraphs returns the article's body paragraphs, headline excluded.
func Paragraphs() []string {
	_, body, _ := strings.Cut(Article, "\n")
	var out []string
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
