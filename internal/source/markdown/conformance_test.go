package markdown

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// conformance is what a dialect's own tool reads from a fixture (marp-core
// for marp/, @slidev/parser for slidev/), written by bench/conformance.sh.
type conformance struct {
	Slides int      `json:"slides"`
	Notes  []string `json:"notes"`
}

// TestConformance reads every fixture under testdata/conformance and
// compares the slide count and each slide's notes with what the dialect's
// own tool read from it.
func TestConformance(t *testing.T) {
	fixtures, err := filepath.Glob("../../../testdata/conformance/*/*.md")
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, md := range fixtures {
		name := filepath.Base(filepath.Dir(md)) + "/" + filepath.Base(md)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(strings.TrimSuffix(md, ".md") + ".json")
			if err != nil {
				t.Fatalf("expected output: %v (run bench/conformance.sh)", err)
			}
			var want conformance
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			d, err := Load(md, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Slides {
				got = append(got, strings.TrimSpace(s.Notes))
			}
			if len(d.Slides) != want.Slides {
				t.Errorf("%d slides, the tool reads %d\nnotes %q\nwant  %q", len(d.Slides), want.Slides, got, want.Notes)
				return
			}
			for i := range got {
				if got[i] != want.Notes[i] {
					t.Errorf("slide %d notes %q, the tool reads %q", i+1, got[i], want.Notes[i])
				}
			}
		})
	}
}
