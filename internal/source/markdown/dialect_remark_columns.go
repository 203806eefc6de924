package markdown

import (
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// remark's two-column content classes, as its boilerplate lays them out:
//
//	.left-column[
//	  ## Topic
//	]
//	.right-column[
//	  The text.
//	]
//
// The class lines and their closing ] are taken out of the body (the
// content kept in order, its common indent removed, column markers where
// the columns start and end: dialect_columns.go) and the slide records
// the columns' widths as Quarto's do ("columns": "20%,75%", remark's
// boilerplate CSS). One-line forms (.left-column[## Topic]) count too.

var (
	columnOpenRe = regexp.MustCompile(`^\.(left|right)-column\[\s*$`)
	columnLineRe = regexp.MustCompile(`^\.(left|right)-column\[(.*)\]\s*$`)
	columnShutRe = regexp.MustCompile(`^\s*\]\s*$`)
)

// remarkColumns rewrites a slide body's column classes; ok when it had any.
func remarkColumns(body string) (string, bool) {
	if !strings.Contains(body, "-column[") {
		return body, false
	}
	lines := strings.Split(body, "\n")
	var out []string
	found, group, fence := false, false, ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if f := fenceOf(l); f != "" && (fence == "" || strings.HasPrefix(strings.TrimSpace(l), fence)) {
			if fence == "" {
				fence = f
			} else {
				fence = ""
			}
		}
		if fence != "" {
			out = append(out, l)
			continue
		}
		if m := columnLineRe.FindStringSubmatch(l); m != nil && !strings.Contains(m[2], "[") {
			out = append(out, openColumn(&group, m[1])...)
			out = append(out, strings.TrimSpace(m[2]))
			out = append(out, closeColumn(&group, lines, i+1)...)
			found = true
			continue
		}
		m := columnOpenRe.FindStringSubmatch(l)
		if m == nil {
			out = append(out, l)
			continue
		}
		end := closingLine(lines, i+1)
		if end < 0 {
			out = append(out, l)
			continue
		}
		out = append(out, openColumn(&group, m[1])...)
		out = append(out, dedentLines(lines[i+1:end])...)
		out = append(out, closeColumn(&group, lines, end+1)...)
		found = true
		i = end
	}
	if !found {
		return body, false
	}
	return trimBlankLines(strings.Join(out, "\n")), true
}

// openColumn is the markers before a column's content: the group's, when
// it is the first column, and the column's (left 1, right 2). remark
// floats the left column left and the right one right: the room left goes
// between them.
func openColumn(group *bool, side string) []string {
	var out []string
	if !*group {
		out = append(out, "", columnsMark([]string{"20%", "75%"}, true), "")
		*group = true
	}
	n := 1
	if side == "right" {
		n = 2
	}
	return append(out, columnMark(n, ""), "")
}

// closeColumn is what follows a column's content: a blank line, and the
// group's end unless another column follows (the content after is full
// width).
func closeColumn(group *bool, lines []string, from int) []string {
	for k := from; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		if columnOpenRe.MatchString(t) || columnLineRe.MatchString(t) {
			return []string{""}
		}
		break
	}
	*group = false
	if from < len(lines) && strings.TrimSpace(lines[from]) != "" {
		return []string{"", columnsEndMark, ""}
	}
	return []string{"", columnsEndMark}
}

// closingLine finds the line of the ] that closes a column opened just
// before from: the first ] line outside fences and inner .class[ blocks.
func closingLine(lines []string, from int) int {
	depth, fence := 0, ""
	for k := from; k < len(lines); k++ {
		l := lines[k]
		if f := fenceOf(l); f != "" {
			switch {
			case fence == "":
				fence = f
			case strings.HasPrefix(strings.TrimSpace(l), fence):
				fence = ""
			}
			continue
		}
		if fence != "" {
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, ".") && strings.HasSuffix(t, "["):
			depth++
		case columnShutRe.MatchString(l) && depth == 0:
			return k
		case columnShutRe.MatchString(l):
			depth--
		}
	}
	return -1
}

// fenceOf is the fence a line opens or closes (``` or ~~~), "" for none.
func fenceOf(l string) string {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 3 {
		return ""
	}
	for _, f := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, f) {
			return f
		}
	}
	return ""
}

// dedentLines removes the indent every non-blank line shares.
func dedentLines(lines []string) []string {
	cut := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if cut < 0 || n < cut {
			cut = n
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if len(l) >= cut && cut > 0 {
			l = l[cut:]
		}
		out[i] = l
	}
	return out
}

// applyRemarkColumns rewrites slide s's body and records the widths.
func applyRemarkColumns(s *deck.Slide) {
	body, ok := remarkColumns(s.Body)
	if !ok {
		return
	}
	s.Body = body
	setHints(s, map[string]string{"columns": "20%,75%"})
}
