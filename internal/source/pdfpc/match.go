package pdfpc

import (
	"sort"
	"strings"
)

// Layout is how the loaded PDF groups its pages into slides; notes are
// matched against it.
type Layout struct {
	Labels []string // the PDF's page labels (index = page - 1), as pdfpc reads them
	Slides [][]int  // 1-based pages of every slide, in order
}

// Matched is the sidecar placed on the deck's pages and slides.
type Matched struct {
	Notes     []string       // per slide (index = slide - 1): its first page note, "" when none
	StepNotes [][]string     // per slide, one note per page; nil for a slide whose steps all show Notes
	PageNotes map[int]string // JSON: note by 1-based page
	Hidden    []int          // 1-based pages marked hidden, in order
	Unmatched int            // notes that fit no page of the PDF
}

// Page finds the 1-based page a JSON entry describes, 0 when none, as
// pdfpc's parse_pdfpc_page does: with a non-empty string label, page idx
// when its label and overlay number agree; else the first page with that
// label plus overlay, when that page still has the label; else page idx.
// A label that is not a string (polylux writes numbers) is not looked up.
// idx counts from 0, as pdfpc writes and reads it.
func (l Layout) Page(p Page) int {
	atIdx := 0
	if p.Idx >= 0 && p.Idx < len(l.Labels) {
		atIdx = p.Idx + 1
	}
	if !p.LabelText || p.Label == "" {
		return atIdx
	}
	if atIdx > 0 && l.Labels[atIdx-1] == p.Label && l.overlayOf(atIdx) == p.Overlay {
		return atIdx
	}
	for i, label := range l.Labels {
		if label != p.Label {
			continue
		}
		if j := i + p.Overlay; j >= 0 && j < len(l.Labels) && l.Labels[j] == p.Label {
			return j + 1
		}
		break
	}
	return atIdx
}

// overlayOf is the step of page (1-based) within its slide, from 0.
func (l Layout) overlayOf(page int) int {
	for _, pages := range l.Slides {
		for k, pg := range pages {
			if pg == page {
				return k
			}
		}
	}
	return 0
}

// ForcedOverlays lists the 1-based pages the user merged into the slide
// before them: JSON entries with forcedOverlay, or the legacy [skip] list.
// labels are the PDF's page labels; slides are not known yet, so overlay
// numbers count runs of equal labels.
func (f *File) ForcedOverlays(labels []string) []int {
	if f.Legacy {
		return append([]int(nil), f.Skip...)
	}
	l := Layout{Labels: labels, Slides: runs(labels)}
	var out []int
	for _, p := range f.Pages {
		if page := l.Page(p); p.ForcedOverlay && page >= 2 {
			out = append(out, page)
		}
	}
	sort.Ints(out)
	return out
}

// runs groups pages by consecutive equal labels.
func runs(labels []string) [][]int {
	var out [][]int
	for i := range labels {
		if i > 0 && labels[i] == labels[i-1] {
			out[len(out)-1] = append(out[len(out)-1], i+1)
			continue
		}
		out = append(out, []int{i + 1})
	}
	return out
}

// Match places the notes on pages as pdfpc does (a later entry for the
// same page replaces the earlier note) and reads them per slide: a slide's
// note is the first note among its pages, and each step shows its own
// page's note, or the slide's note when the page has none. Legacy "### N"
// notes go to every page of user slide N.
func (f *File) Match(l Layout) Matched {
	m := Matched{Notes: make([]string, len(l.Slides)), StepNotes: make([][]string, len(l.Slides))}
	if f.Legacy {
		keys := make([]int, 0, len(f.SlideNotes))
		for k := range f.SlideNotes {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, n := range keys {
			if n < 1 || n > len(l.Slides) {
				m.Unmatched++
				continue
			}
			m.Notes[n-1] = strings.TrimSpace(f.SlideNotes[n])
		}
		return m
	}
	noteOf := map[int]string{}
	hidden := map[int]bool{}
	for _, p := range f.Pages {
		page := l.Page(p)
		if p.Hidden && page > 0 {
			hidden[page] = true
		}
		note := strings.TrimSpace(p.Note)
		if note == "" {
			continue
		}
		if page == 0 {
			m.Unmatched++
			continue
		}
		noteOf[page] = note
	}
	m.PageNotes = noteOf
	for s, pages := range l.Slides {
		m.Notes[s], m.StepNotes[s] = NotesFor(pages, noteOf)
	}
	for p := range hidden {
		m.Hidden = append(m.Hidden, p)
	}
	sort.Ints(m.Hidden)
	return m
}

// NotesFor reads page notes for a slide made of pages: its note is the
// first note among them, and each step shows its own page's note or the
// slide's when it has none; steps is nil when every step shows the note.
func NotesFor(pages []int, noteOf map[int]string) (note string, steps []string) {
	for _, pg := range pages {
		if note = noteOf[pg]; note != "" {
			break
		}
	}
	steps, differ := make([]string, len(pages)), false
	for k, pg := range pages {
		if steps[k] = noteOf[pg]; steps[k] == "" {
			steps[k] = note
		}
		differ = differ || steps[k] != note
	}
	if !differ {
		return note, nil
	}
	return note, steps
}
