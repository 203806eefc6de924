package check

import (
	"fmt"
	"io"

	"github.com/lectern-app/lectern/internal/deck"
)

// writeTimes prints the talk's timing lines: duration and amber point,
// the planned start and end, the end slide and the bookmark.
func writeTimes(w io.Writer, d *deck.Deck) {
	m := d.Meta
	switch {
	case m.Duration > 0 && m.Warn < 0:
		fmt.Fprintf(w, "  Duration: %s (never amber)\n", Clock(m.Duration))
	case m.Duration > 0:
		fmt.Fprintf(w, "  Duration: %s (amber at %s left)\n", Clock(m.Duration), Clock(AmberAt(d)))
	default:
		fmt.Fprintf(w, "  Duration: none (the clock counts up)\n")
	}
	if m.Start != "" {
		fmt.Fprintf(w, "  Starts at: %s (the clock starts itself)\n", m.Start)
	}
	if m.End != "" {
		fmt.Fprintf(w, "  Ends at:  %s\n", m.End)
	}
	if n := len(d.Slides); m.EndSlide > 0 && m.EndSlide < n {
		backup := fmt.Sprintf("slides %d-%d are", m.EndSlide+1, n)
		if m.EndSlide+1 == n {
			backup = fmt.Sprintf("slide %d is", n)
		}
		fmt.Fprintf(w, "  End slide: %d of %d (%s backup)\n", m.EndSlide, n, backup)
	}
	if m.Saved > 0 {
		fmt.Fprintf(w, "  Bookmark: slide %d (offered when the talk opens)\n", m.Saved)
	}
}
