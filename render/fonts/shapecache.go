package fonts

import (
	"strings"
	"sync"
	"unsafe"
)

// The shape cache keeps HarfBuzz's answer for a face, direction and text at
// unit size: the layout measures the same words at many scales while it
// searches for one that fits, and every backend draws them again.
const (
	maxShaped      = 16384   // entries; when full, about half are dropped
	maxShapedBytes = 8 << 20 // or when their glyphs and texts take this much
	maxShapedText  = 512     // longer texts are shaped every time, not kept
)

// shapedCost is roughly the memory an entry holds.
func shapedCost(s *Shaped, text string) int {
	return len(s.Glyphs)*int(unsafe.Sizeof(Glyph{})) + len(text) + 96
}

type shapeKey struct {
	f    Font
	rtl  bool
	text string
}

var shapeCache struct {
	mu    sync.RWMutex
	m     map[shapeKey]*Shaped
	bytes int
}

// shapeUnit is text shaped in f at size 1, from the cache when it can be.
// The result is shared: callers must not change it.
func shapeUnit(f Font, text string, rtl bool) (*Shaped, error) {
	if len(text) > maxShapedText {
		s, err := shapeNow(f, text, rtl)
		return &s, err
	}
	k := shapeKey{f: f, rtl: rtl, text: text}
	shapeCache.mu.RLock()
	s := shapeCache.m[k]
	shapeCache.mu.RUnlock()
	if s != nil {
		return s, nil
	}
	sh, err := shapeNow(f, text, rtl)
	if err != nil {
		return nil, err
	}
	k.text = strings.Clone(text) // do not keep a whole slide's source alive
	shapeCache.mu.Lock()
	if shapeCache.m == nil {
		shapeCache.m = map[shapeKey]*Shaped{}
	}
	if len(shapeCache.m) >= maxShaped || shapeCache.bytes >= maxShapedBytes {
		for key, v := range shapeCache.m { // map order is random enough for eviction
			delete(shapeCache.m, key)
			shapeCache.bytes -= shapedCost(v, key.text)
			if len(shapeCache.m) <= maxShaped/2 && shapeCache.bytes <= maxShapedBytes/2 {
				break
			}
		}
	}
	if old, ok := shapeCache.m[k]; ok { // shaped meanwhile by another goroutine
		shapeCache.bytes -= shapedCost(old, k.text)
	}
	shapeCache.m[k] = &sh
	shapeCache.bytes += shapedCost(&sh, k.text)
	shapeCache.mu.Unlock()
	return &sh, nil
}

// Width is the shaped advance width of text set in f alone (one run of
// EachRun) at size, in direction rtl: the sum of Shape's glyph advances,
// without building the glyphs. Printable ASCII in a face without layout
// tables (the Go fonts) adds the nominal advances, which is what HarfBuzz
// gives there too.
func Width(f Font, size float64, text string, rtl bool) float64 {
	fc := get(f)
	if fc.err != nil {
		return 0.6 * size * float64(len([]rune(text)))
	}
	if fc.plain && printableASCII(text) {
		w := 0.0
		for i := 0; i < len(text); i++ {
			w += fc.ascii[text[i]]
		}
		return w * size
	}
	u, err := shapeUnit(f, text, rtl)
	if err != nil {
		return 0
	}
	return u.Width * size
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// The runs cache keeps EachRun's answer for non-ASCII text: finding grapheme
// clusters and their faces costs more than shaping a cached word.
// maxRuns bounds the runs cache: at most maxShapedText bytes of text each.
const maxRuns = 8192

type runsKey struct {
	f    Font
	text string
}

var runsCache struct {
	mu sync.RWMutex
	m  map[runsKey][]Run
}

func cachedRuns(f Font, s string) []Run {
	if len(s) > maxShapedText {
		return splitRuns(f, s)
	}
	k := runsKey{f: f, text: s}
	runsCache.mu.RLock()
	rs, ok := runsCache.m[k]
	runsCache.mu.RUnlock()
	if ok {
		return rs
	}
	// keep a copy, and runs that point into it, not into the caller's text
	k.text = strings.Clone(s)
	rs = splitRuns(f, k.text)
	runsCache.mu.Lock()
	if runsCache.m == nil {
		runsCache.m = map[runsKey][]Run{}
	}
	if len(runsCache.m) >= maxRuns {
		for key := range runsCache.m {
			delete(runsCache.m, key)
			if len(runsCache.m) <= maxRuns/2 {
				break
			}
		}
	}
	runsCache.m[k] = rs
	runsCache.mu.Unlock()
	return rs
}
