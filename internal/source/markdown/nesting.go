package markdown

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// MaxNesting is how deep lists and block quotes may nest. goldmark takes
// time quadratic (or worse) in the depth, so a hostile 2,000-level list
// took 17 s to open; deeper lines are moved up to this level, text kept.
const MaxNesting = 100

// listLevel is one open list item: where its marker and its content begin.
type listLevel struct{ marker, content int }

// flattenNesting rewrites the lines of text that nest deeper than
// MaxNesting: extra `>` markers are dropped and deeper list items and
// their text are indented as items of level MaxNesting. It returns text
// itself when nothing is that deep, and the 1-based lines it changed.
func flattenNesting(text string) (string, []int) {
	var out strings.Builder
	var changed []int
	var stack []listLevel
	fence := ""
	copied := 0 // text[:copied] is in out, when out is in use
	for pos, line := 0, 1; pos < len(text); line++ {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		l := text[pos:end]
		repl, ok := "", false
		switch {
		case fence != "":
			if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]+" \t") == "" {
				fence = ""
			}
		case len(stack) == 0 && fenceOpen(l) != "":
			fence = fenceOpen(l)
		default:
			repl, ok = flattenLine(l, &stack)
		}
		if ok {
			if out.Len() == 0 && copied == 0 {
				out.Grow(len(text))
			}
			out.WriteString(text[copied:pos])
			out.WriteString(repl)
			copied = end
			changed = append(changed, line)
		}
		pos = end + 1
	}
	if len(changed) == 0 {
		return text, nil
	}
	out.WriteString(text[copied:])
	return out.String(), changed
}

// fenceOpen is the fence a top-level line opens (``` or ~~~), "" if none.
func fenceOpen(l string) string {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 3 {
		return ""
	}
	if r := fenceRun([]byte(t)); len(r) >= 3 && (r[0] == '~' || !strings.Contains(t[len(r):], "`")) {
		return string(r)
	}
	return ""
}

// flattenLine returns the line rewritten when it nests too deep.
func flattenLine(l string, stack *[]listLevel) (string, bool) {
	// Block quote markers at the start of the line.
	quotes, rest := 0, l
	for {
		t := strings.TrimLeft(rest, " ")
		if len(rest)-len(t) > 3 || !strings.HasPrefix(t, ">") {
			break
		}
		quotes++
		rest = strings.TrimPrefix(t[1:], " ")
	}
	if quotes > MaxNesting {
		return strings.Repeat("> ", MaxNesting) + rest, true
	}
	if quotes > 0 || strings.TrimSpace(l) == "" {
		return "", false
	}
	indent := 0
	for indent < len(l) && l[indent] == ' ' {
		indent++
	}
	body := l[indent:]
	s := *stack
	for len(s) > 0 && s[len(s)-1].content > indent {
		s = s[:len(s)-1]
	}
	deep := false
	if w := listMarker(body); w > 0 {
		s = append(s, listLevel{marker: indent, content: indent + w})
		deep = len(s) > MaxNesting
	}
	*stack = s
	switch {
	case deep:
		return strings.Repeat(" ", s[MaxNesting-1].marker) + body, true
	case len(s) > MaxNesting && indent > s[MaxNesting-1].content:
		return strings.Repeat(" ", s[MaxNesting-1].content) + body, true
	}
	return "", false
}

// listMarker is the width of a list item marker and the spaces after it
// ("- ", "12. "), 0 when body does not start with one.
func listMarker(body string) int {
	i := 0
	switch {
	case body == "":
		return 0
	case body[0] == '-' || body[0] == '+' || body[0] == '*':
		i = 1
	default:
		for i < len(body) && i < 9 && body[i] >= '0' && body[i] <= '9' {
			i++
		}
		if i == 0 || i >= len(body) || (body[i] != '.' && body[i] != ')') {
			return 0
		}
		i++
	}
	if i == len(body) {
		return i + 1
	}
	if body[i] != ' ' && body[i] != '\t' {
		return 0
	}
	sp := 0
	for i+sp < len(body) && body[i+sp] == ' ' {
		sp++
	}
	if sp > 4 || i+sp == len(body) {
		sp = 1
	}
	return i + max(sp, 1)
}

// reportNesting adds one "nesting" problem per slide holding a flattened line.
func (p *parser) reportNesting(lines []int) {
	d := p.d
	last := 0
	for _, l := range lines {
		k := sort.Search(len(d.Slides), func(i int) bool { return d.Slides[i].Line > l }) - 1
		n := 0
		if k >= 0 {
			n = d.Slides[k].Number
		}
		if n == last && last != 0 {
			continue
		}
		last = n
		d.AddProblem(n, deck.Warning, "nesting", fmt.Sprintf("%s, line %d: lists or quotes nest deeper than %d levels; the deeper lines are shown at level %d", filepath.Base(p.path), l, MaxNesting, MaxNesting))
	}
}
