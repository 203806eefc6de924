package markdown

// presenterm's rules: `<!-- end_slide -->` ends a slide, and in a deck
// that uses it --- is a plain rule unless `options: end_slide_shorthand`
// is on (cuts.go); its comment commands are hidden (comments.go), the
// layout ones recorded as slide hints: column_layout ("[2, 1]"), column
// (the columns in order, "0,1"), reset_layout, jump_to_middle, alignment;
// the column ones also become column markers in the body.
// `<!-- incremental_lists: true -->` makes each item of the lists after
// it a step, a pause before every item as presenterm puts them, until
// `incremental_lists: false` (`options: incremental_lists` for the deck);
// the comment becomes an incremental marker that reveal.go reads.

import (
	"strconv"
	"strings"
)

// presentermHead reads `options: {end_slide_shorthand: true}`.
func (p *parser) presentermHead(fields []field) {
	if f := find(fields, "options"); f != nil && strings.EqualFold(child(f.node, "end_slide_shorthand"), "true") {
		p.fl.shorthand = true
	}
	p.presentermOptions(fields)
}

// presentermOptions reads `options: {incremental_lists: true}`.
func (p *parser) presentermOptions(fields []field) {
	if f := find(fields, "options"); f != nil && strings.EqualFold(child(f.node, "incremental_lists"), "true") {
		p.fl.buildLists = true
	}
}

// presentermColumnMark is the column marker a layout comment becomes:
// column_layout: [2, 1] a group of columns that wide (weights), column: n
// column n+1 (presenterm counts from 0), reset_layout the group's end. ""
// for any other comment.
func presentermColumnMark(hints map[string]string) string {
	if v, ok := hints["column_layout"]; ok {
		var ws []string
		for _, f := range strings.Split(strings.Trim(strings.TrimSpace(v), "[]"), ",") {
			if w := cleanWidth(f); w != "" && !strings.HasSuffix(w, "%") {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 {
			return ""
		}
		return columnsMark(ws, false)
	}
	if v, ok := hints["column"]; ok {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < 0 || n >= 64 {
			return ""
		}
		return columnMark(n+1, "")
	}
	if hints["reset_layout"] == "true" {
		return columnsEndMark
	}
	return ""
}
