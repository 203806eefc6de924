package markdown

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"gopkg.in/yaml.v3"
)

// applyMeta fills d.Meta from front matter entries: our own keys, then the
// theme, aspect and slide-cutting hints of the other tools. Unknown keys are
// kept in Meta.Extra.
func (p *parser) applyMeta(fields []field) {
	m := &p.d.Meta
	p.fmFields = fields
	for _, f := range fields {
		switch f.key {
		case "title":
			if f.node.Kind == yaml.ScalarNode {
				m.Title = strings.TrimSpace(f.node.Value)
			}
		case "author":
			m.Author = names(f.node)
		case "duration":
			if v, ok := p.metaDuration(f); ok {
				m.Duration = v
			}
		case "warn":
			if v, ok := p.metaDuration(f); ok {
				m.Warn = v
			}
		case "end":
			v, err := deck.ParseClock(f.node.Value)
			if err != nil || f.node.Kind != yaml.ScalarNode {
				p.d.AddProblem(0, deck.Warning, "bad-end", fmt.Sprintf("front matter line %d: end %q is not a time of day like 14:30; the clock ignores it", f.line, f.node.Value))
				continue
			}
			m.End = v
		default:
			if m.Extra == nil {
				m.Extra = map[string]any{}
			}
			m.Extra[f.key] = f.value
		}
	}
	if m.Author == "" {
		if f := find(fields, "authors"); f != nil {
			m.Author = names(f.node)
		}
	}
	m.Theme = themeOf(fields)
	p.themeFile(fields)
	p.aspect(fields)
	p.detectHead(fields)
	p.assetsRequest(fields)
}

func (p *parser) metaDuration(f field) (time.Duration, bool) {
	v, err := parseDuration(f.node.Value)
	if errors.Is(err, deck.ErrTooLong) && f.node.Kind == yaml.ScalarNode {
		p.d.AddProblem(0, deck.Warning, "duration", fmt.Sprintf("%s, front matter line %d: %s: %v, so it is ignored", filepath.Base(p.path), f.line, f.key, err))
		return 0, false
	}
	if err != nil || f.node.Kind != yaml.ScalarNode {
		msg := fmt.Sprintf("%q is not a duration like 30m or 1h15m", f.node.Value)
		if err != nil && f.node.Kind == yaml.ScalarNode {
			msg = err.Error()
		}
		p.d.AddProblem(0, deck.Warning, "bad-"+f.key, fmt.Sprintf("front matter line %d: %s: %s; it is ignored", f.line, f.key, msg))
		return 0, false
	}
	return v, true
}

// parseDuration is deck.ParseDuration with a fast path for Go-style
// durations ("90s", "2m"), which it reads the same way and bounds the same way.
func parseDuration(s string) (time.Duration, error) {
	if d, err := time.ParseDuration(strings.ToLower(strings.TrimSpace(s))); err == nil && d >= 0 {
		return deck.Bound(d, s)
	}
	return deck.ParseDuration(s)
}

func find(fields []field, key string) *field {
	for i := len(fields) - 1; i >= 0; i-- {
		if fields[i].key == key {
			return &fields[i]
		}
	}
	return nil
}

// names reads an author given as text, a list of texts, or a list of
// {name: …} entries (Quarto).
func names(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return strings.TrimSpace(n.Value)
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			if s := names(c); s != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, ", ")
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "name" {
				return names(n.Content[i+1])
			}
		}
	}
	return ""
}

// darkThemes are well-known dark themes whose names do not say "dark":
// reveal.js (reveal-md, Quarto) and presenterm.
var darkThemes = map[string]bool{
	"black": true, "league": true, "blood": true, "moon": true, "dracula": true,
	"catppuccin-mocha": true, "catppuccin-macchiato": true, "catppuccin-frappe": true,
	"tokyonight-storm": true,
}

func isDarkName(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Contains(s, "dark") || strings.Contains(s, "invert") ||
		strings.Contains(s, "night") || darkThemes[s]
}

// themeOf maps the tools' theme settings to "light" or "dark": Slidev's
// colorSchema wins, then a theme name (Marp, Slidev, reveal-md, presenterm's
// {name: …}, Quarto's format.revealjs.theme) or Marp's `class: invert`.
func themeOf(fields []field) string {
	if f := find(fields, "colorSchema"); f != nil {
		switch strings.ToLower(f.node.Value) {
		case "dark":
			return "dark"
		case "light":
			return "light"
		}
	}
	dark := false
	if f := find(fields, "theme"); f != nil {
		switch f.node.Kind {
		case yaml.ScalarNode:
			dark = isDarkName(f.node.Value)
		case yaml.MappingNode:
			dark = isDarkName(child(f.node, "name"))
		}
	}
	if f := find(fields, "format"); f != nil {
		if r := childNode(f.node, "revealjs"); r != nil {
			dark = dark || isDarkName(child(r, "theme"))
		}
	}
	if f := find(fields, "class"); f != nil {
		for _, c := range scalars(f.node) {
			for _, w := range strings.Fields(c) {
				dark = dark || w == "invert"
			}
		}
	}
	if dark {
		return "dark"
	}
	return "light"
}

func childNode(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func child(n *yaml.Node, key string) string {
	if c := childNode(n, key); c != nil && c.Kind == yaml.ScalarNode {
		return c.Value
	}
	return ""
}

func scalars(n *yaml.Node) []string {
	switch n.Kind {
	case yaml.ScalarNode:
		return []string{n.Value}
	case yaml.SequenceNode:
		var out []string
		for _, c := range n.Content {
			out = append(out, scalars(c)...)
		}
		return out
	}
	return nil
}

// aspect reads Marp's `size: 4:3` and Slidev's `aspectRatio: 16/10`.
func (p *parser) aspect(fields []field) {
	p.d.Meta.Aspect = 16.0 / 9.0
	for _, key := range []string{"size", "aspectRatio"} {
		f := find(fields, key)
		if f == nil || (key == "size" && p.fl.decksetFM) {
			continue
		}
		r, ok := parseRatio(f.node.Value)
		if !ok || f.node.Kind != yaml.ScalarNode {
			p.d.AddProblem(0, deck.Warning, "bad-aspect", fmt.Sprintf("front matter line %d: %s %q is not a ratio like 16:9 or 4:3; slides use 16:9", f.line, key, f.node.Value))
			continue
		}
		p.d.Meta.Aspect = r
	}
}

func parseRatio(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "4k" || s == "fhd" || s == "hd" {
		return 16.0 / 9.0, true
	}
	for _, sep := range []string{":", "/", "x"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			w, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
			h, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
			if err1 != nil || err2 != nil || !(w > 0 && h > 0) {
				return 0, false
			}
			return sane(w / h)
		}
	}
	r, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return sane(r)
}

// sane accepts ratios between 1:10 and 10:1 (and no NaN or Inf).
func sane(r float64) (float64, bool) {
	if !(r >= 0.1 && r <= 10) {
		return 0, false
	}
	return r, true
}
