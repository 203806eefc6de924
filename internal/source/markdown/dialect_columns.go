package markdown

import (
	"strconv"
	"strings"
)

// Column markers: where a dialect's columns start is kept in the body as a
// comment on a line of its own, which the layout splits on and every other
// reader of a body ignores as it ignores any comment:
//
//	<!-- lectern:columns 40%,60% -->  a group of columns (widths optional;
//	                                  weights as presenterm's [2, 1]; spread
//	                                  puts the room left between them)
//	<!-- lectern:column 2 40% -->     what follows goes in column 2 (or the
//	                                  next one), optionally that wide
//	<!-- lectern:columns-end -->      back to the full width
//
// The slide's "columns" / "column_layout" hints stay as they were.

const columnsEndMark = "<!-- lectern:columns-end -->"

// columnsMark opens a group; widths may be empty.
func columnsMark(widths []string, spread bool) string {
	var sb strings.Builder
	sb.WriteString("<!-- lectern:columns")
	if len(widths) > 0 {
		sb.WriteString(" " + strings.Join(widths, ","))
	}
	if spread {
		sb.WriteString(" spread")
	}
	sb.WriteString(" -->")
	return sb.String()
}

// columnMark starts column n (from 1; 0: the next) of the group, width
// optional.
func columnMark(n int, width string) string {
	var sb strings.Builder
	sb.WriteString("<!-- lectern:column")
	if n > 0 {
		sb.WriteString(" " + strconv.Itoa(n))
	}
	if width = cleanWidth(width); width != "" {
		sb.WriteString(" " + width)
	}
	sb.WriteString(" -->")
	return sb.String()
}

// cleanWidth keeps a width a marker can carry: a number, or a percentage;
// anything else (em, px, a hostile "-->") is dropped.
func cleanWidth(w string) string {
	w = strings.TrimSpace(w)
	n := strings.TrimSuffix(w, "%")
	if f, err := strconv.ParseFloat(n, 64); err != nil || f <= 0 || f > 1e6 {
		return ""
	}
	return w
}
