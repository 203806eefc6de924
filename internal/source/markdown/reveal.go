package markdown

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// reveal turns the incremental reveals written for other tools into pause
// markers in a slide's body, so the steps are cut as presenterm's pauses
// are (Source keeps the text as written):
//
//   - Marp fragmented lists (`marp: true` decks): every item of a top-level
//     list written with `*` bullets or `1)` numbers is a step, the first one
//     too, as Marp CLI shows them;
//   - Slidev click elements (clicks.go), on lines of their own: `<v-click>` and `<div v-click>`
//     make what they wrap one step; `<v-clicks>` makes each item of the list
//     it wraps a step (or each block, when it wraps more than one list),
//     `every="n"` items at a time.
//
// Only top-level items and blocks get a step: the layout draws a list
// item's bullet, or a quote's bar, with the last step of what it holds, so
// nested items are shown with their parent (as `<v-clicks depth="2">` is
// read with depth 1). Every change keeps the block structure CommonMark
// reads: a pause line takes the place of a `<v-click>` line (both one-line
// HTML blocks), goes before a top-level block, or becomes the first block
// of a list item. The other tags stay; the layout draws no HTML block.
// It returns the body and the count of pauses in it.
//
// With allLists (Deckset build-lists, Quarto incremental, presenterm
// incremental_lists) every item of every top-level list is a step, the
// first one too.
//
// Between the lines incrementalMark(true) and incrementalMark(false)
// (Quarto's ::: {.incremental}, presenterm's incremental_lists) every item
// of a top-level list is a step too; the marks are taken out.
func reveal(body string, pauses int, marp, allLists bool) (string, int) {
	slidev := strings.Contains(body, "v-click")
	marks := strings.Contains(body, incrementalOn) || strings.Contains(body, fragmentMark) || strings.Contains(body, nonIncrementalOn)
	if !slidev && !(marp && mayFragment(body)) && !allLists && !marks {
		return body, pauses
	}
	out, added := revealSteps(body, slidev, marp, allLists)
	if marks {
		out = dropMarks(out)
	}
	if added == 0 && !marks {
		return body, pauses
	}
	return dropTrailingPauses(out, pauses+added)
}

// The marks a slide's lists step between; HTML comments, never shown.
const (
	incrementalOn  = "<!-- lectern:incremental -->"
	incrementalOff = "<!-- lectern:/incremental -->"
	fragmentMark   = "<!-- lectern:fragment -->" // reveal.js .element: class="fragment"

	nonIncrementalOn  = "<!-- lectern:nonincremental -->" // Quarto ::: {.nonincremental}: no list steps
	nonIncrementalOff = "<!-- lectern:/nonincremental -->"
)

func incrementalMark(on bool) string {
	if on {
		return incrementalOn
	}
	return incrementalOff
}

// dropMarks takes the incremental marks out of a body, each with its line
// and a blank line after it.
func dropMarks(t string) string {
	lines := strings.Split(t, "\n")
	out := lines[:0]
	skipBlank := false
	for _, l := range lines {
		s := strings.TrimSpace(l)
		if strings.Contains(l, "<!-- lectern:") {
			for _, m := range []string{incrementalOn, incrementalOff, nonIncrementalOn, nonIncrementalOff, " " + fragmentMark, fragmentMark} {
				l = strings.ReplaceAll(l, m, "")
			}
			if strings.TrimSpace(l) == "" {
				skipBlank = len(out) == 0 || strings.TrimSpace(out[len(out)-1]) == ""
				continue
			}
		}
		if skipBlank && s == "" {
			skipBlank = false
			continue
		}
		skipBlank = false
		out = append(out, l)
	}
	return trimBlankLines(strings.Join(out, "\n"))
}

// insertion replaces t[at:end] with repl.
type insertion struct {
	at, end int
	repl    string
}

// revealSteps walks the top-level blocks of t once and applies the pauses
// they call for; it returns the new text and the number of pauses added.
func revealSteps(t string, slidev, marp, allLists bool) (string, int) {
	root := mdParser.Parse(text.NewReader([]byte(t)))
	w := stepWalk{t: t}
	var prev ast.Node // the top-level block before n
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if isPauseBlock(t, n) {
			w.stepNext = true
			continue
		}
		if m, ok := markBlock(t, n); ok {
			switch m {
			case incrementalOn, incrementalOff:
				w.incremental = m == incrementalOn
			default:
				w.still = m == nonIncrementalOn
			}
			continue
		}
		if w.fragment(n, prev) {
			prev = n
			continue
		}
		prev = n
		if slidev && w.tagBlock(n) {
			continue
		}
		stepped := w.stepNext
		w.stepNext = false
		if w.run != nil {
			w.run.add(n, stepped)
			continue
		}
		if slidev && !stepped && opensClick(t, n) {
			w.ins = append(w.ins, blockPause(t, blockStart(t, n)))
			continue
		}
		if l, ok := n.(*ast.List); ok && !w.still && (allLists || w.incremental || marp && (l.Marker == '*' || l.Marker == ')')) {
			for it := l.FirstChild(); it != nil; it = it.NextSibling() {
				w.ins = append(w.ins, itemPause(t, it.Pos()))
			}
		}
	}
	w.endRun()
	return apply(t, w.ins), len(w.ins)
}

// stepWalk is the state of one walk over a body's top-level blocks.
type stepWalk struct {
	t        string
	ins      []insertion
	stack    []openTag // elements opened by tag lines, to pair their closing tags
	run      *clicksRun
	stepNext bool // a pause was just placed: the next block starts a step

	incremental bool // between incremental marks: list items are steps
	still       bool // between non-incremental marks: list items are not
}

// clicksRun is the blocks a <v-clicks> wraps.
type clicksRun struct {
	every   int
	blocks  []ast.Node
	stepped []bool // a pause already stands before the block
}

func (r *clicksRun) add(n ast.Node, stepped bool) {
	r.blocks = append(r.blocks, n)
	r.stepped = append(r.stepped, stepped)
}

// endRun places the pauses of the open <v-clicks>: one per item of the list
// it wraps, or one per block when it wraps anything else.
func (w *stepWalk) endRun() {
	r := w.run
	w.run = nil
	if r == nil {
		return
	}
	if len(r.blocks) == 1 {
		if list, ok := r.blocks[0].(*ast.List); ok {
			i := 0
			for it := list.FirstChild(); it != nil; it = it.NextSibling() {
				if i%r.every == 0 && !(i == 0 && r.stepped[0]) {
					w.ins = append(w.ins, itemPause(w.t, it.Pos()))
				}
				i++
			}
			return
		}
	}
	for i, n := range r.blocks {
		if i%r.every == 0 && !r.stepped[i] {
			w.ins = append(w.ins, blockPause(w.t, blockStart(w.t, n)))
		}
	}
}

// apply makes the insertions, which do not overlap.
func apply(t string, ins []insertion) string {
	if len(ins) == 0 {
		return t
	}
	slices.SortFunc(ins, func(a, b insertion) int { return a.at - b.at })
	var out strings.Builder
	out.Grow(len(t) + len(ins)*(len(pauseMarker)+8))
	pos := 0
	for _, in := range ins {
		out.WriteString(t[pos:in.at])
		out.WriteString(in.repl)
		pos = in.end
	}
	out.WriteString(t[pos:])
	return out.String()
}

// blockStart is the offset of the line a top-level block starts on.
func blockStart(t string, n ast.Node) int {
	at := n.Pos()
	if n.Lines().Len() > 0 {
		if s := n.Lines().At(0).Start; at < 0 || s < at {
			at = s
		}
	}
	return lineStart(t, max(at, 0))
}

// markBlock reports an HTML block that is an incremental mark, and which.
func markBlock(t string, n ast.Node) (mark string, ok bool) {
	h, isHTML := n.(*ast.HTMLBlock)
	if !isHTML || h.Lines().Len() != 1 {
		return "", false
	}
	seg := h.Lines().At(0)
	switch m := strings.TrimSpace(t[seg.Start:seg.Stop]); m {
	case incrementalOn, incrementalOff, nonIncrementalOn, nonIncrementalOff:
		return m, true
	}
	return "", false
}

// isPauseBlock reports an HTML block that is a pause marker.
func isPauseBlock(t string, n ast.Node) bool {
	h, ok := n.(*ast.HTMLBlock)
	if !ok || h.Lines().Len() != 1 || h.HasClosure() {
		return false
	}
	seg := h.Lines().At(0)
	return strings.TrimSpace(t[seg.Start:seg.Stop]) == pauseMarker
}

// blockPause puts a pause line before the block whose line starts at ls.
func blockPause(t string, ls int) insertion {
	repl := pauseMarker + "\n\n"
	if ls > 0 && !blankBefore(t, ls) {
		repl = "\n" + repl
	}
	return insertion{at: ls, end: ls, repl: repl}
}

// blankBefore reports that the line before the one starting at ls is blank.
func blankBefore(t string, ls int) bool {
	prev := lineStart(t, ls-1)
	return strings.TrimSpace(t[prev:ls]) == ""
}

// itemPause makes a pause the first block of the list item whose marker is
// at pos: "* text" becomes "* <!-- pause -->" and "  text" on the next line,
// indented to where the text stood, so the item keeps its bullet or number
// and the text its place. Whitespace of five columns or more after the
// marker starts indented code: one space stays on the marker line.
func itemPause(t string, pos int) insertion {
	le := strings.IndexByte(t[pos:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += pos
	}
	i := pos
	for i < le && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	i = min(i+1, le) // the bullet, or the ordered list's . or )
	j := i
	for j < le && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	if j == le {
		return insertion{at: i, end: le, repl: " " + pauseMarker}
	}
	ls := lineStart(t, pos)
	ws := t[i:j]
	if column(t[ls:j])-column(t[ls:i]) > 4 {
		ws = " "
	}
	return insertion{at: i, end: j, repl: ws + pauseMarker + "\n" + strings.Repeat(" ", column(t[ls:j]))}
}

// column is the width of a line's start, tabs stopping every 4 columns.
func column(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\t' {
			c += 4 - c%4
		} else if s[i]&0xC0 != 0x80 {
			c++
		}
	}
	return c
}

// lineStart is the offset where the line holding off begins.
func lineStart(t string, off int) int {
	return strings.LastIndexByte(t[:off], '\n') + 1
}

// mayFragment reports a line that could start a Marp fragmented list item:
// "*" or digits and ")" followed by a space, a tab or the line end.
func mayFragment(body string) bool {
	for line := range strings.SplitSeq(body, "\n") {
		l := strings.TrimLeft(line, " \t>")
		i := 0
		for i < len(l) && i < 9 && l[i] >= '0' && l[i] <= '9' {
			i++
		}
		switch {
		case i == 0 && len(l) > 0 && l[0] == '*':
		case i > 0 && i < len(l) && l[i] == ')':
		default:
			continue
		}
		if rest := l[i+1:]; rest == "" || rest[0] == ' ' || rest[0] == '\t' {
			return true
		}
	}
	return false
}

// fragment places the pause a reveal.js fragment mark in block n asks for:
// before each list item holding one, before a block holding one, or, when
// n is the mark alone, before the block prev before it. It reports a
// block that held a mark.
func (w *stepWalk) fragment(n, prev ast.Node) bool {
	span := w.t[blockStart(w.t, n):nodeEnd(w.t, n)]
	if !strings.Contains(span, fragmentMark) {
		return false
	}
	stepped := w.stepNext
	w.stepNext = false
	if n, ok := n.(*ast.List); ok {
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			end := nodeEnd(w.t, n)
			if it.NextSibling() != nil {
				end = it.NextSibling().Pos()
			}
			if strings.Contains(w.t[it.Pos():end], fragmentMark) && !(stepped && it == n.FirstChild()) {
				w.ins = append(w.ins, itemPause(w.t, it.Pos()))
			}
		}
		return true
	}
	if _, ok := n.(*ast.HTMLBlock); ok && strings.TrimSpace(span) == fragmentMark {
		if prev != nil && !w.paused(prev) {
			w.ins = append(w.ins, blockPause(w.t, blockStart(w.t, prev)))
		}
		return true
	}
	if !stepped {
		w.ins = append(w.ins, blockPause(w.t, blockStart(w.t, n)))
	}
	return true
}

// paused reports a pause already placed before block n.
func (w *stepWalk) paused(n ast.Node) bool {
	at := blockStart(w.t, n)
	for _, in := range w.ins {
		if in.at == at {
			return true
		}
	}
	return false
}

// nodeEnd is where a top-level block ends: where the next one starts, or
// the end of the text.
func nodeEnd(t string, n ast.Node) int {
	if next := n.NextSibling(); next != nil {
		return blockStart(t, next)
	}
	return len(t)
}
