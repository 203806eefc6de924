package pdf

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// NotesOff in Options.Notes turns Beamer notes detection off.
const NotesOff deck.NotesSide = "none"

// Beamer's "show notes on second screen" puts a slide and its notes page
// side by side (or one above the other) on one page of twice the size.
// Beamer's default notes page starts with a header a quarter of the page
// high: the date (rotated), the talk, section and frame titles, and a
// miniature of the slide; the notes follow below it.

var reDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// tinyRatio: text smaller than this fraction of a page's largest text is
// the miniature slide in a Beamer notes header.
const tinyRatio = 0.3

// half is a rectangle of the page in points.
type half struct{ x0, y0, x1, y1 float64 }

func (h half) contains(l pdfdoc.Line) bool {
	return l.Left >= h.x0-0.5 && l.Left < h.x1-0.5 && l.Top >= h.y0-0.5 && l.Top < h.y1-0.5
}

// halves returns the slide half and the notes half of a w×h page.
func halves(side deck.NotesSide, w, h float64) (slide, notes half) {
	switch side {
	case deck.NotesRight:
		return half{0, 0, w / 2, h}, half{w / 2, 0, w, h}
	case deck.NotesLeft:
		return half{w / 2, 0, w, h}, half{0, 0, w / 2, h}
	case deck.NotesBottom:
		return half{0, 0, w, h / 2}, half{0, h / 2, w, h}
	}
	return half{0, 0, w, h}, half{}
}

// SlideRegion is the part of each page the audience sees in a deck whose
// Beamer notes are on side (the whole page when there are none).
func SlideRegion(side deck.NotesSide) pdfdoc.Region {
	switch side {
	case deck.NotesRight:
		return pdfdoc.Region{X0: 0, Y0: 0, X1: 0.5, Y1: 1}
	case deck.NotesLeft:
		return pdfdoc.Region{X0: 0.5, Y0: 0, X1: 1, Y1: 1}
	case deck.NotesBottom:
		return pdfdoc.Region{X0: 0, Y0: 0, X1: 1, Y1: 0.5}
	}
	return pdfdoc.Whole
}

// NotesRegion is the notes half of each page, the zero Region when there
// are no notes.
func NotesRegion(side deck.NotesSide) pdfdoc.Region {
	switch side {
	case deck.NotesRight:
		return pdfdoc.Region{X0: 0.5, Y0: 0, X1: 1, Y1: 1}
	case deck.NotesLeft:
		return pdfdoc.Region{X0: 0, Y0: 0, X1: 0.5, Y1: 1}
	case deck.NotesBottom:
		return pdfdoc.Region{X0: 0, Y0: 0.5, X1: 1, Y1: 1}
	}
	return pdfdoc.Region{}
}

// candidate says whether a w×h page could be a Beamer double page: about
// 32:9 (16:9 twice, or 8:3 for 4:3 slides) side by side, or about 16:18
// one above the other.
func candidate(w, h float64) (wide, tall bool) {
	if w <= 0 || h <= 0 {
		return false, false
	}
	a := w / h
	return a >= 2.4, a >= 0.5 && a <= 0.95
}

// detectSide decides where the notes are from the first pages' lines.
// Side by side pages are Beamer notes pages whatever their content, so the
// side with more signs of a notes header wins, right on a tie (Beamer's
// default). Pages one above the other are only taken for notes when the
// bottom half shows a notes header: a portrait document looks the same.
func detectSide(w, h float64, sample [][]pdfdoc.Line) deck.NotesSide {
	wide, tall := candidate(w, h)
	switch {
	case wide:
		var r, l int
		for _, lines := range sample {
			r += headerScore(lines, half{w / 2, 0, w, h})
			l += headerScore(lines, half{0, 0, w / 2, h})
		}
		if l > r {
			return deck.NotesLeft
		}
		return deck.NotesRight
	case tall:
		var b, t int
		for _, lines := range sample {
			b += headerScore(lines, half{0, h / 2, w, h})
			t += headerScore(lines, half{0, 0, w, h / 2})
		}
		if b > 0 && b > t {
			return deck.NotesBottom
		}
	}
	return deck.NotesNone
}

// headerScore counts signs of a Beamer notes header in a half: the date in
// its top quarter weighs 3, each line of miniature text 1 (at most 3).
func headerScore(lines []pdfdoc.Line, hf half) int {
	maxSize := maxSize(lines)
	score, tiny := 0, 0
	quarter := hf.y0 + (hf.y1-hf.y0)/4
	for _, l := range lines {
		if !hf.contains(l) {
			continue
		}
		if l.Top < quarter && reDate.MatchString(l.Text) {
			score += 3
		}
		if isTiny(l, maxSize) && tiny < 3 {
			tiny++
		}
	}
	return score + tiny
}

func maxSize(lines []pdfdoc.Line) float64 {
	m := 0.0
	for _, l := range lines {
		m = math.Max(m, l.Size)
	}
	return m
}

func isTiny(l pdfdoc.Line, maxSize float64) bool {
	return l.Size > 0 && l.Size < tinyRatio*maxSize
}

// notesLines returns the lines of a page's notes half, without the Beamer
// header when the half has one, and without miniature text.
func notesLines(lines []pdfdoc.Line, side deck.NotesSide, w, h float64) []pdfdoc.Line {
	_, hf := halves(side, w, h)
	if hf == (half{}) {
		return nil
	}
	maxSize := maxSize(lines)
	quarter := hf.y0 + (hf.y1-hf.y0)/4
	header := headerScore(lines, hf) > 0
	var out []pdfdoc.Line
	for _, l := range lines {
		if !hf.contains(l) || isTiny(l, maxSize) || (header && l.Top < quarter-1) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// slideLines returns the lines of the slide half, in MuPDF's order.
func slideLines(lines []pdfdoc.Line, side deck.NotesSide, w, h float64) []string {
	hf, _ := halves(side, w, h)
	var out []string
	for _, l := range lines {
		if hf.contains(l) {
			out = append(out, l.Text)
		}
	}
	return out
}

// notesKey identifies a notes page: overlays of one frame share their
// notes page (header and notes), consecutive frames do not.
func notesKey(lines []pdfdoc.Line, side deck.NotesSide, w, h float64) string {
	_, hf := halves(side, w, h)
	maxSize := maxSize(lines)
	var b strings.Builder
	for _, l := range lines {
		if hf.contains(l) && !isTiny(l, maxSize) && !reDate.MatchString(l.Text) {
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// linesToText turns positioned lines into text: lines at the same height
// are joined by a space, a gap of more than about a line and a half starts
// a new paragraph.
func linesToText(lines []pdfdoc.Line) string {
	if len(lines) == 0 {
		return ""
	}
	ls := append([]pdfdoc.Line(nil), lines...)
	sort.SliceStable(ls, func(i, j int) bool {
		if math.Abs(ls[i].Top-ls[j].Top) > 1 {
			return ls[i].Top < ls[j].Top
		}
		return ls[i].Left < ls[j].Left
	})
	var b strings.Builder
	prev := ls[0]
	b.WriteString(prev.Text)
	for _, l := range ls[1:] {
		step := math.Max(prev.Height, prev.Size)
		if step <= 0 {
			step = 10
		}
		switch gap := l.Top - prev.Top; {
		case gap <= 1:
			b.WriteByte(' ')
		case gap > 1.6*step:
			b.WriteString("\n\n")
		default:
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
		prev = l
	}
	return strings.TrimSpace(b.String())
}
