package pdfpc

import (
	"sort"
	"strings"
)

// Layout is how the loaded PDF groups its pages into slides; notes are
// matched against it.
type Layout struct {
	Labels []string // label of every page; index = page - 1
	Slides [][]int  // 1-based pages of every slide, in order
}

// Matched is the sidecar's notes placed on the deck's slides.
type Matched struct {
	Notes     []string // per slide (index = slide - 1), "" when none
	Unmatched int      // notes that fit no slide of the PDF
}

// IdxBase says whether the file's idx values count pages from 0 (as pdfpc
// writes them) or from 1 (as some generators do), by checking which reading
// agrees with the labels. Without labels to compare, 0 unless the indexes
// only fit when read from 1.
func (f *File) IdxBase(labels []string) int {
	zero, one, minIdx, maxIdx := 0, 0, -1, -1
	for _, p := range f.Pages {
		if p.Idx < 0 {
			continue
		}
		if minIdx < 0 || p.Idx < minIdx {
			minIdx = p.Idx
		}
		if p.Idx > maxIdx {
			maxIdx = p.Idx
		}
		if p.Label == "" {
			continue
		}
		if p.Idx < len(labels) && labels[p.Idx] == p.Label {
			zero++
		}
		if p.Idx >= 1 && p.Idx-1 < len(labels) && labels[p.Idx-1] == p.Label {
			one++
		}
	}
	switch {
	case one > zero:
		return 1
	case one == 0 && zero == 0 && minIdx >= 1 && maxIdx == len(labels):
		return 1
	}
	return 0
}

// ForcedOverlays lists the 1-based pages the user merged into the slide
// before them: JSON entries with forcedOverlay, or the legacy [skip] list.
func (f *File) ForcedOverlays(labels []string) []int {
	if f.Legacy {
		return append([]int(nil), f.Skip...)
	}
	base := f.IdxBase(labels)
	var out []int
	for _, p := range f.Pages {
		if p.ForcedOverlay && p.Idx >= 0 {
			if page := p.Idx + 1 - base; page >= 2 && page <= len(labels) {
				out = append(out, page)
			}
		}
	}
	sort.Ints(out)
	return out
}

// Match places the notes on slides. A JSON entry goes to the slide holding
// its idx when the label there agrees, else to the slide holding its label,
// else to the slide holding its idx; legacy "### N" notes go to slide N.
// Notes that land on the same slide are joined with a blank line,
// duplicates dropped. Labels must be the PDF's own page labels, as pdfpc
// writes those.
func (f *File) Match(l Layout) Matched {
	m := Matched{Notes: make([]string, len(l.Slides))}
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
			m.Notes[n-1] = join(m.Notes[n-1], f.SlideNotes[n])
		}
		return m
	}
	slideOf := map[int]int{} // page → slide index
	for s, pages := range l.Slides {
		for _, p := range pages {
			slideOf[p] = s
		}
	}
	base := f.IdxBase(l.Labels)
	type placed struct {
		slide, overlay, order int
		note                  string
	}
	var all []placed
	for i, p := range f.Pages {
		note := strings.TrimSpace(p.Note)
		if note == "" {
			continue
		}
		s := f.slideFor(p, base, l, slideOf)
		if s < 0 {
			m.Unmatched++
			continue
		}
		all = append(all, placed{s, p.Overlay, i, note})
	}
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].slide != all[b].slide {
			return all[a].slide < all[b].slide
		}
		return all[a].overlay < all[b].overlay
	})
	for _, p := range all {
		m.Notes[p.slide] = join(m.Notes[p.slide], p.note)
	}
	return m
}

// slideFor follows pdfpc: the page at idx when its label agrees (or the
// entry has none), else the first slide holding a page with the label and
// enough pages for the overlay, else the page at idx whatever its label.
func (f *File) slideFor(p Page, base int, l Layout, slideOf map[int]int) int {
	page := -1
	if p.Idx >= 0 {
		page = p.Idx + 1 - base
	}
	s, atIdx := slideOf[page]
	if atIdx && (p.Label == "" || (page-1 < len(l.Labels) && l.Labels[page-1] == p.Label)) {
		return s
	}
	if p.Label != "" {
		first := -1
		for si, pages := range l.Slides {
			for _, pg := range pages {
				if pg-1 < len(l.Labels) && l.Labels[pg-1] == p.Label {
					if len(pages) > p.Overlay {
						return si
					}
					if first < 0 {
						first = si
					}
					break
				}
			}
		}
		if first >= 0 {
			return first
		}
	}
	if atIdx {
		return s
	}
	return -1
}

// join appends a note unless the text already holds it.
func join(have, note string) string {
	switch {
	case have == "":
		return note
	case have == note || strings.Contains("\n\n"+have+"\n\n", "\n\n"+note+"\n\n"):
		return have
	}
	return have + "\n\n" + note
}
