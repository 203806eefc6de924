package markdown

import (
	"fmt"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// assetsRequest reads a front matter `assets:` list (folders the deck wants
// its pictures read from). A deck cannot grant itself access to the user's
// files, so a folder outside the deck's own that the user did not allow with
// --allow-dir is only reported, with the flag that would allow it.
func (p *parser) assetsRequest(fields []field) {
	f := find(fields, "assets")
	if f == nil {
		return
	}
	var dirs []string
	switch f.node.Kind {
	case yaml.ScalarNode:
		dirs = []string{f.node.Value}
	case yaml.SequenceNode:
		for _, n := range f.node.Content {
			if n.Kind == yaml.ScalarNode {
				dirs = append(dirs, n.Value)
			}
		}
	}
	base := filepath.Dir(p.path)
	for _, d := range dirs {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		full := d
		if !filepath.IsAbs(full) {
			full = filepath.Join(base, d)
		}
		if _, err := p.policy.Check(filepath.Join(full, ".")); deckfiles.KindOf(err) != deckfiles.KindOutside {
			continue // inside the deck's folder or allowed: nothing to ask
		}
		p.d.AddProblem(0, deck.Warning, deckfiles.KindOutside, fmt.Sprintf(
			"front matter line %d: the deck asks to read pictures from %s, outside its folder; Lectern reads them only if you allow it: lectern --allow-dir %s %s",
			f.line, d, full, p.path))
	}
}
