package export

import (
	"fmt"
	"strings"
)

// Describe writes a plan as the lines `lectern export --dry-run` prints:
// one part per line with its slides, time, title and folder.
//
//	1  slides 1-3   8m26s  Why offline  → 01-why-offline/
func Describe(plan []PartPlan) string {
	wTitle, wSlides := 0, 0
	for _, p := range plan {
		wTitle = max(wTitle, len([]rune(p.Title)))
		wSlides = max(wSlides, len(slideSpan(p)))
	}
	var b strings.Builder
	for _, p := range plan {
		t := "-"
		if p.Budget > 0 {
			t = fmtDur(p.Budget)
		}
		pad := strings.Repeat(" ", wTitle-len([]rune(p.Title)))
		fmt.Fprintf(&b, "%2d  %-*s  %6s  %s%s  → %s/\n", p.Number, wSlides, slideSpan(p), t, p.Title, pad, p.Slug)
	}
	return b.String()
}

func slideSpan(p PartPlan) string {
	if p.First == p.Last {
		return fmt.Sprintf("slide %d", p.First)
	}
	return fmt.Sprintf("slides %d-%d", p.First, p.Last)
}
