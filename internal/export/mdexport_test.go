package export

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
)

func TestFrontMatterKeepsOtherKeys(t *testing.T) {
	d := &deck.Deck{Meta: deck.Meta{Title: "T", Author: "A", Warn: 10 * time.Minute, Theme: "dark",
		Extra: map[string]any{"marp": true, "paginate": true, "size": "16:9"}}}
	b, err := frontMatter(d, PartPlan{Title: "Part", Budget: 12*time.Minute + 30*time.Second})
	if err != nil {
		t.Fatal(err)
	}
	want := "title: Part\nauthor: A\nduration: 12m30s\nwarn: 3m\nmarp: true\npaginate: true\nsize: \"16:9\"\ntheme: dark\n"
	if string(b) != want {
		t.Errorf("front matter:\n%s\nwant:\n%s", b, want)
	}
}

// A presenterm deck separates slides with end_slide comments and may use
// "---" as a rule inside a slide: its parts must keep both.
func TestExportPresentermDeck(t *testing.T) {
	dir := t.TempDir()
	md := "---\ntitle: Rules\n---\n\n# One\n\nabove\n\n---\n\nbelow\n\n<!-- end_slide -->\n\n# Two\n\n<!-- end_slide -->\n\n# Three\n"
	path := filepath.Join(dir, "p.md")
	os.WriteFile(path, []byte(md), 0o644)
	d, err := source.Load(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Slides) != 3 {
		t.Fatalf("the loader reads %d slides, want 3", len(d.Slides))
	}
	plan, _ := Plan(d, PlanOptions{Split: "1-2,3"})
	out := filepath.Join(dir, "out")
	res, err := Export(d, plan, Options{Dir: out, Drawer: fakeDrawer{}})
	if err != nil {
		t.Fatal(err)
	}
	pd, err := source.Load(filepath.Join(out, res.Parts[0].Slug, DeckMD), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pd.Slides) != 2 || pd.Slides[0].Body != d.Slides[0].Body {
		t.Errorf("part 1 has %d slides; first body %q, want %q", len(pd.Slides), pd.Slides[0].Body, d.Slides[0].Body)
	}
}
