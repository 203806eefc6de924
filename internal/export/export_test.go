package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"

	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

func readManifest(t *testing.T, dir string) *Manifest {
	t.Helper()
	m, err := ReadManifest(filepath.Join(dir, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestExportTalkPDF(t *testing.T) {
	before := exporttest.Fingerprint(t, testdata)
	d := exporttest.Load(t, "talk.pdf")
	plan, err := Plan(d, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	var progress []Progress
	res, err := Export(d, plan, Options{Dir: dir, Progress: func(p Progress) { progress = append(progress, p) }})
	if err != nil {
		t.Fatal(err)
	}
	exporttest.SameFingerprint(t, before, exporttest.Fingerprint(t, testdata))
	if len(res.Parts) != 3 {
		t.Fatalf("%d parts, want 3", len(res.Parts))
	}
	wantSlugs := []string{"01-why-offline", "02-keeping-time", "03-splitting-talks"}
	wantPages := []int{5, 4, 3}
	total := 0
	for i, p := range res.Parts {
		if p.Slug != wantSlugs[i] {
			t.Errorf("part %d folder %q, want %q", i+1, p.Slug, wantSlugs[i])
		}
		n := exporttest.PageCount(t, filepath.Join(dir, p.Slug, SlidesPDF))
		if n != wantPages[i] || p.Pages != n {
			t.Errorf("part %d has %d pages (reported %d), want %d", i+1, n, p.Pages, wantPages[i])
		}
		total += n
	}
	if total != 12 {
		t.Errorf("parts hold %d pages, want all 12", total)
	}
	keeping := filepath.Join(dir, "02-keeping-time")
	txt := exporttest.PDFText(t, filepath.Join(keeping, SlidesPDF))
	for _, want := range []string{"A timer that warns", "Running long"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the Keeping time PDF lost its text %q:\n%s", want, txt)
		}
	}
	if strings.Contains(txt, "Thank you") {
		t.Error("the Keeping time PDF holds a page of another part")
	}
	// Steps of one slide share a label; slides are numbered from 1.
	if got := exporttest.PageLabels(t, filepath.Join(keeping, SlidesPDF)); got != "" && got != "0=1 1=2 3=3" {
		t.Errorf("page labels %q, want 0=1 1=2 3=3", got)
	}
	f, err := pdfpc.Read(filepath.Join(keeping, SlidesNotes))
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != 2 || f.Duration != 7*time.Minute {
		t.Errorf("pdfpc format %d duration %s, want format 2 and the part's 7 minutes (3 of 9 slides of 20m, rounded)", f.Format, f.Duration)
	}
	notes := map[int]string{}
	for _, pg := range f.Pages {
		if pg.Note != "" && pg.Overlay == 0 {
			notes[pg.Idx] = pg.Note
		}
	}
	if notes[0] != "The talk that ran **ten minutes** over." || notes[1] != "Amber at three minutes left in this deck." || len(notes) != 2 {
		t.Errorf("notes by page %v", notes)
	}
	// The outline keeps the part's section, pointing at its first page.
	ctx, err := api.ReadContextFile(filepath.Join(keeping, SlidesPDF))
	if err != nil {
		t.Fatal(err)
	}
	bms, err := pdfcpu.Bookmarks(ctx)
	if err != nil || len(bms) != 1 || bms[0].Title != "Keeping time" || bms[0].PageFrom != 1 {
		t.Errorf("outline %+v (%v), want Keeping time on page 1", bms, err)
	}
	m := readManifest(t, dir)
	if len(m.Parts) != 3 || m.Parts[1].Title != "Keeping time" || m.Parts[1].First != 4 || m.Parts[1].Last != 6 || m.Parts[1].BudgetS != 400 {
		t.Errorf("manifest %+v", m.Parts)
	}
	if got := strings.Join(m.Parts[0].Files, ","); got != "01-why-offline/slides.pdf,01-why-offline/slides.pdfpc" {
		t.Errorf("files %s", got)
	}
	if last := progress[len(progress)-1]; last.Stage != "done" || last.Done != 9 || last.Total != 9 {
		t.Errorf("last progress %+v", last)
	}
	slides := 0
	for _, p := range progress {
		if p.Slide > 0 {
			slides++
		}
	}
	if slides != 9 {
		t.Errorf("%d per-slide progress reports, want 9", slides)
	}
	assertOnly(t, dir, "01-why-offline", "02-keeping-time", "03-splitting-talks", ManifestName)
}

// assertOnly fails unless dir holds exactly these names.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}

func TestExportBeamerAuto(t *testing.T) {
	d := exporttest.Load(t, "beamer.pdf")
	plan, err := Plan(d, PlanOptions{Split: "auto", Max: 3 * time.Minute, Duration: 9 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	res, err := Export(d, plan, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	next, pages := 1, 0
	for _, p := range res.Parts {
		if p.First != next {
			t.Errorf("part %d starts at slide %d, want %d", p.Number, p.First, next)
		}
		next = p.Last + 1
		if p.Budget > 3*time.Minute {
			t.Errorf("part %d takes %s, over 3m", p.Number, p.Budget)
		}
		pages += exporttest.PageCount(t, filepath.Join(dir, p.Slug, SlidesPDF))
	}
	if next != 8 || pages != 10 {
		t.Errorf("parts end at slide %d with %d pages, want slides 1-7 and all 10 pages", next-1, pages)
	}
}
