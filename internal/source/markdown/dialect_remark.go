package markdown

// remark's rules, as gnab/remark's parser and slideshow read them: slide
// properties (`name:`, `class:`, `layout:`…) as the first lines of a
// slide, `???` notes and `--` steps (notes.go).

import (
	"bytes"
	"strings"
)

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
