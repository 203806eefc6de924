package markdown

import (
	"regexp"

	gmparser "github.com/yuin/goldmark/parser"
)

// refDefRE finds link reference definitions: `[label]: destination "title"`.
var refDefRE = regexp.MustCompile(`(?m)^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^)\n]*)\)))?[ \t]*$`)

// chunkContext gives every chunk of a deck parsed in pieces the reference
// definitions of the whole deck, so `![logo][l]` finds a `[l]: logo.png`
// that lies in a later piece, as a whole-file parse would.
func (p *parser) chunkContext() gmparser.Context {
	if p.refs == nil {
		p.refs = []gmparser.Reference{}
		for _, m := range refDefRE.FindAllSubmatchIndex(p.src, -1) {
			label := p.src[m[2]:m[3]]
			dest := p.src[m[4]:m[5]]
			var title []byte
			for g := 6; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					title = p.src[m[g]:m[g+1]]
				}
			}
			p.refs = append(p.refs, gmparser.NewReference(label, dest, title))
		}
	}
	ctx := gmparser.NewContext()
	for i := len(p.refs) - 1; i >= 0; i-- { // the first definition of a label wins
		ctx.AddReference(p.refs[i])
	}
	return ctx
}
