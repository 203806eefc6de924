package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle is how many characters of a text line make a title.
const maxTitle = 80

// pickTitle returns the first line that can be a title: not a running
// header repeating an outline entry (skip holds them in lower case), not a
// page number or a date.
func pickTitle(lines []string, skip map[string]bool) string {
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" || skip[strings.ToLower(l)] || letterCount(l) < 2 || reDate.MatchString(l) {
			continue
		}
		return shorten(l, maxTitle)
	}
	return ""
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// shorten cuts s to at most n characters at a word boundary, adding "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}
