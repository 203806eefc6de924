package partpdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

func TestExportTalkMarkdown(t *testing.T) {
	before := exporttest.Fingerprint(t, testdata)
	d := exporttest.Load(t, "talk.md")
	plan, err := export.Plan(d, export.PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	res, err := export.Export(d, plan, export.Options{Drawer: Drawer{}, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	exporttest.SameFingerprint(t, before, exporttest.Fingerprint(t, testdata))
	if len(res.Parts) != 3 {
		t.Fatalf("%d parts, want 3", len(res.Parts))
	}
	titles := [][]string{
		{"Talks that fit", "The conference Wi-Fi problem", "What a speaker needs"},
		{"Keeping time", "Running long", "A timer that warns"},
		{"One talk, three talks", "Links that need no network", "Thank you"},
	}
	for i, p := range res.Parts {
		pdir := filepath.Join(dir, p.Slug)
		if n := exporttest.PageCount(t, filepath.Join(pdir, export.SlidesPDF)); n != 3 {
			t.Errorf("part %d: %d pages, want 3", i+1, n)
		}
		txt := exporttest.PDFText(t, filepath.Join(pdir, export.SlidesPDF))
		for _, want := range titles[i] {
			if !strings.Contains(txt, want) {
				t.Errorf("part %d: pdftotext does not find %q:\n%s", i+1, want, txt)
			}
		}
		pd, err := source.Load(filepath.Join(pdir, export.DeckMD), source.Options{})
		if err != nil {
			t.Fatalf("part %d: its deck.md does not load: %v", i+1, err)
		}
		if len(pd.Slides) != 3 {
			t.Errorf("part %d: deck.md has %d slides, want 3", i+1, len(pd.Slides))
		}
		for k, s := range pd.Slides {
			orig := d.Slides[p.First-1+k]
			if s.Title != orig.Title || s.Notes != orig.Notes || s.Body != orig.Body {
				t.Errorf("part %d slide %d differs from the original:\n%+v\n%+v", i+1, k+1, s, orig)
			}
		}
		for _, pr := range pd.Problems {
			if pr.Kind != "remote-image" {
				t.Errorf("part %d: deck.md has a problem: %+v", i+1, pr)
			}
		}
		if pd.Meta.Title != p.Title || pd.Meta.Author != "A. Speaker" || pd.Meta.Duration != p.Budget.Round(time.Second) {
			t.Errorf("part %d: front matter gives %+v, want title %q and duration %s", i+1, pd.Meta, p.Title, p.Budget.Round(time.Second))
		}
		f, err := pdfpc.Read(filepath.Join(pdir, export.SlidesNotes))
		if err != nil {
			t.Fatal(err)
		}
		if f.Duration == 0 || len(f.Pages) != 3 {
			t.Errorf("part %d: pdfpc duration %s, %d pages", i+1, f.Duration, len(f.Pages))
		}
	}
	for _, want := range []string{"01-why-offline/images/venue.png", "03-splitting-talks/images/chart.png"} {
		if _, err := os.Stat(filepath.Join(dir, want)); err != nil {
			t.Errorf("image not copied: %v", err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "02-keeping-time", export.ImagesDir)); !os.IsNotExist(err) {
		t.Error("a part without images got an images folder")
	}
	m := readManifest(t, dir)
	if got := strings.Join(m.Parts[0].Files, ","); got != "01-why-offline/slides.pdf,01-why-offline/slides.pdfpc,01-why-offline/deck.md,01-why-offline/images/venue.png" {
		t.Errorf("files %s", got)
	}
	// A part exported again exports the same way: deck.md is a deck.
	again := exporttest.Load(t, "talk.md")
	if _, err := export.Export(again, plan, export.Options{Drawer: Drawer{}, Dir: dir}); err != nil {
		t.Fatalf("export into a previous export: %v", err)
	}
}

func TestExportMarkdownStepsTitleHandout(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(filepath.Join(src, "pics"), 0o755)
	png, _ := os.ReadFile(filepath.Join(testdata, "images", "chart.png"))
	os.WriteFile(filepath.Join(src, "pics", "chart.png"), png, 0o644)
	os.WriteFile(filepath.Join(src, "pics", "bg.png"), png, 0o644)
	md := "---\ntitle: Steps\nduration: 4m\nmarp: true\n---\n\n# One\n\n- a\n\n<!-- pause -->\n\n- b\n\n<!-- pause -->\n\n- c\n\nNote: first notes\n\n---\n\n## Two\n\n![bg](pics/bg.png)\n\n<img src=\"pics/chart.png\" alt=\"chart\">\n\n---\n\n## Three\n\n![chart](<pics/chart.png>)\n"
	deckPath := filepath.Join(src, "steps.md")
	os.WriteFile(deckPath, []byte(md), 0o644)
	d, err := source.Load(deckPath, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Slides[0].Steps != 3 {
		t.Fatalf("the loader sees %d steps on slide 1, want 3", d.Slides[0].Steps)
	}
	plan, err := export.Plan(d, export.PlanOptions{Split: "1-2,3"})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	res, err := export.Export(d, plan, export.Options{Drawer: Drawer{}, Dir: out, Steps: true, TitleSlides: true, Handout: true})
	if err != nil {
		t.Fatal(err)
	}
	p1 := filepath.Join(out, res.Parts[0].Slug)
	// Title slide, three steps, one slide.
	if n := exporttest.PageCount(t, filepath.Join(p1, export.SlidesPDF)); n != 5 {
		t.Errorf("%d pages, want 5", n)
	}
	if got := exporttest.PageLabels(t, filepath.Join(p1, export.SlidesPDF)); got != "" && got != "0=1 1=2 4=3" {
		t.Errorf("labels %q: the steps of slide 1 must share a label", got)
	}
	txt := exporttest.PDFText(t, filepath.Join(p1, export.SlidesPDF))
	if !strings.Contains(txt, "Part 1 of 2") {
		t.Errorf("no title slide:\n%s", txt)
	}
	pd, err := source.Load(filepath.Join(p1, export.DeckMD), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The title slide, then slides 1 and 2.
	if len(pd.Slides) != 3 || pd.Slides[0].Title != res.Parts[0].Title || pd.Slides[1].Title != "One" || pd.Slides[1].Steps != 3 {
		t.Errorf("deck.md: %d slides, titles %q %q", len(pd.Slides), pd.Slides[0].Title, pd.Slides[1].Title)
	}
	if pd.Meta.Extra["marp"] != true {
		t.Errorf("front matter lost marp: true: %+v", pd.Meta.Extra)
	}
	for _, pr := range pd.Problems {
		t.Errorf("deck.md problem: %+v", pr)
	}
	b, _ := os.ReadFile(filepath.Join(p1, export.DeckMD))
	for _, want := range []string{"](images/bg.png)", `src="images/chart.png"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("deck.md lacks the rewritten link %s:\n%s", want, b)
		}
	}
	b, _ = os.ReadFile(filepath.Join(out, res.Parts[1].Slug, export.DeckMD))
	if !strings.Contains(string(b), "](<images/chart.png>)") {
		t.Errorf("angle-bracket link not rewritten:\n%s", b)
	}
	ho := exporttest.PDFText(t, filepath.Join(p1, export.HandoutPDF))
	if !strings.Contains(ho, "first notes") || !strings.Contains(ho, "(no notes)") {
		t.Errorf("handout:\n%s", ho)
	}
	f, err := pdfpc.Read(filepath.Join(p1, export.SlidesNotes))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Pages) != 5 || f.Pages[1].Note != "first notes" || f.Pages[3].Overlay != 2 {
		t.Errorf("pdfpc pages %+v", f.Pages)
	}
}
