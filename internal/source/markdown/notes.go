package markdown

import (
	"bytes"
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

var (
	noteRe      = regexp.MustCompile(`^[ \t]*(?i:notes?):`)
	notesDivRe  = regexp.MustCompile(`^[ \t]*:{3,}[ \t]*(?:notes|\{[ \t]*\.notes[ \t]*\})[ \t]*:*[ \t]*$`)
	divOpenRe   = regexp.MustCompile(`^[ \t]*:{3,}[ \t]*[^:\s]`)
	divCloseRe  = regexp.MustCompile(`^[ \t]*:{3,}[ \t]*$`)
	decksetCmdR = regexp.MustCompile(`^\[\.[A-Za-z][\w-]*(?:[ \t]*:[^\]]*)?\][ \t]*$`)
	slotRe      = regexp.MustCompile(`^::[A-Za-z][\w-]*::[ \t]*$`) // Slidev layout slots
)

// markers finds the line markers of a slide in [top, b), outside code, raw
// HTML and comments: reveal.js Note:, remark ???, Quarto ::: notes,
// Deckset ^ paragraphs (all notes regions, returned in order), and the
// lines to hide or turn into pause markers (Quarto ". . .", remark "--",
// Deckset [.commands], Slidev ::slots::).
func (p *parser) markers(top, b int, s *deck.Slide) ([]region, []edit) {
	x := p.idx
	regions, custom := p.revealNotes(top, b)
	var edits []edit
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
		case !custom && (c0[0] == 'n' || c0[0] == 'N') && noteRe.Match(line):
			if p.noteLineAfter(next, b) {
				// reveal.js takes notes only when Note: splits the slide
				// in exactly two: with two, both stay slide text
				next = b
				break
			}
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
		case line[0] == '[' && decksetCmdR.Match(line):
			if k, v := decksetCommand(line); k == "column" {
				// Deckset's [.column] starts a column: the hint counts them
				// and a marker keeps where (dialect_columns.go)
				edits = append(edits, edit{start: pos, end: pos + len(line), repl: columnMark(0, "")})
				n, _ := strconv.Atoi(s.Hints["columns"])
				setHints(s, map[string]string{"columns": strconv.Itoa(n + 1)})
			} else {
				edits = append(edits, edit{start: pos, end: pos + len(line)})
				setHints(s, map[string]string{k: v})
			}
		case line[0] == ':' && slotRe.Match(line):
			edits = append(edits, edit{start: pos, end: pos + len(line), repl: slotMark(line)})
		case c0[0] == '#':
			if i, j := fitHeading(line); i >= 0 {
				edits = append(edits, edit{start: pos + i, end: pos + j})
				setHints(s, map[string]string{"fit": "true"})
			}
			if p.fl.quarto {
				edits = append(edits, p.quartoHeading(pos, line, s)...)
			}
		case p.fl.quarto && c0[0] == ':' && (divOpenRe.Match(line) || divCloseRe.Match(line)):
			edits = append(edits, p.quartoDiv(pos, next, b, line, s)...)
		}
		if next <= pos {
			next = x.next(pos)
		}
		pos = next
	}
	return regions, edits
}

// regionNotes cuts each notes region into pieces around the comments inside
// it (which are notes or directives of their own).
func (p *parser) regionNotes(regions []region) []piece {
	cs := p.f.comments
	var pieces []piece
	for _, g := range regions {
		pos := g.cs
		for k := sort.Search(len(cs), func(i int) bool { return cs[i].start >= g.cs }); k < len(cs) && cs[k].start < g.ce; k++ {
			pieces = append(pieces, chunk(p.src[pos:max(pos, cs[k].start)], pos, g.caret))
			pos = max(pos, cs[k].end)
		}
		if pos < g.ce {
			pieces = append(pieces, chunk(p.src[pos:g.ce], pos, g.caret))
		}
	}
	return pieces
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

// noteLineAfter reports another Note: line in [from, b), outside code.
func (p *parser) noteLineAfter(from, b int) bool {
	x := p.idx
	for pos := from; pos < b; pos = x.next(pos) {
		if noteRe.Match(p.src[pos:min(x.end(pos), b)]) && !p.inBlocked(pos) {
			return true
		}
	}
	return false
}
