package rehearse

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Range is a run of slides, both ends included, 1-based.
type Range struct{ First, Last int }

func (r Range) String() string { return fmt.Sprintf("%d-%d", r.First, r.Last) }

// Suggestion says how long the talk is likely to take and, when that is longer
// than its duration, what to cut or how to split it.
type Suggestion struct {
	Basis     string          // what the projection is from: "the last run", "the budgets" or "" with nothing to go on
	Slides    []time.Duration // projected time per slide, by slide number - 1
	Parts     []time.Duration // projected time per part, by part number - 1
	Projected time.Duration   // the sum of Slides
	Duration  time.Duration   // the deck's duration, 0 when it has none
	Over      time.Duration   // how much Projected exceeds Duration, 0 when within

	DropParts  []int   // fewest whole parts whose removal brings it within Duration
	DropSlides []int   // longest slides (never slide 1) whose removal brings it within, longest first
	Split      []Range // consecutive slides, each a talk within Duration where possible
	SplitCmd   string  // the export command line that makes Split

	Lines []string // plain sentences for the report
}

// maxExactParts bounds the exhaustive search for parts to drop.
const maxExactParts = 20

// Suggest projects the talk from the last run that fits the deck (from the
// deck's budgets when there is none) and, when it runs over the duration,
// names (a) the fewest whole parts to drop, preferring to keep the first,
// (b) the longest slides to drop, never the first, and (c) a split into
// consecutive talks that each fit.
func Suggest(d *deck.Deck, h *History) Suggestion {
	s := Suggestion{Duration: d.Meta.Duration}
	s.Slides = make([]time.Duration, len(d.Slides))
	if runs := Runs(d, h, 1); len(runs) > 0 {
		s.Basis = "the last run"
		for i, st := range runs[0].Slides {
			s.Slides[i] = seconds(st.Seconds)
		}
	} else {
		for i, sl := range d.Slides {
			s.Slides[i] = sl.Budget
			if sl.Budget > 0 {
				s.Basis = "the budgets"
			}
		}
	}
	for _, t := range s.Slides {
		s.Projected += t
	}
	s.Parts = make([]time.Duration, len(d.Parts))
	for i, p := range d.Parts {
		for n := p.First; n <= p.Last && n <= len(s.Slides); n++ {
			s.Parts[i] += s.Slides[n-1]
		}
	}
	if s.Basis == "" {
		s.Lines = []string{"There is no rehearsal run yet: rehearse the talk to see how long it takes."}
		return s
	}
	pace := "At the pace of " + s.Basis
	if s.Basis == "the budgets" {
		pace = "By its budgets (no rehearsal run yet)"
	}
	switch {
	case s.Duration == 0:
		s.Lines = append(s.Lines, fmt.Sprintf("%s the talk takes %s. The deck sets no duration, so there is nothing to cut it to: add one to its front matter, e.g. \"duration: 30m\".",
			pace, FormatClock(s.Projected)))
		return s
	case s.Projected <= s.Duration:
		s.Lines = append(s.Lines, fmt.Sprintf("%s the talk takes %s, within its %s with %s to spare.",
			pace, FormatClock(s.Projected), FormatClock(s.Duration), FormatClock(s.Duration-s.Projected)))
		return s
	}
	s.Over = s.Projected - s.Duration
	s.Lines = append(s.Lines, fmt.Sprintf("%s the talk takes %s, %s over its %s.",
		pace, FormatClock(s.Projected), FormatClock(s.Over), FormatClock(s.Duration)))
	s.DropParts = dropParts(s.Parts, s.Projected-s.Duration)
	s.DropSlides = dropSlides(s.Slides, s.Projected-s.Duration)
	s.Split = split(d, s.Slides, s.Parts, s.Duration)
	if len(s.Split) > 1 {
		s.SplitCmd = splitCommand(d.Path, s.Split)
	}
	s.Lines = append(s.Lines, s.cutLines(d)...)
	return s
}

// dropParts finds the fewest parts whose times add up to at least need,
// keeping at least one part; among as few, it keeps part 1 when it can, then
// cuts the least time, then cuts later parts. Nil when no such set exists.
func dropParts(parts []time.Duration, need time.Duration) []int {
	k := len(parts)
	if k < 2 {
		return nil
	}
	if k > maxExactParts {
		return dropGreedy(parts, need, 1)
	}
	best, bestKey := uint64(0), [4]int64{}
	for m := uint64(1); m < 1<<k-1; m++ {
		var cut time.Duration
		for i := 0; i < k; i++ {
			if m&(1<<i) != 0 {
				cut += parts[i]
			}
		}
		if cut < need {
			continue
		}
		// Lower is better: count, dropping part 1, time cut, then earlier parts cut (bit-reversed so later parts go first).
		key := [4]int64{int64(bits.OnesCount64(m)), int64(m & 1), int64(cut), int64(bits.Reverse64(m))}
		if best == 0 || less(key, bestKey) {
			best, bestKey = m, key
		}
	}
	var out []int
	for i := 0; i < k; i++ {
		if best&(1<<i) != 0 {
			out = append(out, i+1)
		}
	}
	return out
}

func less(a, b [4]int64) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// dropSlides drops the longest slides but the first until need is cut.
func dropSlides(slides []time.Duration, need time.Duration) []int {
	return dropGreedy(slides, need, 1)
}

// dropGreedy picks items (1-based numbers, never those below from) longest
// first until they add up to need, keeping at least one item. Nil when even
// that is not enough.
func dropGreedy(items []time.Duration, need time.Duration, from int) []int {
	var order []int
	for i := from; i < len(items); i++ {
		if items[i] > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]] > items[order[b]] })
	var out []int
	var cut time.Duration
	for _, i := range order {
		if cut >= need {
			break
		}
		out = append(out, i+1)
		cut += items[i]
	}
	if cut < need || len(out) == len(items) {
		return nil
	}
	return out
}

// split cuts the talk into the fewest consecutive talks that each fit the
// duration, as even as that allows. Whole parts stay together; a part that
// alone runs over is cut between its slides.
func split(d *deck.Deck, slides, parts []time.Duration, dur time.Duration) []Range {
	var units []Range
	var times []time.Duration
	for i, p := range d.Parts {
		if parts[i] <= dur {
			units, times = append(units, Range{p.First, p.Last}), append(times, parts[i])
			continue
		}
		for n := p.First; n <= p.Last; n++ {
			units, times = append(units, Range{n, n}), append(times, slides[n-1])
		}
	}
	if len(units) == 0 {
		return nil
	}
	groups := pack(times, dur)
	// The smallest cap that needs no more talks gives the most even split.
	var caps []time.Duration
	for i := range times {
		var t time.Duration
		for j := i; j < len(times); j++ {
			t += times[j]
			if t <= dur {
				caps = append(caps, t)
			}
		}
	}
	sort.Slice(caps, func(a, b int) bool { return caps[a] < caps[b] })
	for _, c := range caps {
		if g := pack(times, c); len(g) <= len(groups) {
			groups = g
			break
		}
	}
	out := make([]Range, len(groups))
	for i, g := range groups {
		out[i] = Range{units[g[0]].First, units[g[1]].Last}
	}
	return out
}

// pack fills groups of consecutive items up to limit; an item over the limit
// is a group of its own. Groups are index ranges, both ends included.
func pack(times []time.Duration, limit time.Duration) [][2]int {
	var out [][2]int
	var cur time.Duration
	for i, t := range times {
		if len(out) == 0 || (cur > 0 && cur+t > limit) || cur > limit {
			out = append(out, [2]int{i, i})
			cur = 0
		}
		out[len(out)-1][1] = i
		cur += t
	}
	return out
}

func splitCommand(path string, parts []Range) string {
	if path == "" {
		path = "DECK"
	}
	r := make([]string, len(parts))
	for i, p := range parts {
		r[i] = p.String()
	}
	return fmt.Sprintf("lectern export %s -o parts --split %s", shellQuote(path), strings.Join(r, ","))
}

func shellQuote(s string) string {
	if strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '+' || r == ':' ||
			r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
