package export

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// Split modes understood by Plan; anything else is read as slide ranges.
const (
	SplitParts    = "parts"    // the deck's parts (part: markers, PDF outline sections)
	SplitSections = "sections" // PDF: outline top level; Markdown: slides with a level-1 heading
	SplitAuto     = "auto"     // fewest parts that each fit PlanOptions.Max
)

// PlanOptions says how to cut a deck into parts.
type PlanOptions struct {
	// Split is "parts" (also ""), "sections", "auto" or slide ranges such as
	// "1-3,4-6,7-9" ("7-" runs to the last slide).
	Split string
	// Max is the longest a part may be; required by "auto".
	Max time.Duration
	// Duration is the talk's length when the deck gives none; its time is
	// spread over the slides like the deck's own duration would be.
	Duration time.Duration
	// Times are per-slide times from rehearsal runs, indexed by slide number
	// - 1. They win over budgets when given for every slide.
	Times []time.Duration
}

// PartPlan is one part to export.
type PartPlan struct {
	Number int           // 1-based
	Title  string        // the part's title
	First  int           // first slide number
	Last   int           // last slide number, inclusive
	Budget time.Duration // sum of the slides' times (0 when the deck has no times)
	Slug   string        // folder name, e.g. "01-why-offline"
}

// Slides is how many slides the part holds.
func (p PartPlan) Slides() int { return p.Last - p.First + 1 }

// MarshalJSON writes the budget in whole seconds, as parts.json does.
func (p PartPlan) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Number  int    `json:"number"`
		Title   string `json:"title"`
		First   int    `json:"first"`
		Last    int    `json:"last"`
		BudgetS int64  `json:"budget_s"`
		Slug    string `json:"slug"`
	}{p.Number, p.Title, p.First, p.Last, seconds(p.Budget), p.Slug})
}

// Plan cuts d into parts as opt says. It never changes d.
//
// Times per slide come from opt.Times (rehearsal) when given for every slide,
// else from the slides' budgets, else from the deck's duration (or
// opt.Duration when the deck has none) spread evenly; part budgets are the
// sums of those times. Only "auto" needs times; the other modes report a
// zero budget when there are none.
func Plan(d *deck.Deck, opt PlanOptions) ([]PartPlan, error) {
	if d == nil || len(d.Slides) == 0 {
		return nil, fmt.Errorf("plan parts of %s: the deck has no slides", deckName(d))
	}
	times, timed := slideTimes(d, opt)
	split := strings.ToLower(strings.TrimSpace(opt.Split))
	var spans []span
	var err error
	switch split {
	case "", SplitParts:
		spans = partSpans(d)
	case SplitSections:
		spans = sectionSpans(d)
	case SplitAuto:
		if !timed {
			return nil, fmt.Errorf("plan parts of %s: --split auto needs slide times, and the deck has no duration, budgets or rehearsal times: give --duration", deckName(d))
		}
		spans, err = autoSpans(d, times, opt.Max)
	default:
		spans, err = rangeSpans(d, opt.Split)
	}
	if err != nil {
		return nil, fmt.Errorf("plan parts of %s: %w", deckName(d), err)
	}
	return finish(d, spans, times), nil
}

// span is a run of slides [first, last] before it gets a number and title.
type span struct {
	first, last int
	title       string // "" → derived by finish
}

func finish(d *deck.Deck, spans []span, times []time.Duration) []PartPlan {
	width := 2
	if len(spans) >= 100 {
		width = len(fmt.Sprint(len(spans)))
	}
	out := make([]PartPlan, 0, len(spans))
	for i, s := range spans {
		var b time.Duration
		for k := s.first; k <= s.last; k++ {
			b += times[k-1]
		}
		title := s.title
		if title == "" {
			title = spanTitle(d, s)
		}
		n := i + 1
		out = append(out, PartPlan{
			Number: n, Title: title, First: s.first, Last: s.last, Budget: b,
			Slug: fmt.Sprintf("%0*d-%s", width, n, Slugify(title)),
		})
	}
	return out
}

// spanTitle names a part: the deck part it starts, else its first slide's
// title, else the deck part it continues.
func spanTitle(d *deck.Deck, s span) string {
	p := d.PartOf(s.first)
	if p != nil && p.First == s.first && p.Title != "" {
		return p.Title
	}
	if t := strings.TrimSpace(d.Slides[s.first-1].Title); t != "" {
		return t
	}
	if p != nil && p.Title != "" {
		return p.Title + " (continued)"
	}
	return fmt.Sprintf("Slides %d-%d", s.first, s.last)
}

func partSpans(d *deck.Deck) []span {
	if len(d.Parts) == 0 {
		return []span{{first: 1, last: len(d.Slides), title: d.Meta.Title}}
	}
	out := make([]span, 0, len(d.Parts))
	for _, p := range d.Parts {
		out = append(out, span{first: p.First, last: p.Last, title: p.Title})
	}
	return out
}

// sectionSpans cuts a PDF deck at its outline's top level (its parts) and a
// Markdown deck before every slide whose first heading is a level-1 heading.
func sectionSpans(d *deck.Deck) []span {
	if d.Format != deck.Markdown {
		return partSpans(d)
	}
	var starts []int
	for i, s := range d.Slides {
		if i == 0 || isSectionSlide(s) {
			starts = append(starts, i+1)
		}
	}
	out := make([]span, 0, len(starts))
	for i, f := range starts {
		last := len(d.Slides)
		if i+1 < len(starts) {
			last = starts[i+1] - 1
		}
		out = append(out, span{first: f, last: last})
	}
	return out
}

// slideTimes resolves one time per slide and says whether every slide got
// one: rehearsal times given for every slide, else budgets when every slide
// has one, else the deck's duration (or opt.Duration) spread as the deck
// itself would spread it. Without any of these the times are the budgets,
// zeros included, and ok is false.
func slideTimes(d *deck.Deck, opt PlanOptions) (times []time.Duration, ok bool) {
	n := len(d.Slides)
	if len(opt.Times) == n && positive(opt.Times) {
		return append([]time.Duration(nil), opt.Times...), true
	}
	out := make([]time.Duration, n)
	all := true
	for i, s := range d.Slides {
		out[i] = s.Budget
		if s.Budget <= 0 {
			all = false
		}
	}
	if all {
		return out, true
	}
	dur := d.Meta.Duration
	if dur <= 0 {
		dur = opt.Duration
	}
	if dur <= 0 {
		return out, false
	}
	// On a copy: directives keep their time, the other slides share what
	// is left of the duration.
	cp := deck.Deck{Meta: d.Meta, Slides: append([]deck.Slide(nil), d.Slides...)}
	cp.Meta.Duration = dur
	cp.ComputeBudgets()
	for i, s := range cp.Slides {
		out[i] = s.Budget
	}
	return out, true
}

func positive(ts []time.Duration) bool {
	for _, t := range ts {
		if t > 0 {
			return true
		}
	}
	return false
}

func seconds(d time.Duration) int64 { return int64(d.Round(time.Second) / time.Second) }

func deckName(d *deck.Deck) string {
	if d == nil || d.Path == "" {
		return "the deck"
	}
	return d.Path
}
