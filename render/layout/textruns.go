package layout

import (
	"fmt"
	"strings"
)

// KindMissingGlyph is the problem kind of characters no font can draw.
const KindMissingGlyph = "missing-glyph"

// MissingGlyphs is a slide's problem when some of its characters are in no
// installed font: every backend draws them as a box (.notdef).
type MissingGlyphs struct {
	Runes []rune
}

func (e *MissingGlyphs) Error() string {
	names := make([]string, len(e.Runes))
	for i, r := range e.Runes {
		names[i] = fmt.Sprintf("%q (U+%04X)", r, r)
	}
	return "no installed font has " + strings.Join(names, ", ") + "; shown as a box"
}

// Kind is the problem kind `lectern check` reports.
func (e *MissingGlyphs) Kind() string { return KindMissingGlyph }

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
