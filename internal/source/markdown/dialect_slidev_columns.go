package markdown

// Slidev's column layouts, as its built-in layouts place their slots:
// two-cols puts the default slot (all before ::right::) in the left half
// and ::right:: in the right; two-cols-header puts the default slot above
// both, ::left:: left and ::right:: right; image-left / image-right show
// the slide's `image:` in one half and the content in the other. The slot
// lines become column markers (dialect_columns.go); the layout and image
// are recorded as the slide's hints ("layout", "image").

import (
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"

	"gopkg.in/yaml.v3"
)

var slotMarkRe = regexp.MustCompile(`(?m)^<!-- lectern:slot ([\w-]+) -->\n?`)

// slotMark is what a `::name::` slot line becomes until the slide's layout
// is known.
func slotMark(line []byte) string {
	name := strings.Trim(strings.TrimSpace(string(line)), ":")
	return "<!-- lectern:slot " + name + " -->"
}

// slidevColumns reads slide r's layout and turns its slot marks into
// column markers (or drops them: other layouts and dialects have none).
func (p *parser) slidevColumns(r slideRange, s *deck.Slide) {
	layout, image := "", ""
	if p.fl.slidev {
		layout, image = p.slidevLayout(r)
		if layout != "" {
			setHints(s, map[string]string{"layout": layout})
		}
		if image != "" {
			setHints(s, map[string]string{"image": image})
		}
	}
	if !strings.Contains(s.Body, "<!-- lectern:slot ") && layout != "two-cols" {
		return
	}
	slot := map[string]string{}
	switch layout {
	case "two-cols":
		s.Body = columnsMark([]string{"50%", "50%"}, false) + "\n\n" + columnMark(1, "") + "\n\n" + s.Body
		slot["left"], slot["default"], slot["right"] = columnMark(1, ""), columnMark(1, ""), columnMark(2, "")
	case "two-cols-header":
		slot["left"] = columnsMark([]string{"50%", "50%"}, false) + "\n\n" + columnMark(1, "")
		slot["right"] = columnMark(2, "")
	}
	s.Body = slotMarkRe.ReplaceAllStringFunc(s.Body, func(m string) string {
		name := slotMarkRe.FindStringSubmatch(m)[1]
		if v, ok := slot[name]; ok {
			return v + "\n"
		}
		return ""
	})
}

// slidevLayout is the layout and image slide r's front matter names; the
// first slide's are the deck's head matter.
func (p *parser) slidevLayout(r slideRange) (layout, image string) {
	if r.fm.end > r.fm.start {
		var doc yaml.Node
		dec := yaml.NewDecoder(strings.NewReader(p.text[r.fm.start:r.fm.end]))
		if dec.Decode(&doc) != nil || len(doc.Content) != 1 {
			return "", ""
		}
		return child(doc.Content[0], "layout"), child(doc.Content[0], "image")
	}
	if p.fmFields == nil || !isHeadSlide(p.text[:r.start]) {
		return "", ""
	}
	if f := find(p.fmFields, "layout"); f != nil {
		layout = f.node.Value
	}
	if f := find(p.fmFields, "image"); f != nil {
		image = f.node.Value
	}
	return layout, image
}

// isHeadSlide reports that the text before a slide is only the head
// matter: the slide is the first, whose front matter the head matter is.
// It reads only the head matter and the blanks after it (a big deck asks
// for every slide).
func isHeadSlide(before string) bool {
	if !strings.HasPrefix(before, "---\n") {
		return false
	}
	i := strings.Index(before[3:], "\n---")
	if i < 0 {
		return false
	}
	rest := before[3+i+4:]
	for j := 0; j < len(rest); j++ {
		switch rest[j] {
		case ' ', '\t', '\n', '-':
		default:
			return false
		}
	}
	return true
}
