package fonts

import "strings"

// resolved is which face draws a rune for a base face, and its advance in
// em units of that face; missing when no known face has the rune (it is then
// drawn as the base face's .notdef box).
type resolved struct {
	font    Font
	adv     float64
	missing bool
	skip    bool // default-ignorable: no width, not drawn
}

// resolve finds, once per base face and rune, the face that draws r.
func (fc *face) resolve(f Font, r rune) resolved {
	if v, ok := fc.res.Load(r); ok {
		return v.(resolved)
	}
	var out resolved
	switch {
	case ignorable(r):
		out = resolved{font: f, skip: true}
	case fc.has(r):
		out = resolved{font: f, adv: fc.runeAdvance(r)}
	default:
		if fb, ok := fallback(f, r); ok {
			out = resolved{font: fb, adv: get(fb).runeAdvance(r)}
		} else {
			out = resolved{font: f, adv: fc.runeAdvance(r), missing: true}
		}
	}
	fc.res.Store(r, out)
	return out
}

func (fc *face) runeAdvance(r rune) float64 {
	b := fc.buf()
	defer fc.bufs.Put(b)
	return fc.advance(b, r)
}

// Ignorable reports whether r takes no room and is never drawn (see ignorable).
func Ignorable(r rune) bool { return r >= 128 && ignorable(r) }

// ignorable is a default-ignorable code point (joiners, direction marks,
// variation selectors, tags, C1 controls): it takes no room and is not
// drawn, so no backend may turn it into a space or a box.
func ignorable(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f, r == 0xad, r == 0x34f, r == 0x61c,
		r >= 0x115f && r <= 0x1160, r >= 0x17b4 && r <= 0x17b5, r >= 0x180b && r <= 0x180f,
		r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2060 && r <= 0x206f,
		r == 0x3164, r >= 0xfe00 && r <= 0xfe0f, r == 0xfeff, r == 0xffa0,
		r >= 0x1bca0 && r <= 0x1bca3, r >= 0x1d173 && r <= 0x1d17a, r >= 0xe0000 && r <= 0xe0fff:
		return true
	}
	return false
}

// Run is a stretch of text drawn with one face. Missing runs hold characters
// no font has; they are set in the base face, whose .notdef box they show.
type Run struct {
	Font    Font
	Text    string
	Missing bool
}

// EachRun calls fn for each run of s set in f, in order, splitting where the
// face that draws the text changes. Faces are chosen per grapheme cluster, so
// a combining mark, a virama conjunct or an emoji sequence stays in one face:
// the first that has all of it (clusters.go). A default-ignorable character
// standing alone is left out; inside a cluster (a joiner in an emoji, a
// variation selector) it stays for the shaper, unless it ends s. Measure(f,
// size, s) is the sum of Measure(run.Font, size, run.Text).
func EachRun(f Font, s string, fn func(Run)) {
	if printableASCII(s) {
		if s != "" {
			fn(Run{Font: f, Text: s})
		}
		return
	}
	for _, r := range cachedRuns(f, s) {
		fn(r)
	}
}

// splitRuns is EachRun's work, uncached.
func splitRuns(f Font, s string) []Run {
	fc := get(f)
	if fc.err != nil || oneRun(f, s) {
		if s == "" {
			return nil
		}
		return []Run{{Font: f, Text: s}}
	}
	var out []Run
	// a joiner that ends the text joins nothing: leave it out
	s = strings.TrimRight(s, "\u200c\u200d")
	cur := resolved{font: f}
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, Run{Font: cur.font, Text: s[start:end], Missing: cur.missing})
		}
	}
	eachCluster(s, func(i, j int) {
		rs := fc.resolveCluster(f, s[i:j])
		if rs.skip {
			flush(i)
			start = j
			return
		}
		if rs.font != cur.font || rs.missing != cur.missing {
			flush(i)
			start = i
			cur = rs
		}
	})
	flush(len(s))
	return out
}

// Simple reports whether s is drawn by f alone with no fallback, missing or
// ignorable character (every ASCII string is): callers skip splitting it.
func Simple(f Font, s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return simpleSlow(f, s[i:])
		}
	}
	return true
}

// oneRun reports whether s is a single run of f as it is: Simple, and no
// control character to leave out.
func oneRun(f Font, s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return false // a control character (C1 ones are ignorable: not Simple)
		}
	}
	return Simple(f, s)
}

func simpleSlow(f Font, s string) bool {
	fc := get(f)
	for _, r := range s {
		if r >= 128 {
			if rs := fc.resolve(f, r); rs.font != f || rs.missing || rs.skip {
				return false
			}
		}
	}
	return true
}

// Resolve is the face that draws r when the text asks for f; ok is false
// when no known font has r (it is then drawn as f's .notdef box).
func Resolve(f Font, r rune) (Font, bool) {
	if r >= 0 && r < 128 {
		return f, true
	}
	rs := get(f).resolve(f, r)
	return rs.font, !rs.missing
}

// Missing lists, once each in order of appearance, the characters of s that
// no known font can draw when set in f.
func Missing(f Font, s string) []rune {
	var out []rune
	fc := get(f)
	for _, r := range s {
		if r < 128 || fc.err != nil {
			continue
		}
		if fc.resolve(f, r).missing && !containsRune(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
