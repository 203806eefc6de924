package markdown

import (
	"bytes"
	"slices"
	"strings"
)

// edit hides [start, end) of a slide, or replaces it with repl.
type edit struct {
	start, end int
	repl       string
}

// mergeEdits sorts edits and joins overlapping ones, and hidden stretches
// separated only by spaces on one line ("<!-- a --> <!-- b -->").
func mergeEdits(src []byte, es []edit) []edit {
	slices.SortStableFunc(es, func(a, b edit) int { return a.start - b.start })
	out := es[:0]
	for _, e := range es {
		if e.end <= e.start && e.repl == "" {
			continue // an insertion (a pause before a fragment) has no width
		}
		if n := len(out); n > 0 {
			prev := &out[n-1]
			overlap := e.start < prev.end
			touching := prev.repl == "" && e.repl == "" && isSpaceTab(src[prev.end:max(prev.end, e.start)])
			if overlap || touching {
				prev.end = max(prev.end, e.end)
				if overlap {
					prev.repl = ""
				}
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// body applies the edits to the slide text [a, b). An edit that fills its
// lines removes them whole, with one of the blank lines around them; a
// pause marker keeps a line of its own. Pauses with nothing shown after
// them are dropped, as presenterm does. It returns the text and the number
// of pauses kept.
func (p *parser) body(a, b int, edits []edit) (string, int) {
	x := p.idx
	src := p.src
	out := make([]byte, 0, b-a+16)
	pos, pauses := a, 0
	for _, e := range edits {
		if e.start < pos {
			continue
		}
		start, end := e.start, e.end
		ls := x.start(e.start)
		le := x.end(max(e.end-1, e.start))
		whole := isSpaceTab(src[ls:e.start]) && (e.end > le || isSpaceTab(src[e.end:le]))
		if whole {
			start, end = max(ls, pos), min(le+1, b)
		}
		out = append(out, src[pos:start]...)
		switch {
		case e.repl != "" && whole:
			if len(out) > 0 && out[len(out)-1] != '\n' {
				// the line before lost its newline to a hidden stretch
				// (an unclosed comment ended at this line)
				out = append(out, '\n')
			}
			out = append(out, src[max(ls, pos):e.start]...)
			out = append(out, e.repl...)
			out = append(out, '\n')
			pauses += strings.Count(e.repl, pauseMarker)
		case e.repl != "":
			out = append(out, e.repl...)
			pauses += strings.Count(e.repl, pauseMarker)
		case !whole && e.end <= le && (isSpaceTab(src[e.end:le]) || src[e.end] == ' ' || src[e.end] == '\t'):
			// An inline comment: drop the spaces before it, which would
			// double the ones after it or make a hard line break.
			out = bytes.TrimRight(out, " \t")
		case whole && endsBlank(out):
			if end < b && isBlank(src[end:x.end(end)]) {
				end = min(x.next(end), b)
			}
		}
		pos = max(pos, end)
	}
	if pos < b {
		out = append(out, src[pos:b]...)
	}
	return dropTrailingPauses(trimBlankLines(string(out)), pauses)
}

// dropTrailingPauses removes the pause lines ending body (nothing is shown
// after them) and takes them off the count of pauses.
func dropTrailingPauses(body string, pauses int) (string, int) {
	for pauses > 0 {
		i := strings.LastIndexByte(body, '\n')
		if strings.TrimSpace(body[i+1:]) != pauseMarker {
			break
		}
		body = trimBlankLines(body[:max(i, 0)])
		pauses--
	}
	return body, pauses
}

// endsBlank reports that s is empty so far or ends with a blank line.
func endsBlank(s []byte) bool {
	t := bytes.TrimRight(s, " \t")
	return len(bytes.TrimLeft(t, " \t\n")) == 0 || bytes.HasSuffix(t, []byte("\n\n"))
}
