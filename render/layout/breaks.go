package layout

import (
	"strings"
	"sync"

	"github.com/go-text/typesetting/segmenter"
)

// Line break opportunities inside words (UAX #14): Chinese and Japanese
// text has no spaces, yet may break between most characters. Words of
// ASCII text break only at spaces, as before; others are cut where the
// Unicode line breaking rules allow and a grapheme cluster ends.

// splitAtBreaks cuts words at the break opportunities inside them; the
// trailing spaces stay with the last part.
func splitAtBreaks(ws []word) []word {
	var out []word
	for i, wd := range ws {
		cuts, starts := wordCuts(wd)
		if len(cuts) == 0 {
			if out != nil {
				out = append(out, wd)
			}
			continue
		}
		if out == nil {
			out = append(make([]word, 0, len(ws)+len(cuts)), ws[:i]...)
		}
		var cur word
		flush := func() {
			if len(cur.parts) > 0 {
				out = append(out, cur)
			}
			cur = word{}
		}
		add := func(p piece) {
			cur.parts = append(cur.parts, p)
			cur.w += p.w
		}
		ci := 0
		for k, p := range wd.parts {
			s0, s1 := starts[k], starts[k+1]
			for ; ci < len(cuts) && cuts[ci] <= s0; ci++ {
				if cuts[ci] == s0 {
					flush()
				}
			}
			if unsplittable(p) {
				add(p)
				continue
			}
			from := s0
			for ; ci < len(cuts) && cuts[ci] < s1; ci++ {
				add(newPiece(p.text[from-s0:cuts[ci]-s0], p.st))
				flush()
				from = cuts[ci]
			}
			if from == s0 {
				add(p)
			} else {
				add(newPiece(p.text[from-s0:], p.st))
			}
		}
		cur.trail, cur.tw = wd.trail, wd.tw
		out = append(out, cur)
	}
	if out == nil {
		return ws // nothing to cut: most text
	}
	return out
}

func unsplittable(p piece) bool { return p.st.code || p.st.box != 0 || p.st.math != nil }

// wordCuts are the byte offsets (in the word's text, code and formulas one
// placeholder letter each) where the word may break, and where each part
// starts in that text; none for ASCII words.
func wordCuts(wd word) (cuts, starts []int) {
	if wd.brk {
		return nil, nil
	}
	ascii := true
	for _, p := range wd.parts {
		if !unsplittable(p) && !isASCII(p.text) {
			ascii = false
			break
		}
	}
	if ascii {
		return nil, nil
	}
	var sb strings.Builder
	starts = make([]int, len(wd.parts)+1)
	for k, p := range wd.parts {
		starts[k] = sb.Len()
		if unsplittable(p) {
			sb.WriteString("A") // an alphabetic: breaks around it as around a word
		} else {
			sb.WriteString(p.text)
		}
	}
	starts[len(wd.parts)] = sb.Len()
	return breakOpportunities(sb.String()), starts
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// breakCache keeps the opportunities of recent words: the layout breaks
// the same text at many scales.
var breakCache struct {
	sync.Mutex
	m map[string][]int
}

const (
	maxBreakCache = 4096 // words
	maxBreakWord  = 512  // bytes: longer words are segmented every time
)

var lineSegmenters = sync.Pool{New: func() any { return new(segmenter.Segmenter) }}

// breakOpportunities are the byte offsets strictly inside s where a line
// may break: UAX #14 opportunities that are also grapheme boundaries.
func breakOpportunities(s string) []int {
	breakCache.Lock()
	cuts, ok := breakCache.m[s]
	breakCache.Unlock()
	if ok {
		return cuts
	}
	runes := []rune(s)
	offs := make([]int, 0, len(runes)+1)
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	seg := lineSegmenters.Get().(*segmenter.Segmenter)
	seg.Init(runes)
	cluster := map[int]bool{}
	gi := seg.GraphemeIterator()
	for gi.Next() {
		cluster[gi.Grapheme().Offset] = true
	}
	li := seg.LineIterator()
	for li.Next() {
		if o := li.Line().Offset; o > 0 && cluster[o] {
			cuts = append(cuts, offs[o])
		}
	}
	lineSegmenters.Put(seg)
	if len(s) > maxBreakWord {
		return cuts
	}
	breakCache.Lock()
	if breakCache.m == nil || len(breakCache.m) >= maxBreakCache {
		breakCache.m = map[string][]int{}
	}
	breakCache.m[strings.Clone(s)] = cuts
	breakCache.Unlock()
	return cuts
}
