package markdown

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzFrontMatter feeds arbitrary YAML between --- lines (and as a Deckset
// header), seeded with the front matter of every golden case. Parse must
// not panic; an error must name the file; a deck must hold together and
// its durations stay within bounds.
func FuzzFrontMatter(f *testing.F) {
	for _, file := range caseFiles(f) {
		in := readCase(f, file).input
		if bytes.HasPrefix(in, []byte("---\n")) {
			if end := bytes.Index(in[4:], []byte("\n---")); end >= 0 {
				f.Add(string(in[4 : 4+end+1]))
			}
		}
	}
	f.Add("duration: 2562047h\nwarn: 1e400\nend: 25:00\n")
	f.Add("title: [a, {b: c}]\nauthor:\n  - name: x\ntheme: {name: dark}\nformat:\n  revealjs:\n    slide-level: 9\n")
	f.Add("a: &a [*a]\n")
	f.Fuzz(func(t *testing.T, yaml string) {
		for _, src := range []string{"---\n" + yaml + "\n---\n\n# One\n\n---\n\n# Two\n", yaml + "\n\n# One\n"} {
			d, err := Parse("fuzz/deck.md", []byte(src))
			if err != nil {
				if !strings.HasPrefix(err.Error(), "fuzz/deck.md: ") {
					t.Fatalf("error does not name the file: %v", err)
				}
				continue
			}
			text, _ := flattenNesting(string(normalize([]byte(src))))
			checkDeck(t, d, text)
		}
	})
}
