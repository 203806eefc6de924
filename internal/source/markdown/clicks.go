package markdown

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// tagKind is what a Slidev element opened on a line of its own does.
type tagKind int

const (
	plainTag  tagKind = iota // any other element: only paired with its closing tag
	clickTag                 // <v-click>, <div v-click>: what it wraps is one step
	clicksTag                // <v-clicks>: each item (or block) it wraps is a step
	quietTag                 // <v-after>, hide, a <v-clicks> inside another: no step
)

type openTag struct {
	name string
	kind tagKind
}

// maxOpenTags bounds the elements kept open; deeper ones are content.
const maxOpenTags = 64

var (
	openTagRe  = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>$`)
	startTagRe = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>`)
	closeTagRe = regexp.MustCompile(`^</([A-Za-z][A-Za-z0-9-]*)\s*>$`)
	tagAttrRe  = regexp.MustCompile(`([^\s="'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>]+)))?`)
)

// voidTags never have a closing tag.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// tagBlock reads a top-level HTML block that is one tag on a line of its
// own (as Slidev wants them, between blank lines) and reports it. An
// opening <v-click> with something before its closing tag becomes a pause
// line; <v-clicks> starts a run of blocks that its closing tag (or the end
// of the slide) ends.
func (w *stepWalk) tagBlock(n ast.Node) bool {
	line, ls, le, ok := soleLine(w.t, n)
	if !ok {
		return false
	}
	if m := closeTagRe.FindStringSubmatch(line); m != nil {
		name := strings.ToLower(m[1])
		k := len(w.stack) - 1
		for k >= 0 && w.stack[k].name != name {
			k--
		}
		if k < 0 {
			return false
		}
		for _, o := range w.stack[k:] {
			if o.kind == clicksTag {
				w.endRun()
			}
		}
		w.stack = w.stack[:k]
		return true
	}
	m := openTagRe.FindStringSubmatch(line)
	if m == nil || strings.HasSuffix(m[2], "/") || len(w.stack) >= maxOpenTags {
		return false
	}
	name := strings.ToLower(m[1])
	kind, every := classifyTag(name, m[2])
	if kind == plainTag && voidTags[name] {
		return false
	}
	if kind == clicksTag && w.run != nil {
		kind = quietTag // runs do not nest: the outer one cuts
	}
	w.stack = append(w.stack, openTag{name: name, kind: kind})
	switch kind {
	case clickTag:
		if next := n.NextSibling(); next != nil && !closesTag(w.t, next, name) {
			w.ins = append(w.ins, insertion{at: ls, end: le, repl: pauseMarker})
			w.stepNext = true
		}
	case clicksTag:
		w.run = &clicksRun{every: every}
	}
	return true
}

// soleLine gives the text of an HTML block of one line, and where the line
// starts and ends.
func soleLine(t string, n ast.Node) (string, int, int, bool) {
	h, ok := n.(*ast.HTMLBlock)
	if !ok || h.Lines().Len() != 1 || h.HasClosure() {
		return "", 0, 0, false
	}
	seg := h.Lines().At(0)
	ls := lineStart(t, seg.Start)
	le := strings.IndexByte(t[ls:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += ls
	}
	return strings.TrimSpace(t[ls:le]), ls, le, true
}

// closesTag reports a block that is the closing tag of name on its own line.
func closesTag(t string, n ast.Node, name string) bool {
	line, _, _, ok := soleLine(t, n)
	m := closeTagRe.FindStringSubmatch(line)
	return ok && m != nil && strings.EqualFold(m[1], name)
}

// opensClick reports a block that starts with a click element and holds
// more: `<v-click>text</v-click>` or `<div v-click>` with text on the next
// line. It is one step, drawn as the layout draws it (a paragraph is drawn,
// HTML is not).
func opensClick(t string, n ast.Node) bool {
	var head string
	switch n := n.(type) {
	case *ast.HTMLBlock:
		if n.Lines().Len() == 0 {
			return false
		}
		seg := n.Lines().At(0)
		head = strings.TrimSpace(t[seg.Start:seg.Stop])
	case *ast.Paragraph:
		r, ok := n.FirstChild().(*ast.RawHTML)
		if !ok || r.Segments.Len() == 0 {
			return false
		}
		seg := r.Segments.At(0)
		head = t[seg.Start:seg.Stop]
	default:
		return false
	}
	m := startTagRe.FindStringSubmatch(head)
	if m == nil {
		return false
	}
	kind, _ := classifyTag(strings.ToLower(m[1]), m[2])
	return kind == clickTag
}

// classifyTag reads what an element does from its name and attributes; for
// <v-clicks> it also gives how many items each step shows (every="n").
func classifyTag(name, attrs string) (tagKind, int) {
	kind, every, hide := plainTag, 1, false
	for _, m := range tagAttrRe.FindAllStringSubmatch(attrs, -1) {
		k := strings.ToLower(m[1])
		switch {
		case k == "hide" || strings.HasSuffix(k, ".hide"):
			hide = true
		case k == "every":
			if n, err := strconv.Atoi(strings.TrimSpace(m[2] + m[3] + m[4])); err == nil && n > 1 {
				every = min(n, 1000)
			}
		}
		switch {
		case k == "v-click" || strings.HasPrefix(k, "v-click."):
			kind = clickTag
		case k == "v-after" || strings.HasPrefix(k, "v-after."):
			kind = quietTag
		}
	}
	switch name {
	case "v-click":
		kind = clickTag
	case "v-clicks":
		kind = clicksTag
	case "v-after":
		kind = quietTag
	}
	if hide && kind != plainTag {
		kind = quietTag
	}
	return kind, every
}
