package fonts

import (
	"sync"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// maxClusters bounds the multi-character clusters each face remembers (a
// deck is untrusted: endless mark combinations must not grow memory).
const maxClusters = 4096

var segmenters = sync.Pool{New: func() any { return new(segmenter.Segmenter) }}

// eachCluster calls fn with the byte range of each grapheme cluster of s
// (UAX #29 extended clusters: a base and its marks, a conjunct, an emoji
// sequence, a flag), in order.
func eachCluster(s string, fn func(i, j int)) {
	runes := []rune(s)
	offs := make([]int, 0, len(runes)+1)
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	seg := segmenters.Get().(*segmenter.Segmenter)
	defer segmenters.Put(seg)
	seg.Init(runes)
	it := seg.GraphemeIterator()
	for it.Next() {
		g := it.Grapheme()
		fn(offs[g.Offset], offs[g.Offset+len(g.Text)])
	}
}

// Clusters calls fn with the byte range of each grapheme cluster of s: the
// places text may be cut without tearing a character apart.
func Clusters(s string, fn func(i, j int)) {
	if !isASCII(s) {
		eachCluster(s, fn)
		return
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			fn(i, i+2) // CR LF is one cluster
			i++
			continue
		}
		fn(i, i+1)
	}
}

// resolveCluster is the face that draws a grapheme cluster asked in f: the
// first that has all of its characters (default-ignorables aside). When none
// has them all, the face of its first character draws it (marks no font has
// show as boxes); when no font has that, the base face's .notdef box.
func (fc *face) resolveCluster(f Font, cl string) resolved {
	r, n := utf8.DecodeRuneInString(cl)
	if n == len(cl) {
		switch {
		case r < 0x20 || r == 0x7f:
			return resolved{font: f, skip: true} // a control character: never drawn as a box
		case r < 128:
			return resolved{font: f}
		}
		return fc.resolve(f, r)
	}
	if v, ok := fc.res.Load(cl); ok {
		return v.(resolved)
	}
	var need []rune
	for _, r := range cl {
		if r >= 0x20 && !ignorable(r) {
			need = append(need, r)
		}
	}
	out := fc.clusterFace(f, need)
	if fc.clusters.Add(1) <= maxClusters {
		fc.res.Store(cl, out)
	}
	return out
}

func (fc *face) clusterFace(f Font, need []rune) resolved {
	if len(need) == 0 {
		return resolved{font: f, skip: true}
	}
	if fc.hasAll(need) || fc.composes(need) {
		return resolved{font: f}
	}
	first := fc.resolve(f, need[0])
	if !first.missing && first.font != f && get(first.font).hasAll(need) {
		return resolved{font: first.font}
	}
	if fb, ok := fallback(f, need...); ok {
		return resolved{font: fb}
	}
	if !first.missing {
		return resolved{font: first.font}
	}
	return resolved{font: f, missing: true}
}

// composes reports whether a base and its marks compose (NFC) into one
// character the face has: e + U+0301 is é, which the shaper composes.
func (fc *face) composes(rs []rune) bool {
	c := norm.NFC.String(string(rs))
	r, n := utf8.DecodeRuneInString(c)
	return n == len(c) && r != utf8.RuneError && fc.has(r)
}

func (fc *face) hasAll(rs []rune) bool {
	for _, r := range rs {
		if !fc.has(r) {
			return false
		}
	}
	return true
}

// RightToLeft reports whether the first strong character of s is right to
// left (Hebrew, Arabic, …): the direction a run of s alone is shaped in.
func RightToLeft(s string) bool {
	for _, r := range s {
		if r < 0x590 && r != 0 {
			if r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') {
				return false
			}
			if r < 0x80 {
				continue
			}
		}
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.R, bidi.AL:
			return true
		case bidi.L:
			return false
		}
	}
	return false
}
