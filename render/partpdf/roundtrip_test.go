package partpdf

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source"
)

// An exported part's slides.pdf, read back by Lectern's own loader with its
// slides.pdfpc beside it, is the part: same slides, steps and notes, and the
// part's duration.
func TestPartsReadBack(t *testing.T) {
	for _, tc := range []struct {
		deck  string
		opt   export.Options
		title int // slides added before the part's own
	}{
		{"talk.pdf", export.Options{}, 0},
		{"talk.pdf", export.Options{TitleSlides: true}, 1},
		{"beamer.pdf", export.Options{}, 0},
		{"talk.md", export.Options{}, 0},
		{"talk.md", export.Options{Steps: true, TitleSlides: true}, 1},
	} {
		d := exporttest.Load(t, tc.deck)
		plan, err := export.Plan(d, export.PlanOptions{Duration: 9 * time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		tc.opt.Dir, tc.opt.Drawer = dir, Drawer{}
		res, err := export.Export(d, plan, tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Parts {
			back, err := source.Load(filepath.Join(dir, p.Slug, export.SlidesPDF), source.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if back.Sidecar == "" {
				t.Errorf("%s part %d: the loader did not find slides.pdfpc", tc.deck, p.Number)
			}
			if len(back.Slides) != p.Slides()+tc.title {
				t.Errorf("%s part %d: read back %d slides, want %d", tc.deck, p.Number, len(back.Slides), p.Slides()+tc.title)
				continue
			}
			for i, s := range back.Slides[tc.title:] {
				orig := d.Slides[p.First-1+i]
				steps := orig.Steps
				if d.Format == "markdown" && !tc.opt.Steps {
					steps = 1
				}
				if s.Notes != orig.Notes || s.Steps != steps {
					t.Errorf("%s part %d slide %d: notes %q steps %d, want %q and %d", tc.deck, p.Number, i+1, s.Notes, s.Steps, orig.Notes, steps)
				}
			}
			want := p.Budget.Round(time.Minute)
			if want == 0 && p.Budget > 0 {
				want = time.Minute
			}
			if back.Meta.Duration != want {
				t.Errorf("%s part %d: duration %s, want %s", tc.deck, p.Number, back.Meta.Duration, want)
			}
		}
	}
}
