package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// region is hidden slide text that may hold notes in [cs, ce).
type region struct {
	start, end int
	cs, ce     int
	caret      bool // Deckset: strip "^ " from each line
}

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
	problems []deck.Problem
}

func (st *slideState) warn(kind, msg string) {
	st.problems = append(st.problems, deck.Problem{Severity: deck.Warning, Kind: kind, Message: msg})
}

var (
	noteRe      = regexp.MustCompile(`^[ \t]*(?i:notes?):`)
	notesDivRe  = regexp.MustCompile(`^[ \t]*:{3,}[ \t]*(?:notes|\{[ \t]*\.notes[ \t]*\})[ \t]*:*[ \t]*$`)
	divOpenRe   = regexp.MustCompile(`^[ \t]*:{3,}[ \t]*[^:\s]`)
	divCloseRe  = regexp.MustCompile(`^[ \t]*:{3,}[ \t]*$`)
	decksetCmdR = regexp.MustCompile(`^\[\.[A-Za-z][\w-]*(?:[ \t]*:[^\]]*)?\][ \t]*$`)
	slotRe      = regexp.MustCompile(`^::[A-Za-z][\w-]*::[ \t]*$`) // Slidev layout slots
)

const pauseMarker = "<!-- pause -->"

// slide reads one slide: it finds the notes (comments, Note:, ???, ^,
// ::: notes, speaker_note), the directives, the steps, and what is shown.
func (p *parser) slide(r slideRange, n int) (deck.Slide, slideState) {
	x := p.idx
	a, b := r.start, r.end
	s := deck.Slide{Number: n, Label: strconv.Itoa(n)}
	var st slideState
	var edits []edit
	var pieces []piece

	top := a
	if r.fm.end > r.fm.start {
		edits = append(edits, edit{start: r.fm.start, end: r.fm.end})
		st.drop = r.hidden
		top = r.fm.end
	} else if sp, drop := p.remarkProps(a, b); sp.end > sp.start {
		edits = append(edits, edit{start: sp.start, end: sp.end})
		st.drop = drop
		top = sp.end
	}

	// Line markers, outside code, raw HTML and comments.
	var regions []region
	for pos := top; pos < b; {
		line := p.src[pos:min(x.end(pos), b)]
		next := min(x.next(pos), b)
		if len(line) == 0 || p.inBlocked(pos) || p.inComment(pos) {
			pos = next
			continue
		}
		c0 := bytes.TrimLeft(line, " \t")
		if len(c0) == 0 {
			pos = next
			continue
		}
		switch {
		case (c0[0] == 'n' || c0[0] == 'N') && noteRe.Match(line):
			colon := pos + bytes.IndexByte(line, ':') + 1
			regions = append(regions, region{start: pos, end: b, cs: colon, ce: b})
			next = b
		case string(bytes.TrimRight(line, " \t")) == "???":
			// remark: notes run to the end of the slide or to the next
			// "--" step, whose own notes follow its content.
			end := p.stepEnd(next, b)
			regions = append(regions, region{start: pos, end: end, cs: next, ce: end})
			next = end
		case c0[0] == ':' && notesDivRe.Match(line):
			end, ce := p.divEnd(next, b)
			regions = append(regions, region{start: pos, end: end, cs: next, ce: ce})
			next = end
		case line[0] == '^' && (len(line) == 1 || line[1] == ' ' || line[1] == '\t'):
			e := pos
			for e < b && !isBlank(p.src[e:x.end(e)]) {
				e = x.next(e)
			}
			regions = append(regions, region{start: pos, end: min(e, b), cs: pos, ce: min(e, b), caret: true})
			next = min(e, b)
		case isPauseLine(line) && !p.isUnderline(pos):
			edits = append(edits, edit{start: pos, end: pos + len(line), repl: pauseMarker})
		case line[0] == '[' && decksetCmdR.Match(line) || line[0] == ':' && slotRe.Match(line):
			edits = append(edits, edit{start: pos, end: pos + len(line)})
		}
		if next <= pos {
			next = x.next(pos)
		}
		pos = next
	}
	// Regions come in slide order and do not overlap.
	inRegion := func(off int) bool {
		k := sort.Search(len(regions), func(i int) bool { return regions[i].end > off })
		return k < len(regions) && regions[k].start <= off
	}

	// Comments: notes, directives, pauses.
	cs := p.f.comments
	first := sort.Search(len(cs), func(i int) bool { return cs[i].start >= a })
	for k := first; k < len(cs) && cs[k].start < b; k++ {
		c, d := cs[k], p.dirs[k]
		line := x.line(c.start)
		if d.hasPart {
			st.part, st.hasPart = d.part, true
		}
		if d.hasTime {
			if v, err := parseDuration(d.time); err != nil {
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
		hidden := inRegion(c.start)
		switch d.kind {
		case kindNote:
			pieces = append(pieces, piece{c.start, d.note})
		case kindSkip:
			st.drop = true
		case kindPause:
			ls, le := x.start(c.start), x.end(c.start)
			if !hidden && isSpaceTab(p.src[ls:c.start]) && c.end <= le && isSpaceTab(p.src[c.end:le]) {
				edits = append(edits, edit{start: c.start, end: c.end, repl: pauseMarker})
				continue
			}
		}
		if !hidden {
			edits = append(edits, edit{start: c.start, end: min(c.end, b)})
		}
	}

	// Notes regions, split around the comments inside them.
	for _, g := range regions {
		edits = append(edits, edit{start: g.start, end: g.end})
		pos := g.cs
		for k := sort.Search(len(cs), func(i int) bool { return cs[i].start >= g.cs }); k < len(cs) && cs[k].start < g.ce; k++ {
			pieces = append(pieces, chunk(p.src[pos:max(pos, cs[k].start)], pos, g.caret))
			pos = max(pos, cs[k].end)
		}
		if pos < g.ce {
			pieces = append(pieces, chunk(p.src[pos:g.ce], pos, g.caret))
		}
	}
	slices.SortStableFunc(pieces, func(a, b piece) int { return a.pos - b.pos })
	var notes []string
	for _, pc := range pieces {
		if pc.text != "" {
			notes = append(notes, pc.text)
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
	s.Steps = 1 + pauses

	s.Source = trimBlankLines(string(p.src[a:b]))
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
	return s, st
}

// chunk is a stretch of notes text; Deckset's carets are dropped.
func chunk(b []byte, pos int, caret bool) piece {
	t := string(b)
	if caret {
		lines := strings.Split(t, "\n")
		for i, l := range lines {
			if strings.HasPrefix(l, "^") && (len(l) == 1 || l[1] == ' ' || l[1] == '\t') {
				lines[i] = l[min(2, len(l)):]
			}
		}
		t = strings.Join(lines, "\n")
	}
	return piece{pos, dedent(t)}
}

// isUnderline reports a line that underlines a setext heading: "Hi\n--" is
// a heading in CommonMark, not remark's "--" step.
func (p *parser) isUnderline(pos int) bool {
	_, ok := slices.BinarySearch(p.f.underlines, pos)
	return ok
}

// isPauseLine spots pandoc/Quarto's ". . ." and remark's "--" lines.
func isPauseLine(line []byte) bool {
	t := bytes.TrimRight(line, " \t")
	return string(t) == ". . ." || string(t) == "--"
}

// divEnd finds the end of a ::: notes div whose content starts at from:
// the line after its closing fence (nested divs counted), or b.
func (p *parser) divEnd(from, b int) (end, contentEnd int) {
	x := p.idx
	depth := 1
	for pos := from; pos < b; pos = x.next(pos) {
		line := p.src[pos:x.end(pos)]
		if p.inBlocked(pos) {
			continue
		}
		switch {
		case divCloseRe.Match(line):
			depth--
			if depth == 0 {
				return min(x.next(pos), b), pos
			}
		case divOpenRe.Match(line):
			depth++
		}
	}
	return b, b
}

// remarkKeys are remark's slide properties, written as the first lines of
// a slide.
var remarkKeys = map[string]bool{
	"name": true, "class": true, "background-image": true, "count": true,
	"template": true, "layout": true, "exclude": true,
}

// remarkProps finds remark slide properties at the top of a slide; a slide
// with `layout: true` (a template) or `exclude: true` is not shown.
func (p *parser) remarkProps(a, b int) (span, bool) {
	x := p.idx
	pos := a
	for pos < b && isBlank(p.src[pos:x.end(pos)]) {
		pos = x.next(pos)
	}
	start, drop := pos, false
	for pos < b {
		line := p.src[pos:x.end(pos)]
		if len(line) == 0 || line[0] < 'a' || line[0] > 'z' || bytes.IndexByte(line, ':') < 0 {
			break
		}
		m := keyLineRe.FindSubmatch(line)
		if m == nil || !remarkKeys[string(m[1])] || p.inBlocked(pos) {
			break
		}
		k, v := string(m[1]), strings.TrimSpace(string(m[2]))
		if (k == "layout" || k == "exclude") && v == "true" {
			drop = true
		}
		pos = x.next(pos)
	}
	if pos == start {
		return span{}, false
	}
	return span{start, min(pos, b)}, drop
}

// stepEnd is where remark notes starting at from end: the next "--" line
// outside code, or b.
func (p *parser) stepEnd(from, b int) int {
	x := p.idx
	for pos := from; pos < b; pos = x.next(pos) {
		if isPauseLine(p.src[pos:x.end(pos)]) && !p.isUnderline(pos) && !p.inBlocked(pos) && !p.inComment(pos) {
			return pos
		}
	}
	return b
}

// spansSeparator reports a comment holding a --- line: it hides what would
// have been slides.
func (p *parser) spansSeparator(c comment) bool {
	x := p.idx
	for pos := x.next(c.start); pos < c.end; pos = x.next(pos) {
		if isDashLine(p.src[pos:x.end(pos)]) {
			return true
		}
	}
	return false
}
