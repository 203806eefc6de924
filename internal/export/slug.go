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
// bytes, "part" when nothing is left.
func Slugify(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
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
			for cut > 0 && !utf8.RuneStart(s[cut]) {
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
