package layout

import (
	"strings"

	"golang.org/x/text/unicode/bidi"

	"github.com/lectern-app/lectern/render/fonts"
)

// Bidirectional text (UAX #9). A paragraph's direction is that of its first
// strong character (like a browser's dir=auto); every frag gets its
// embedding level in style.level, so pieces and runs split where the
// direction changes, are shaped in it, and each line is put in visual order
// (rule L2) when it is drawn.

// placeholder stands for inline code, checkboxes and formulas in the text
// the levels are computed on: a neutral that takes its neighbours' direction.
const placeholder = "\ufffc"

// bidiFrags gives every frag its embedding level, cutting text frags where
// the level changes; rtl reports a right-to-left paragraph. Text with no
// right-to-left character is returned as it is, all at level 0.
func bidiFrags(frags []frag) (out []frag, rtl bool) {
	any := false
	for _, f := range frags {
		if f.st.box == 0 && f.st.math == nil && hasRTL(f.text) {
			any = true
			break
		}
	}
	if !any {
		return frags, false
	}
	var sb strings.Builder
	starts := make([]int, len(frags)+1)
	for i, f := range frags {
		starts[i] = sb.Len()
		switch {
		case f.brk:
			sb.WriteString("\u2028") // a line separator: white space, not a new paragraph
		case f.st.box != 0 || f.st.math != nil || f.st.code:
			sb.WriteString(placeholder)
		default:
			sb.WriteString(f.text)
		}
	}
	starts[len(frags)] = sb.Len()
	text := sb.String()
	levels, rtl := byteLevels(text)
	for i, f := range frags {
		s0, s1 := starts[i], starts[i+1]
		if f.brk || f.st.box != 0 || f.st.math != nil || f.st.code || s1 == s0 {
			f.st.level = levels[min(s0, len(levels)-1)]
			out = append(out, f)
			continue
		}
		from := s0
		for k := s0 + 1; k <= s1; k++ {
			if k == s1 || levels[k] != levels[from] {
				g := f
				g.text = f.text[from-s0 : k-s0]
				g.st.level = levels[from]
				out = append(out, g)
				from = k
			}
		}
	}
	return out, rtl
}

// hasRTL reports whether s holds a right-to-left character (Hebrew, Arabic,
// Syriac, Thaana, N'Ko… and their presentation forms) or Arabic digits.
func hasRTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xd6 { // U+0590 and up start with 0xD6 or more
			for _, r := range s[i:] {
				if r >= 0x590 {
					p, _ := bidi.LookupRune(r)
					if c := p.Class(); c == bidi.R || c == bidi.AL || c == bidi.AN || c == bidi.RLE || c == bidi.RLO || c == bidi.RLI {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// byteLevels is the embedding level of every byte of a paragraph (0 left to
// right, 1 right to left, 2 left to right inside right to left). x/text
// gives the direction of each stretch; the levels follow from the paragraph
// level as UAX #9's implicit rules set them (no explicit embeddings): in a
// right-to-left paragraph left-to-right text is at 2; in a left-to-right
// one numbers that follow right-to-left text, and Arabic digits, are at 2.
func byteLevels(text string) ([]int8, bool) {
	levels := make([]int8, len(text)+1)
	var p bidi.Paragraph
	if _, err := p.SetString(oneParagraph(text)); err != nil {
		return levels, false
	}
	o, err := p.Order()
	if err != nil || o.NumRuns() == 0 {
		return levels, false
	}
	rtl := fonts.RightToLeft(text)
	runeByte := make([]int, 0, len(text)+1)
	for i := range text {
		runeByte = append(runeByte, i)
	}
	runeByte = append(runeByte, len(text))
	prevRTL := false
	for i := 0; i < o.NumRuns(); i++ {
		run := o.Run(i)
		a, b := run.Pos()
		b++
		if a < 0 || b > len(runeByte)-1 || a >= b {
			continue
		}
		isRTL := run.Direction() == bidi.RightToLeft
		var lv int8
		switch {
		case isRTL:
			lv = 1
		case rtl:
			lv = 2
		}
		for k := runeByte[a]; k < runeByte[b]; k++ {
			levels[k] = lv
		}
		if !rtl && !isRTL {
			numbersUp(text[runeByte[a]:runeByte[b]], levels[runeByte[a]:], prevRTL)
		}
		prevRTL = isRTL
	}
	levels[len(text)] = levels[max(0, len(text)-1)]
	return levels, rtl
}

// oneParagraph is text with paragraph separators (a newline, U+2029…)
// blanked byte for byte: x/text stops at the first, and a slide's
// paragraph is one bidi paragraph.
func oneParagraph(text string) string {
	var b []byte
	for i, r := range text {
		if p, n := bidi.LookupRune(r); p.Class() == bidi.B {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k < i+n; k++ {
				b[k] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// numbersUp raises to level 2 the numbers of a left-to-right stretch of a
// left-to-right paragraph that UAX #9 keeps as numbers: Arabic digits
// anywhere, European digits only at its start right after right-to-left
// text (after a left-to-right letter they became letters, rule W7).
func numbersUp(s string, lv []int8, afterRTL bool) {
	start, lastDigit := -1, -1
	lead := afterRTL
	flush := func() {
		if start >= 0 && lastDigit >= start {
			for k := start; k < lastDigit; k++ {
				lv[k] = 2
			}
		}
		start, lastDigit = -1, -1
	}
	for i, r := range s {
		p, n := bidi.LookupRune(r)
		switch c := p.Class(); {
		case c == bidi.AN || c == bidi.EN && lead:
			if start < 0 {
				start = i
			}
			lastDigit = i + n
		case start >= 0 && (c == bidi.CS || c == bidi.ES || c == bidi.ET || c == bidi.NSM || c == bidi.BN):
		default:
			flush()
			if c == bidi.L {
				lead = false
			}
		}
	}
	flush()
}

// visualOrder is the order in which items at the given levels are drawn
// left to right (UAX #9 rule L2: from the highest level down to the lowest
// odd one, reverse every stretch at that level or above).
func visualOrder(levels []int8) []int {
	order := make([]int, len(levels))
	var hi, lowOdd int8 = 0, 127
	for i, l := range levels {
		order[i] = i
		hi = max(hi, l)
		if l%2 == 1 {
			lowOdd = min(lowOdd, l)
		}
	}
	for lv := hi; lv >= lowOdd && lv > 0; lv-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < lv {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= lv {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order
}

// toVisual puts a line's pieces in the order they are drawn, left to right
// (UAX #9 rule L2 on their levels), and places them end to end again.
func toVisual(l *line) {
	levels := make([]int8, len(l.pieces))
	mixed := false
	for i, p := range l.pieces {
		levels[i] = p.st.level
		mixed = mixed || p.st.level != 0
	}
	if !mixed {
		return
	}
	order := visualOrder(levels)
	pieces := make([]piece, len(order))
	x := 0.0
	for i, k := range order {
		pieces[i] = l.pieces[k]
		l.xs[i] = x
		x += pieces[i].w
	}
	l.pieces = pieces
}

// runText is the text of pieces from..to (visual order) in logical order:
// right-to-left pieces (odd level) were drawn last piece first. Pieces of
// other styles between them are skipped (boxes, empty pieces).
func runText(ps []piece, from, to int) string {
	if from == to {
		return ps[from].text
	}
	rtl := ps[from].st.level%2 == 1
	var sb strings.Builder
	for k := from; k <= to; k++ {
		i := k
		if rtl {
			i = from + to - k
		}
		if ps[i].st == ps[from].st {
			sb.WriteString(ps[i].text)
		}
	}
	return sb.String()
}
