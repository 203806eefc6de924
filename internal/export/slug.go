package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// slugMax is the longest slug in bytes, so folder names stay readable.
const slugMax = 40

// Slugify turns a title into a folder-name fragment: lower-case letters and
// digits joined by single dashes, cut at a word boundary to at most 40
// bytes, "part" when nothing is left. A combining mark after a letter stays
// with it (Devanagari's vowel signs and virama, a decomposed accent), so
// "नमस्ते" stays one word.
func Slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if unicode.IsMark(r) && !dash && b.Len() > 0 {
			b.WriteRune(r)
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(r)
	}
	s := b.String()
	if len(s) > slugMax {
		cut := strings.LastIndexByte(s[:slugMax+1], '-')
		if cut < slugMax/2 {
			cut = slugMax
			for cut > 0 && !utf8.RuneStart(s[cut]) || cut > 0 && startsWithMark(s[cut:]) {
				cut--
			}
		}
		s = strings.TrimRight(s[:cut], "-")
	}
	if s == "" {
		return "part"
	}
	return s
}

// startsWithMark: a cut before a combining mark would part it from its letter.
func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsMark(r)
}
