package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// rangeSpans reads explicit slide ranges such as "1-3,4-6,7-9". A single
// number is a one-slide part and "7-" runs to the last slide. Ranges must be
// in slide order without overlap; slides they leave out are not exported.
func rangeSpans(d *deck.Deck, spec string) ([]span, error) {
	n := len(d.Slides)
	var out []span
	for _, field := range strings.Split(spec, ",") {
		f := strings.TrimSpace(field)
		if f == "" {
			return nil, fmt.Errorf("split %q has an empty range: write slide ranges like 1-3,4-6 or one of parts, sections, auto", spec)
		}
		a, b, err := parseRange(f, n)
		if err != nil {
			return nil, err
		}
		if b > n {
			return nil, fmt.Errorf("range %s is outside the deck: it has %d slides", f, n)
		}
		if len(out) > 0 && a <= out[len(out)-1].last {
			prev := out[len(out)-1]
			return nil, fmt.Errorf("range %s overlaps or comes before %d-%d: give ranges in slide order without overlap", f, prev.first, prev.last)
		}
		out = append(out, span{first: a, last: b})
	}
	return out, nil
}

func parseRange(f string, n int) (int, int, error) {
	bad := fmt.Errorf("%q is not a slide range like 4-6, a slide number, or one of parts, sections, auto", f)
	lo, hi, isRange := strings.Cut(f, "-")
	a, err := strconv.Atoi(strings.TrimSpace(lo))
	if err != nil {
		return 0, 0, bad
	}
	b := a
	if isRange {
		if h := strings.TrimSpace(hi); h == "" {
			b = n
		} else if b, err = strconv.Atoi(h); err != nil {
			return 0, 0, bad
		}
	}
	if a < 1 {
		return 0, 0, fmt.Errorf("range %s starts before slide 1", f)
	}
	if b < a {
		return 0, 0, fmt.Errorf("range %s runs backwards: write the lower slide first", f)
	}
	return a, b, nil
}
