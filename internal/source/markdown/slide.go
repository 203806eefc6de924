package markdown

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// piece is one stretch of speaker notes.
type piece struct {
	pos  int
	text string
}

// slideState is what reading a slide tells the deck besides the Slide.
type slideState struct {
	drop     bool
	part     string
	hasPart  bool
	remark   map[string]string // remark slide properties, nil when none
	marp     []marpSetting     // Marp directives in the slide's comments
	problems []deck.Problem
}

func (st *slideState) warn(kind, msg string) {
	st.problems = append(st.problems, deck.Problem{Severity: deck.Warning, Kind: kind, Message: msg})
}

const pauseMarker = "<!-- pause -->"

// slide reads one slide: it finds the notes (comments, Note:, ???, ^,
// ::: notes, speaker_note), the directives, the steps, and what is shown.
func (p *parser) slide(r slideRange, n int) (deck.Slide, slideState) {
	x := p.idx
	a, b := r.start, r.end
	s := deck.Slide{Number: n, Label: strconv.Itoa(n)}
	var st slideState
	var edits []edit

	top := a
	if r.fm.end > r.fm.start {
		edits = append(edits, edit{start: r.fm.start, end: r.fm.end})
		st.drop = r.hidden
		top = r.fm.end
	} else if sp, props := p.remarkProps(a, b); sp.end > sp.start {
		edits = append(edits, edit{start: sp.start, end: sp.end})
		st.remark = props
		for _, k := range remarkHints {
			if v := props[k]; v != "" {
				setHints(&s, map[string]string{k: v})
			}
		}
		top = sp.end
	}

	regions, lineEdits := p.markers(top, b, &s)
	if p.fl.slidev {
		regions = nil // Slidev knows no Note:, ???, ^ or ::: notes: they are slide text
	}
	edits = append(edits, lineEdits...)
	cEdits, pieces := p.slideComments(a, b, regions, &s, &st)
	edits = append(edits, cEdits...)
	for _, g := range regions {
		edits = append(edits, edit{start: g.start, end: g.end})
	}
	pieces = append(pieces, p.regionNotes(regions)...)
	slices.SortStableFunc(pieces, func(a, b piece) int { return a.pos - b.pos })
	var notes []string
	for _, pc := range pieces {
		if t := strings.TrimSpace(pc.text); t != "" {
			notes = append(notes, t)
		}
	}
	s.Notes = strings.Join(notes, "\n\n")

	edits = mergeEdits(p.src, edits)
	hiddenAt := func(off int) bool {
		k := sort.Search(len(edits), func(i int) bool { return edits[i].end > off })
		return k < len(edits) && edits[k].start <= off && edits[k].repl == ""
	}
	var pauses int
	s.Body, pauses = p.body(a, b, edits)
	applyRemarkColumns(&s)
	p.slidevColumns(r, &s)
	s.Body, pauses = reveal(s.Body, pauses, p.fl.marp, p.listSteps(&s))
	s.Steps = 1 + pauses

	s.Source = trimBlankLines(p.text[a:b])
	s.Line = x.line(a)
	for pos := a; pos < b; pos = x.next(pos) {
		if !isBlank(p.src[pos:x.end(pos)]) {
			s.Line = x.line(pos)
			break
		}
	}

	hs := p.f.headings
	for k := sort.Search(len(hs), func(i int) bool { return hs[i].pos >= a }); k < len(hs) && hs[k].pos < b; k++ {
		if !hiddenAt(hs[k].pos) {
			s.Title = hs[k].text
			break
		}
	}
	im := p.f.images
	for k := sort.Search(len(im), func(i int) bool { return im[i].pos >= a }); k < len(im) && im[k].pos < b; k++ {
		if !hiddenAt(im[k].pos) {
			if img, ok := p.image(im[k], &st); ok {
				s.Images = append(s.Images, img)
			}
		}
	}
	p.linkedFiles(&s, &st)
	return s, st
}

// slideComments reads the comments of slide [a, b): notes become pieces,
// `part:` and `time:` directives go to the slide, a pause on a line of its
// own becomes a pause marker, and everything else is hidden.
func (p *parser) slideComments(a, b int, regions []region, s *deck.Slide, st *slideState) ([]edit, []piece) {
	x := p.idx
	var edits []edit
	var pieces []piece
	cs := p.f.comments
	first := sort.Search(len(cs), func(i int) bool { return cs[i].start >= a })
	for k := first; k < len(cs) && cs[k].start < b; k++ {
		c, d := cs[k], p.dirs[k]
		line := x.line(c.start)
		if d.hasPart {
			st.part, st.hasPart = d.part, true
		}
		st.marp = append(st.marp, d.marp...)
		if d.hasTime {
			if v, err := parseDuration(d.time); errors.Is(err, deck.ErrTooLong) {
				st.warn("duration", fmt.Sprintf("%s, line %d: time: %v, so the slide gets an even share instead", filepath.Base(p.path), line, err))
			} else if err != nil {
				st.warn("bad-time", fmt.Sprintf("line %d: time: %v; the slide gets an even share instead", line, err))
			} else {
				s.Budget, s.TimeSet = v, true
			}
		}
		switch {
		case !c.closed:
			st.warn("unterminated-comment", fmt.Sprintf("line %d: an HTML comment <!-- is never closed with -->; it was read up to the next --- line", line))
		case strings.Contains(c.body, "<!--"):
			st.warn("nested-comment", fmt.Sprintf("line %d: an HTML comment holds another <!--; comments do not nest, so the first --> ends it", line))
		}
		if c.closed && p.spansSeparator(c) {
			st.warn("comment-spans-slides", fmt.Sprintf("line %d: an HTML comment runs across a --- line to line %d and hides everything between; close it earlier with --> if that is not meant", line, x.line(c.end-1)))
		}
		hidden := inRegion(regions, c.start)
		switch d.kind {
		case kindNote:
			if !p.fl.slidev || p.slidevNote(k, b) {
				pieces = append(pieces, piece{c.start, d.note})
			}
		case kindSkip:
			st.drop = true
		case kindHidden:
			setHints(s, d.hints)
			if v, ok := d.hints["incremental_lists"]; ok && !hidden && p.aloneOnLine(c) {
				// presenterm: the lists after it step (reveal.go)
				edits = append(edits, edit{start: c.start, end: c.end, repl: incrementalMark(strings.EqualFold(v, "true"))})
				continue
			}
			if m := presentermColumnMark(d.hints); m != "" && !hidden && p.aloneOnLine(c) {
				edits = append(edits, edit{start: c.start, end: c.end, repl: m})
				continue
			}
			if d.fragment && !hidden {
				edits = append(edits, edit{start: c.start, end: c.end, repl: fragmentMark})
				continue
			}
		case kindPause:
			if !hidden && p.aloneOnLine(c) {
				edits = append(edits, edit{start: c.start, end: c.end, repl: pauseMarker})
				continue
			}
		}
		if !hidden {
			edits = append(edits, edit{start: c.start, end: min(c.end, b)})
		}
	}

	return edits, pieces
}

// inRegion reports an offset inside a notes region; regions come in slide
// order and do not overlap.
func inRegion(regions []region, off int) bool {
	k := sort.Search(len(regions), func(i int) bool { return regions[i].end > off })
	return k < len(regions) && regions[k].start <= off
}

// setHints records layout settings on the slide; a later one wins, except
// presenterm's column, whose values are kept in order ("0,1").
func setHints(s *deck.Slide, hints map[string]string) {
	for k, v := range hints {
		if s.Hints == nil {
			s.Hints = map[string]string{}
		}
		if old, ok := s.Hints[k]; ok && k == "column" {
			v = old + "," + v
		}
		s.Hints[k] = v
	}
}

// aloneOnLine reports a comment with nothing else on its line.
func (p *parser) aloneOnLine(c comment) bool {
	x := p.idx
	ls, le := x.start(c.start), x.end(c.start)
	return isSpaceTab(p.src[ls:c.start]) && c.end <= le && isSpaceTab(p.src[c.end:le])
}
