package rehearse

import (
	"fmt"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// cutLines words the cuts and the split as sentences for the report.
func (s Suggestion) cutLines(d *deck.Deck) []string {
	var out []string
	left := func(cut time.Duration) string { return FormatClock(s.Projected - cut) }
	if len(s.DropParts) > 0 {
		var names []string
		var cut time.Duration
		for _, n := range s.DropParts {
			names = append(names, fmt.Sprintf("%d %s (%s)", n, quote(d.Parts[n-1].Title), FormatClock(s.Parts[n-1])))
			cut += s.Parts[n-1]
		}
		word := "part"
		if len(names) > 1 {
			word = "parts"
		}
		out = append(out, fmt.Sprintf("Drop %s %s and the talk takes %s.", word, join(names), left(cut)))
	} else if len(d.Parts) > 1 {
		out = append(out, "Dropping whole parts cannot bring it within the duration without dropping them all.")
	}
	if len(s.DropSlides) > 0 {
		var names []string
		var cut time.Duration
		for _, n := range s.DropSlides {
			cut += s.Slides[n-1]
			if len(s.DropSlides) <= 3 { // name a few; a long list reads better as numbers
				names = append(names, fmt.Sprintf("%d%s (%s)", n, titled(d, n), FormatClock(s.Slides[n-1])))
			} else {
				names = append(names, fmt.Sprint(n))
			}
		}
		if len(names) > 3 {
			names[len(names)-1] += fmt.Sprintf(" (the %d longest, %s in all)", len(names), FormatClock(cut))
		}
		word := "slide"
		if len(names) > 1 {
			word = "slides"
		}
		lead := "Drop"
		if len(out) > 0 && len(s.DropParts) > 0 {
			lead = "Or drop"
		}
		out = append(out, fmt.Sprintf("%s %s %s and the talk takes %s.", lead, word, join(names), left(cut)))
	}
	if len(s.Split) > 1 {
		var talks []string
		for _, r := range s.Split {
			var t time.Duration
			for n := r.First; n <= r.Last; n++ {
				t += s.Slides[n-1]
			}
			talks = append(talks, fmt.Sprintf("slides %s%s (%s)", r, partNames(d, r), FormatClock(t)))
		}
		out = append(out, fmt.Sprintf("Or give it as %d separate talks: %s. To export them: %s",
			len(s.Split), join(talks), s.SplitCmd))
	}
	for _, r := range s.Split {
		if r.First != r.Last {
			continue
		}
		if t := s.Slides[r.First-1]; t > s.Duration {
			out = append(out, fmt.Sprintf("Slide %d%s alone takes %s, longer than the whole talk: it needs cutting down itself.",
				r.First, titled(d, r.First), FormatClock(t)))
		}
	}
	return out
}

// partNames names the parts a range of slides covers: ` "Intro"`, ` "Intro" to "Demo"`.
func partNames(d *deck.Deck, r Range) string {
	a, b := d.PartOf(r.First), d.PartOf(r.Last)
	if a == nil || b == nil {
		return ""
	}
	if a.Number == b.Number {
		if a.First == r.First && a.Last == r.Last {
			return " " + quote(a.Title)
		}
		return " of " + quote(a.Title)
	}
	return " " + quote(a.Title) + " to " + quote(b.Title)
}

func titled(d *deck.Deck, n int) string {
	if s := d.Slide(n); s != nil && s.Title != "" {
		return " " + quote(s.Title)
	}
	return ""
}

func quote(s string) string { return "\u201c" + s + "\u201d" }

// join lists items as "a", "a and b", "a, b and c".
func join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
