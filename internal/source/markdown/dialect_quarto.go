package markdown

// Quarto revealjs, as Quarto (pandoc) reads it: a deck is Quarto's when
// its file ends in .qmd or its front matter says `format: revealjs`;
// headings down to the slide level (2 unless `slide-level` says) start
// slides, so `#` makes a section slide and `##` a slide. `::: notes` and
// `. . .` are read in every deck (notes.go). In a Quarto deck the fences
// of other divs are hidden and their content kept in order:
// `::: {.incremental}` makes each item of its lists a step (`incremental:
// true` in the front matter every list's, `::: {.nonincremental}` none), `::: {.fragment}`
// its content one step, `::: columns` records the columns' widths
// ("columns": "40%,60%") and its fences become column markers
// (dialect_columns.go); heading attributes (`{.smaller}`,
// `{background-color="…"}`) are hidden and recorded ("class", and each
// key=value).

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"

	"gopkg.in/yaml.v3"
)

// quartoHead reads `format: revealjs` and `slide-level`; qmd is the file's
// extension, which alone makes the deck Quarto's.
func (p *parser) quartoHead(fields []field, qmd bool) {
	level := 0
	if qmd {
		level = 2
	}
	if f := find(fields, "format"); f != nil {
		switch {
		case f.node.Kind == yaml.ScalarNode && f.node.Value == "revealjs":
			level = 2
		case childNode(f.node, "revealjs") != nil:
			level = 2
			if n, err := strconv.Atoi(child(childNode(f.node, "revealjs"), "slide-level")); err == nil {
				level = n
			}
		}
	}
	if level == 0 {
		return
	}
	p.fl.quarto = true
	if quartoIncremental(fields) {
		p.fl.buildLists = true
	}
	if g := find(fields, "slide-level"); g != nil {
		if n, err := strconv.Atoi(g.node.Value); err == nil {
			level = n
		}
	}
	for l := 1; l <= level && l <= 6; l++ {
		p.fl.dividers[l], p.fl.dividerOn = true, true
	}
}

// quartoIncremental reads `incremental: true`, at the top of the front
// matter or under format: revealjs: every list of the deck steps, except
// inside ::: {.nonincremental}.
func quartoIncremental(fields []field) bool {
	if f := find(fields, "incremental"); f != nil && f.node.Kind == yaml.ScalarNode {
		return strings.EqualFold(f.node.Value, "true")
	}
	if f := find(fields, "format"); f != nil {
		if r := childNode(f.node, "revealjs"); r != nil {
			return strings.EqualFold(child(r, "incremental"), "true")
		}
	}
	return false
}

// pandocAttrRe reads one attribute of a {…} list: .class, #id or key=value.
var pandocAttrRe = regexp.MustCompile(`([.#][^\s{}.#=]+)|([^\s{}="]+)=(?:"([^"]*)"|'([^']*)'|([^\s{}]+))`)

// pandocAttrs reads `{.a .b key="v"}` or a bare class name (`::: columns`).
func pandocAttrs(t string) (classes []string, kv map[string]string) {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "{") {
		if t != "" {
			classes = strings.Fields(t)[:1]
		}
		return classes, nil
	}
	for _, m := range pandocAttrRe.FindAllStringSubmatch(t, -1) {
		switch {
		case strings.HasPrefix(m[1], "."):
			classes = append(classes, m[1][1:])
		case m[2] != "":
			if kv == nil {
				kv = map[string]string{}
			}
			kv[m[2]] = m[3] + m[4] + m[5]
		}
	}
	return classes, kv
}

// quartoHeading hides the attributes ending a heading line at pos and
// records them on the slide.
func (p *parser) quartoHeading(pos int, line []byte, s *deck.Slide) []edit {
	loc := attrRe.FindIndex(line)
	if loc == nil {
		return nil
	}
	classes, kv := pandocAttrs(string(line[loc[0]:loc[1]]))
	if len(classes) > 0 {
		kv = mapWith(kv, "class", strings.Join(classes, " "))
	}
	setHints(s, kv)
	return []edit{{start: pos + loc[0], end: pos + loc[1]}}
}

func mapWith(m map[string]string, k, v string) map[string]string {
	if m == nil {
		m = map[string]string{}
	}
	m[k] = v
	return m
}

// quartoDiv hides a div fence line at pos (its content starts at next, the
// slide ends at b) and does what the div says.
func (p *parser) quartoDiv(pos, next, b int, line []byte, s *deck.Slide) []edit {
	hide := []edit{{start: pos, end: pos + len(line)}}
	if divCloseRe.Match(line) {
		if mark, ok := p.incrClose[pos]; ok {
			return []edit{{start: pos, end: pos + len(line), repl: mark}}
		}
		return hide
	}
	classes, kv := pandocAttrs(strings.TrimLeft(strings.TrimSpace(string(line)), ":"))
	for _, c := range classes {
		switch c {
		case "fragment":
			return []edit{{start: pos, end: pos + len(line), repl: pauseMarker}}
		case "incremental", "nonincremental":
			// the lists inside step, or do not (reveal.go), up to the div's end
			open, shut := incrementalMark(true), incrementalMark(false)
			if c == "nonincremental" {
				open, shut = nonIncrementalOn, nonIncrementalOff
			}
			if _, ce := p.divEnd(next, b); ce < b {
				if p.incrClose == nil {
					p.incrClose = map[int]string{}
				}
				p.incrClose[ce] = shut
			}
			return []edit{{start: pos, end: pos + len(line), repl: open}}
		case "columns":
			// the columns end with the div: the content after is full width
			if _, ce := p.divEnd(next, b); ce < b {
				if p.incrClose == nil {
					p.incrClose = map[int]string{}
				}
				p.incrClose[ce] = columnsEndMark
			}
			return []edit{{start: pos, end: pos + len(line), repl: columnsMark(nil, false)}}
		case "column":
			w := s.Hints["columns"]
			if _, ok := s.Hints["columns"]; ok {
				w += ","
			}
			setHints(s, map[string]string{"columns": w + kv["width"]})
			return []edit{{start: pos, end: pos + len(line), repl: columnMark(0, kv["width"])}}
		}
	}
	return hide
}
