package export

import (
	"fmt"
	"math"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Costs of cutting between two slides, in the units of the imbalance term
// (squared relative deviation of a part from the mean part length). A cut at
// a deck part boundary is free; a cut before a level-1 heading slide costs a
// little; a cut anywhere else costs as much as two parts each a third off the
// mean, so the planner leaves part boundaries only for a clearly better
// balance.
const (
	cutAtPart    = 0.0
	cutAtSection = 0.15
	cutAtSlide   = 0.5
)

// autoSpans cuts the deck into the fewest parts that each take at most max,
// then, among cuts with that many parts, minimises the cut costs plus the
// imbalance of part lengths.
//
// A slide that alone takes longer than max is an error naming the slide: a
// part over the maximum would break the one promise "auto" makes, and only
// the speaker can choose between a larger maximum, a shorter slide or
// explicit ranges. --dry-run shows the same message before anything is written.
func autoSpans(d *deck.Deck, times []time.Duration, max time.Duration) ([]span, error) {
	if max <= 0 {
		return nil, fmt.Errorf("--split auto needs a maximum part length such as --max 20m")
	}
	n := len(times)
	for i, t := range times {
		if t > max {
			s := d.Slides[i]
			name := fmt.Sprintf("slide %d", i+1)
			if s.Title != "" {
				name += fmt.Sprintf(" %q", s.Title)
			}
			return nil, fmt.Errorf("%s takes %s alone, more than the maximum of %s: raise --max, shorten the slide's time, or give ranges", name, fmtDur(t), fmtDur(max))
		}
	}
	// Prefix sums in seconds; parts may hold slides i+1..j when
	// pre[j]-pre[i] <= max.
	pre := make([]time.Duration, n+1)
	for i, t := range times {
		pre[i+1] = pre[i] + t
	}
	k := greedyCount(times, max)
	mean := float64(pre[n]) / float64(k)
	cut := cutCosts(d)
	imb := func(i, j int) float64 {
		if mean == 0 {
			return 0
		}
		dev := (float64(pre[j]-pre[i]) - mean) / mean
		return dev * dev
	}
	inf := math.Inf(1)
	// cost[p][j]: best cost of slides 1..j in p parts, the last ending at j.
	cost := make([][]float64, k+1)
	from := make([][]int, k+1)
	for p := range cost {
		cost[p] = make([]float64, n+1)
		from[p] = make([]int, n+1)
		for j := range cost[p] {
			cost[p][j] = inf
		}
	}
	cost[0][0] = 0
	for p := 1; p <= k; p++ {
		for j := p; j <= n; j++ {
			best, arg := inf, -1
			for i := j - 1; i >= p-1 && pre[j]-pre[i] <= max; i-- {
				if cost[p-1][i] == inf {
					continue
				}
				c := cost[p-1][i] + imb(i, j)
				if i > 0 {
					c += cut[i]
				}
				// On a tie the earlier cut wins: later parts run longer.
				if c <= best+1e-12 {
					best, arg = c, i
				}
			}
			cost[p][j], from[p][j] = best, arg
		}
	}
	if cost[k][n] == inf {
		// Cannot happen: greedy found k parts that fit.
		return nil, fmt.Errorf("no cut into %d parts of at most %s", k, fmtDur(max))
	}
	spans := make([]span, k)
	j := n
	for p := k; p >= 1; p-- {
		i := from[p][j]
		spans[p-1] = span{first: i + 1, last: j}
		j = i
	}
	return spans, nil
}

// greedyCount is the fewest parts of at most max: filling each part as far
// as it goes is optimal for contiguous runs.
func greedyCount(times []time.Duration, max time.Duration) int {
	k := 1
	var cur time.Duration
	for _, t := range times {
		if cur+t > max {
			k++
			cur = 0
		}
		cur += t
	}
	return k
}

// cutCosts[i] is the cost of cutting after slide i (1-based), before slide i+1.
func cutCosts(d *deck.Deck) []float64 {
	n := len(d.Slides)
	c := make([]float64, n+1)
	for i := 1; i < n; i++ {
		c[i] = cutAtSlide
		if d.Format == deck.Markdown && isSectionSlide(d.Slides[i]) {
			c[i] = cutAtSection
		}
	}
	for _, p := range d.Parts {
		if p.First > 1 && p.First <= n {
			c[p.First-1] = cutAtPart
		}
	}
	return c
}

// fmtDur writes a duration the way speakers read it: 3m, 1m17s, 1h5m.
func fmtDur(d time.Duration) string {
	d = d.Round(time.Second)
	h := d / time.Hour
	m := (d % time.Hour) / time.Minute
	s := (d % time.Minute) / time.Second
	out := ""
	if h > 0 {
		out += fmt.Sprintf("%dh", h)
	}
	if m > 0 {
		out += fmt.Sprintf("%dm", m)
	}
	if s > 0 || out == "" {
		out += fmt.Sprintf("%ds", s)
	}
	return out
}
