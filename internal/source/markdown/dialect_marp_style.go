package markdown

// Marp's styling directives, resolved per slide as Marpit resolves them
// (marpit src/markdown/directives): a local directive (front matter, or a
// comment anywhere in a slide) holds from that slide on; a spot directive
// (`_key`) holds for its slide only and wins over the local one. The result
// goes to Slide.Hints under Marp's own key names, for the layout to draw.

import (
	"strconv"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// marpSetting is one directive as written: key keeps its `_` prefix.
type marpSetting struct{ key, value string }

// marpStyleKeys are Marpit's local directives.
var marpStyleKeys = []string{
	"header", "footer", "paginate", "class", "color", "backgroundColor",
	"backgroundImage", "backgroundPosition", "backgroundRepeat", "backgroundSize",
}

// marpCursor walks the slides in order, carrying the local directives.
type marpCursor struct {
	local map[string]string
	used  bool // paginate was set somewhere: Marp numbers the pages, not Lectern
	page  int  // the last page number given
	d     *deck.Deck
}

// marpCursor starts with the front matter's local directives. A Slidev deck's
// front matter `class` is Slidev's, so it is not read as Marp's there.
func (p *parser) marpCursor() *marpCursor {
	c := &marpCursor{local: map[string]string{}, d: p.d}
	if p.fl.slidev {
		return c
	}
	for _, k := range marpStyleKeys {
		if f := find(p.fmFields, k); f != nil {
			v := f.node.Value
			if k == "class" {
				v = strings.Join(scalars(f.node), " ")
			}
			c.local[k] = v
		}
	}
	_, c.used = c.local["paginate"]
	return c
}

// apply resolves the directives of slide s (its comments' settings in
// order) and records them in its Hints.
func (c *marpCursor) apply(s *deck.Slide, settings []marpSetting) {
	spot := map[string]string{}
	for _, m := range settings {
		switch {
		case m.key == "theme":
			// a global directive: the last one in the deck wins
			if c.d.Meta.Extra == nil {
				c.d.Meta.Extra = map[string]any{}
			}
			c.d.Meta.Extra["theme"] = m.value
		case strings.HasPrefix(m.key, "_"):
			spot[m.key[1:]] = m.value
		default:
			c.local[m.key] = m.value
		}
		if strings.TrimPrefix(m.key, "_") == "paginate" {
			c.used = true
		}
	}
	var hints map[string]string
	for _, k := range marpStyleKeys {
		v, ok := spot[k]
		if !ok {
			v, ok = c.local[k]
		}
		if !ok {
			continue
		}
		if k == "paginate" {
			v = strings.ToLower(strings.TrimSpace(v))
			if v != "skip" && v != "hold" {
				v = strconv.FormatBool(v == "true")
			}
		}
		if v != "" {
			hints = mapWith(hints, k, v)
		}
	}
	p := hints["paginate"]
	if p != "skip" && p != "hold" {
		c.page++
	}
	if p == "true" || p == "hold" {
		hints["page"] = strconv.Itoa(max(1, c.page))
	}
	setHints(s, hints)
}

// finish marks every slide without a page number once paginate was used
// anywhere, so the layout draws no number of its own there either.
func (c *marpCursor) finish(slides []deck.Slide) {
	if !c.used {
		return
	}
	for i := range slides {
		if _, ok := slides[i].Hints["paginate"]; !ok {
			setHints(&slides[i], map[string]string{"paginate": "false"})
		}
	}
}
