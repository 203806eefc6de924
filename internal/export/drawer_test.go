package export

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

// fakeDrawer stands in for render/partpdf, which this package may not
// import: it writes a marker instead of a PDF, gives each slide one page
// (or one per step with Steps) and keeps the jobs it was given.
type fakeDrawer struct{ jobs *[]MarkdownJob }

const fakePDF = "fake slides\n"

func (f fakeDrawer) MarkdownPart(job MarkdownJob) ([]int, error) {
	if f.jobs != nil {
		*f.jobs = append(*f.jobs, job)
	}
	var pages []int
	for k := job.Part.First; k <= job.Part.Last; k++ {
		s := job.Deck.Slides[k-1]
		n := 1
		if job.Steps {
			n = max(s.Steps, 1)
		}
		pages = append(pages, n)
		if job.Drawn != nil {
			if err := job.Drawn(s.Number); err != nil {
				return nil, err
			}
		}
	}
	io.WriteString(job.Slides, fakePDF)
	if job.Handout != nil {
		io.WriteString(job.Handout, "fake handout: "+job.HandoutText.Header+"\n")
	}
	return pages, nil
}

func (fakeDrawer) TitleSlide(out io.Writer, w, h float64, t TitleText) error {
	_, err := io.WriteString(out, "fake title\n")
	return err
}

func (fakeDrawer) Handout(out io.Writer, h HandoutText) ([]Placement, error) {
	_, err := io.WriteString(out, "fake handout: "+h.Header+"\n")
	return nil, err
}

// An export that must draw and has no Drawer says so and writes nothing;
// a PDF deck's pages alone are copied without one (TestExportTalkPDF).
func TestExportWithoutDrawerIsRefused(t *testing.T) {
	for _, tc := range []struct {
		deck string
		opt  Options
	}{
		{"talk.md", Options{}},
		{"talk.pdf", Options{TitleSlides: true}},
		{"talk.pdf", Options{Handout: true}},
	} {
		d := exporttest.Load(t, tc.deck)
		plan, err := Plan(d, PlanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		tc.opt.Dir = filepath.Join(dir, "out")
		_, err = Export(d, plan, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.deck) || !errors.Is(err, errNoDrawer) {
			t.Errorf("%s %+v: error %v, want one naming the deck and the missing Drawer", tc.deck, tc.opt, err)
		}
		assertOnly(t, dir)
	}
}

// Export numbers the pages of a Markdown part from what the Drawer drew:
// the title slide, then each slide's steps, in the notes, the page count
// and the progress; the handout gets the notes as plain text.
func TestMarkdownPartFromDrawerPages(t *testing.T) {
	dir := t.TempDir()
	md := "---\ntitle: Steps\nduration: 4m\n---\n\n# One\n\n- a\n\n<!-- pause -->\n\n- b\n\n<!-- pause -->\n\n- c\n\nNote: first **notes**\n\n---\n\n## Two\n\n---\n\n## Three\n"
	path := filepath.Join(dir, "steps.md")
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := source.Load(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	plan, err := Plan(d, PlanOptions{Split: "1-2,3"})
	if err != nil {
		t.Fatal(err)
	}
	var jobs []MarkdownJob
	var slides []int
	out := filepath.Join(dir, "out")
	res, err := Export(d, plan, Options{Dir: out, Steps: true, TitleSlides: true, Handout: true, Drawer: fakeDrawer{&jobs},
		Progress: func(p Progress) {
			if p.Slide > 0 {
				slides = append(slides, p.Slide)
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(slides, []int{1, 2, 3}) {
		t.Errorf("progress for slides %v, want 1 2 3", slides)
	}
	if len(jobs) != 2 || jobs[0].Title == nil || jobs[0].Title.Of != "Part 1 of 2 · 2m40s" || jobs[0].Title.Deck != "Steps" {
		t.Fatalf("jobs %+v", jobs)
	}
	if items := jobs[0].HandoutText.Items; len(items) != 2 || items[0].Notes != "first notes" || items[1].Title != "Two" {
		t.Errorf("handout items %+v", items)
	}
	p1 := filepath.Join(out, res.Parts[0].Slug)
	if res.Parts[0].Pages != 5 {
		t.Errorf("part 1 has %d pages, want the title slide, three steps and one slide", res.Parts[0].Pages)
	}
	if b, err := os.ReadFile(filepath.Join(p1, SlidesPDF)); err != nil || string(b) != fakePDF {
		t.Errorf("slides.pdf %q (%v), want what the drawer drew", b, err)
	}
	if b, err := os.ReadFile(filepath.Join(p1, HandoutPDF)); err != nil || !strings.HasPrefix(string(b), "fake handout: Steps · ") {
		t.Errorf("handout.pdf %q (%v)", b, err)
	}
	f, err := pdfpc.Read(filepath.Join(p1, SlidesNotes))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Pages) != 5 || f.Pages[1].Note != "first **notes**" || f.Pages[3].Overlay != 2 || f.Pages[4].Idx != 4 {
		t.Errorf("pdfpc pages %+v", f.Pages)
	}
}

// Stopping while the Drawer draws stops the export with nothing written.
func TestStopWhileDrawing(t *testing.T) {
	d := exporttest.Load(t, "talk.md")
	plan, err := Plan(d, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err = ExportContext(ctx, d, plan, Options{Dir: filepath.Join(dir, "out"), Drawer: fakeDrawer{},
		Progress: func(p Progress) {
			if p.Slide == 2 {
				cancel()
			}
		}})
	if !errors.Is(err, errStopped) {
		t.Fatalf("error %v, want stopped", err)
	}
	assertOnly(t, dir)
}

func TestSlideLabels(t *testing.T) {
	got := SlideLabels([]int{1, 3, 0, 2})
	if want := []string{"1", "2", "2", "2", "3", "4", "4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
}
