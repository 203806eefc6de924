package check

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/timing"
)

// AmberAt is the time left when the talk clock turns amber: the deck's
// warn, or when it names none the smaller of 5 minutes and a fifth of the talk.
func AmberAt(d *deck.Deck) time.Duration {
	return timing.WarnFor(d.Meta.Warn, d.Meta.Duration)
}

// WriteSummary prints the human summary of `lectern check`.
func WriteSummary(w io.Writer, file string, d *deck.Deck) {
	fmt.Fprintf(w, "%s (%s)\n", file, d.Format)
	title := d.Meta.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(w, "  Title:    %s\n", title)
	if d.Meta.Author != "" {
		fmt.Fprintf(w, "  Author:   %s\n", d.Meta.Author)
	}
	if t := d.Meta.ThemeSet; t != nil {
		base := t.Extends
		if base == "" {
			base = "light"
		}
		fmt.Fprintf(w, "  Theme:    %s (%s, over %s)\n", t.Name, filepath.Base(t.File), base)
	}
	writeTimes(w, d)
	slides := fmt.Sprintf("%d slides, %d steps", len(d.Slides), d.TotalSteps())
	if d.Format == deck.PDF {
		slides += fmt.Sprintf(", %d pages", d.PageCount)
	}
	fmt.Fprintf(w, "  Slides:   %s\n", slides)
	fmt.Fprintf(w, "  Notes:    %d of %d slides%s\n", d.NotesCount(), len(d.Slides), notesWhere(d))
	fmt.Fprintf(w, "  Budgets:  %s\n", budgetSources(d))
	fmt.Fprintf(w, "  Parts:\n")
	for _, p := range d.Parts {
		amber := ""
		if p.Budget > 0 && len(d.Parts) > 1 && d.Meta.Warn >= 0 {
			amber = fmt.Sprintf(" (amber at %s left)", Clock(timing.PartWarn(d.Meta.Warn, p.Budget)))
		}
		fmt.Fprintf(w, "    %d. %-28s slides %d-%d  %s%s\n", p.Number, p.Title, p.First, p.Last, Clock(p.Budget), amber)
	}
	if len(d.Problems) == 0 {
		fmt.Fprintf(w, "  No problems found.\n")
		return
	}
	fmt.Fprintf(w, "  Problems (%d):\n", len(d.Problems))
	for _, p := range d.Problems {
		where := "deck"
		if p.Slide > 0 {
			where = fmt.Sprintf("slide %d", p.Slide)
		}
		fmt.Fprintf(w, "    %s, %s: %s\n", where, p.Severity, p.Message)
	}
}

func notesWhere(d *deck.Deck) string {
	var parts []string
	if d.Sidecar != "" {
		parts = append(parts, "from "+d.Sidecar)
	}
	if d.NotesSide != deck.NotesNone {
		parts = append(parts, "Beamer notes on the "+string(d.NotesSide)+" half")
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// budgetSources says where the slide budgets came from, e.g. "2 from time:, 7 even share".
func budgetSources(d *deck.Deck) string {
	count := map[deck.BudgetSource]int{}
	for _, s := range d.Slides {
		count[s.BudgetSource]++
	}
	names := []struct {
		src  deck.BudgetSource
		text string
	}{
		{deck.BudgetDirective, "from time: directives"},
		{deck.BudgetRehearsal, "from rehearsal runs"},
		{deck.BudgetEven, "even share of the duration"},
		{deck.BudgetBackup, "backup after the end slide (no budget)"},
		{deck.BudgetNone, "none (no duration)"},
	}
	var out []string
	for _, n := range names {
		if count[n.src] > 0 {
			out = append(out, fmt.Sprintf("%d %s", count[n.src], n.text))
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// Clock formats a duration as m:ss or h:mm:ss.
func Clock(d time.Duration) string {
	neg := d < 0
	if neg {
		d = -d
	}
	s := int(d.Round(time.Second).Seconds())
	out := fmt.Sprintf("%d:%02d", s/60, s%60)
	if s >= 3600 {
		out = fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	if neg {
		out = "-" + out
	}
	return out
}
