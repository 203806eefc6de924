package markdown

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

var update = flag.Bool("update", false, "rewrite the expected output of the golden cases")

// A case file holds a description line, optional "options:" line (crlf,
// bom, no-final-newline, qmd: the deck is named .qmd), the deck, then the expected model as indented JSON:
//
//	Marp deck with a background image
//	options: crlf
//	//- - - - - - - - - - deck - - - - - - - - - -//
//	…markdown…
//	//- - - - - - - - - - model - - - - - - - - - -//
//	…json…
const (
	deckMarker  = "//- - - - - - - - - - deck - - - - - - - - - -//\n"
	modelMarker = "//- - - - - - - - - - model - - - - - - - - - -//\n"
)

type goldenCase struct {
	file    string
	head    string // description and options lines
	deck    string // as written in the case file
	input   []byte // what Parse gets
	model   string
	options map[string]bool
}

func readCase(t testing.TB, file string) goldenCase {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, deckMarker)
	j := strings.Index(s, modelMarker)
	if i < 0 || j < i {
		t.Fatalf("%s: want a deck marker then a model marker", file)
	}
	c := goldenCase{file: file, head: s[:i], deck: s[i+len(deckMarker) : j], model: s[j+len(modelMarker):], options: map[string]bool{}}
	for _, l := range strings.Split(c.head, "\n") {
		if o, ok := strings.CutPrefix(l, "options:"); ok {
			for _, w := range strings.FieldsFunc(o, func(r rune) bool { return r == ',' || r == ' ' }) {
				c.options[w] = true
			}
		}
	}
	in := c.deck
	if c.options["crlf"] {
		in = strings.ReplaceAll(in, "\n", "\r\n")
	}
	if c.options["bom"] {
		in = "\ufeff" + in
	}
	if c.options["no-final-newline"] {
		in = strings.TrimSuffix(in, "\n")
	}
	c.input = []byte(in)
	return c
}

// The golden view of a deck: the model with durations written as text so
// the expectations can be checked by eye.
type goldenDeck struct {
	Path     string
	Format   deck.Format
	Meta     goldenMeta
	Slides   []goldenSlide
	Parts    []goldenPart
	Problems []deck.Problem `json:",omitempty"`
}

type goldenMeta struct {
	Title    string `json:",omitempty"`
	Author   string `json:",omitempty"`
	Duration string
	Warn     string
	End      string `json:",omitempty"`
	Theme    string
	Aspect   float64
	Extra    map[string]any `json:",omitempty"`
}

type goldenSlide struct {
	Number       int
	Title        string
	Label        string
	Steps        int
	Line         int
	Part         int
	Budget       string
	BudgetSource deck.BudgetSource
	TimeSet      bool              `json:",omitempty"`
	Images       []deck.Image      `json:",omitempty"`
	Hints        map[string]string `json:",omitempty"`
	Notes        string
	Body         string
	Source       string
}

type goldenPart struct {
	Number      int
	Title       string
	First, Last int
	Budget      string
}

func golden(d *deck.Deck) goldenDeck {
	g := goldenDeck{Path: d.Path, Format: d.Format, Problems: d.Problems, Slides: []goldenSlide{}, Parts: []goldenPart{}}
	m := d.Meta
	g.Meta = goldenMeta{Title: m.Title, Author: m.Author, Duration: m.Duration.String(), Warn: m.Warn.String(), End: m.End, Theme: m.Theme, Aspect: m.Aspect, Extra: m.Extra}
	for _, s := range d.Slides {
		g.Slides = append(g.Slides, goldenSlide{
			Number: s.Number, Title: s.Title, Label: s.Label, Steps: s.Steps, Line: s.Line, Part: s.Part,
			Budget: s.Budget.String(), BudgetSource: s.BudgetSource, TimeSet: s.TimeSet,
			Images: s.Images, Hints: s.Hints, Notes: s.Notes, Body: s.Body, Source: s.Source,
		})
	}
	for _, p := range d.Parts {
		g.Parts = append(g.Parts, goldenPart{Number: p.Number, Title: p.Title, First: p.First, Last: p.Last, Budget: p.Budget.String()})
	}
	return g
}

func modelJSON(d *deck.Deck, err error) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err != nil {
		_ = enc.Encode(map[string]string{"Error": err.Error()})
	} else {
		_ = enc.Encode(golden(d))
	}
	return buf.String()
}

func caseFiles(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "markdown", "cases", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases found: %v", err)
	}
	return files
}

// TestGolden parses every case deck (as <name>.md in the cases folder, so
// images resolve against cases/img) and compares the model with the
// expectation. -update rewrites the expectations: review the diff by hand.
func TestGolden(t *testing.T) {
	files := caseFiles(t)
	dir, _ := filepath.Abs(filepath.Dir(files[0]))
	for _, f := range files {
		c := readCase(t, f)
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			t.Chdir(dir)
			ext := ".md"
			if c.options["qmd"] {
				ext = ".qmd" // Quarto's extension makes a Quarto deck
			}
			got := modelJSON(Parse(name+ext, c.input))
			if *update {
				out := c.head + deckMarker + c.deck + modelMarker + got
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != c.model {
				t.Errorf("model differs from %s (run with -update and review the diff)\n--- got\n%s", f, got)
			}
		})
	}
}
