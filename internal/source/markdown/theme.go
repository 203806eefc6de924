package markdown

import (
	"fmt"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source/themefile"
	"gopkg.in/yaml.v3"
)

// themeFile resolves `theme: NAME` beyond the light/dark the other tools'
// names map to: a built-in, a name known to mean dark, or the deck's own
// NAME.lectern-theme.toml. A name that is none of them is a problem (the
// light theme is used), so check reports it.
func (p *parser) themeFile(fields []field) {
	f := find(fields, "theme")
	if f == nil || f.node.Kind != yaml.ScalarNode {
		return
	}
	name := strings.TrimSpace(f.node.Value)
	if name == "" {
		return
	}
	spec, problems, found := themefile.Load(p.path, name, p.policy)
	for _, pr := range problems {
		p.d.AddProblem(0, pr.Severity, pr.Kind, pr.Message)
	}
	switch {
	case found:
		p.d.Meta.ThemeSet = spec
	case deck.IsBuiltinTheme(name) || isDarkName(name):
	default:
		file := ""
		if themefile.FileName(name) {
			file = fmt.Sprintf(" nor a file %s%s beside the deck", name, themefile.Suffix)
		}
		p.d.AddProblem(0, deck.Warning, "theme", fmt.Sprintf(
			"Front matter line %d: theme %q is neither a built-in (%s)%s, so the light theme is used.",
			f.line, name, strings.Join(deck.BuiltinThemes, ", "), file))
	}
}
