package markdown

// remark's rules, as gnab/remark's parser and slideshow read them: slide
// properties (`name:`, `class:`, `layout:`…) as the first lines of a
// slide, `???` notes and `--` steps (notes.go).

import (
	"bytes"
	"slices"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// remarkKeys are remark's slide properties, written as the first lines of
// a slide.
var remarkKeys = map[string]bool{
	"name": true, "class": true, "background-image": true, "count": true,
	"template": true, "layout": true, "exclude": true,
}

// remarkProps finds remark slide properties at the top of slide [a, b):
// where they stand and what they say.
func (p *parser) remarkProps(a, b int) (span, map[string]string) {
	x := p.idx
	pos := a
	for pos < b && isBlank(p.src[pos:x.end(pos)]) {
		pos = x.next(pos)
	}
	start := pos
	var props map[string]string
	for pos < b {
		line := p.src[pos:x.end(pos)]
		if len(line) == 0 || line[0] < 'a' || line[0] > 'z' || bytes.IndexByte(line, ':') < 0 {
			break
		}
		m := keyLineRe.FindSubmatch(line)
		if m == nil || !remarkKeys[string(m[1])] || p.inBlocked(pos) {
			break
		}
		if props == nil {
			props = map[string]string{}
		}
		props[string(m[1])] = strings.TrimSpace(string(m[2]))
		pos = x.next(pos)
	}
	if pos == start {
		return span{}, nil
	}
	return span{start, min(pos, b)}, props
}

// remarkTemplate is a slide other slides build on: a `layout: true`
// slide, or one with a `name:`.
type remarkTemplate struct {
	body   string
	title  string
	steps  int
	images []deck.Image
	hints  map[string]string
}

// remarkTemplates applies templates as remark's slideshow does: a
// `layout: true` slide is not shown and its content goes before every
// following slide's until the next layout slide (`layout: false` ends
// it); `template: name` puts the named slide's content first instead.
// Properties are inherited (class joined, others when the slide has none),
// notes are not. `{{content}}` in a template places the slide's content.
type remarkTemplates struct {
	layout *remarkTemplate
	byName map[string]*remarkTemplate
}

// apply builds slide s with its properties on its template and reports
// whether it is shown.
func (rt *remarkTemplates) apply(s *deck.Slide, props map[string]string) bool {
	if props["exclude"] == "true" {
		return false // remark's parser drops it before templates are looked at
	}
	var t *remarkTemplate
	switch {
	case props["template"] != "" && rt.byName[props["template"]] != nil:
		t = rt.byName[props["template"]]
	case props["layout"] == "false":
		rt.layout = nil
	case rt.layout != nil && props["layout"] != "true":
		t = rt.layout
	}
	if t != nil {
		inherit(s, t)
	}
	own := &remarkTemplate{body: s.Body, title: s.Title, steps: s.Steps, images: s.Images, hints: s.Hints}
	if n := props["name"]; n != "" {
		if rt.byName == nil {
			rt.byName = map[string]*remarkTemplate{}
		}
		rt.byName[n] = own
	}
	if props["layout"] == "true" {
		rt.layout = own
		return false
	}
	if strings.Contains(s.Body, "{{content}}") {
		// remark expands a {{content}} with nothing to place to nothing
		s.Body = trimBlankLines(strings.ReplaceAll(s.Body, "{{content}}", ""))
	}
	return true
}

// inherit puts template t's content and properties on slide s.
func inherit(s *deck.Slide, t *remarkTemplate) {
	switch {
	case strings.Contains(t.body, "{{content}}"):
		s.Body = strings.Replace(t.body, "{{content}}", s.Body, 1)
	case t.body != "" && s.Body != "":
		s.Body = t.body + "\n\n" + s.Body
	case t.body != "":
		s.Body = t.body
	}
	s.Steps += t.steps - 1
	if s.Title == "" {
		s.Title = t.title
	}
	s.Images = append(slices.Clip(t.images), s.Images...)
	for k, v := range t.hints {
		switch {
		case k == "class" && s.Hints["class"] != "":
			s.Hints[k] = v + ", " + s.Hints[k]
		case s.Hints[k] == "":
			setHints(s, map[string]string{k: v})
		}
	}
}

// remarkHints are the properties that say how a slide looks.
var remarkHints = []string{"class", "background-image"}
