package loader

import (
	"bytes"
	"errors"
	"strings"
)

// minify removes comments and the white space that JavaScript does not
// need from src: indentation, blanks around punctuation, and line breaks
// after ; { , and before }. It keeps every other line break, so automatic
// semicolon insertion works as in the source. It understands strings,
// template literals without substitutions that span lines, and regular
// expression literals after ( , = : [ ! & | ? { } ; or return. It is meant
// for the loader and wasm_exec.js, not for arbitrary code.
func minify(src []byte) ([]byte, error) {
	var out bytes.Buffer
	s := string(src)
	last := byte('\n') // last significant byte written
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' {
					j++
				} else if s[j] == '\n' && c != '`' {
					return nil, errors.New("minify: unterminated string at byte " + itoa(i))
				}
				j++
			}
			if j >= len(s) {
				return nil, errors.New("minify: unterminated string at byte " + itoa(i))
			}
			out.WriteString(s[i : j+1])
			last, i = c, j+1
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return nil, errors.New("minify: unterminated comment at byte " + itoa(i))
			}
			i += j + 4
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				j = len(s) - i
			}
			i += j
		case c == '/' && (strings.IndexByte("(,=:[!&|?{};\n", last) >= 0 || bytes.HasSuffix(out.Bytes(), []byte("return"))):
			j, class := i+1, false
			for ; j < len(s); j++ {
				if s[j] == '\\' {
					j++
					continue
				}
				if s[j] == '\n' {
					return nil, errors.New("minify: unterminated regular expression at byte " + itoa(i))
				}
				if s[j] == '[' {
					class = true
				} else if s[j] == ']' {
					class = false
				} else if s[j] == '/' && !class {
					break
				}
			}
			j++
			for j < len(s) && ('a' <= s[j] && s[j] <= 'z') {
				j++
			}
			out.WriteString(s[i:j])
			last, i = '/', j
		case c == ' ' || c == '\t' || c == '\r':
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
				j++
			}
			if j < len(s) && s[j] != '\n' && needSpace(last, s[j]) {
				out.WriteByte(' ')
			}
			i = j
		case c == '\n':
			for i < len(s) && (s[i] == '\n' || s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
				i++
			}
			if i < len(s) && s[i] == '/' && i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '*') {
				continue // a comment line: decide after it
			}
			if strings.IndexByte(";{,\n", last) >= 0 || i < len(s) && s[i] == '}' {
				continue
			}
			out.WriteByte('\n')
			last = '\n'
		default:
			out.WriteByte(c)
			last, i = c, i+1
		}
	}
	return append(bytes.TrimSpace(out.Bytes()), '\n'), nil
}

// needSpace reports whether a blank between a and b must stay.
func needSpace(a, b byte) bool {
	return isWord(a) && isWord(b) || (a == '+' || a == '-') && (b == '+' || b == '-')
}

func isWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '$' || c >= 0x80
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}
