package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/pdfdoc/pdftest"
)

func load(t *testing.T, path string, opts Options) *deck.Deck {
	t.Helper()
	d, err := Load(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func pages(d *deck.Deck) [][]int {
	var out [][]int
	for _, s := range d.Slides {
		out = append(out, s.Pages)
	}
	return out
}

func titles(d *deck.Deck) []string {
	var out []string
	for _, s := range d.Slides {
		out = append(out, s.Title)
	}
	return out
}

type partWant struct {
	title       string
	first, last int
}

func checkParts(t *testing.T, d *deck.Deck, want []partWant) {
	t.Helper()
	if len(d.Parts) != len(want) {
		t.Fatalf("parts = %+v, want %v", d.Parts, want)
	}
	for i, w := range want {
		p := d.Parts[i]
		if p.Number != i+1 || p.Title != w.title || p.First != w.first || p.Last != w.last {
			t.Errorf("part %d = %+v, want %+v", i+1, p, w)
		}
	}
	for _, s := range d.Slides {
		if p := d.PartOf(s.Number); p == nil || s.Part != p.Number {
			t.Errorf("slide %d has part %d", s.Number, s.Part)
		}
	}
}

func TestLoadTalk(t *testing.T) {
	d := load(t, testdata+"talk.pdf", Options{})
	if d.Format != deck.PDF || d.PageCount != 12 || len(d.Slides) != 9 || d.TotalSteps() != 12 {
		t.Fatalf("format %s, %d pages, %d slides, %d steps", d.Format, d.PageCount, len(d.Slides), d.TotalSteps())
	}
	wantPages := [][]int{{1}, {2}, {3, 4, 5}, {6}, {7, 8}, {9}, {10}, {11}, {12}}
	if !reflect.DeepEqual(pages(d), wantPages) {
		t.Errorf("pages = %v", pages(d))
	}
	for i, s := range d.Slides {
		if s.Number != i+1 || s.Steps != len(s.Pages) || s.Label != wantLabel(i) {
			t.Errorf("slide %d = number %d, steps %d, label %q", i+1, s.Number, s.Steps, s.Label)
		}
	}
	// Slide titles are the pages' own titles, not the running section header.
	wantTitles := []string{"Talks that fit", "The conference Wi-Fi problem", "What a speaker needs",
		"Running long", "A timer that warns", "Rehearsal", "One talk, three talks", "Export", "Thank you"}
	if !reflect.DeepEqual(titles(d), wantTitles) {
		t.Errorf("titles = %q", titles(d))
	}
	checkParts(t, d, []partWant{{"Why offline", 1, 3}, {"Keeping time", 4, 6}, {"Splitting talks", 7, 9}})
	if d.NotesCount() != 7 || d.Slides[3].Notes != "The talk that ran **ten minutes** over." || d.Slides[5].Notes != "" {
		t.Errorf("notes: %d slides, slide 4 %q", d.NotesCount(), d.Slides[3].Notes)
	}
	if d.Meta.Duration != 1200*time.Second || d.Meta.Warn != 3*time.Minute || d.Meta.End != "" {
		t.Errorf("timing = %v, warn %v, end %q", d.Meta.Duration, d.Meta.Warn, d.Meta.End)
	}
	if d.Sidecar != testdata+"talk.pdfpc" || d.NotesSide != deck.NotesNone {
		t.Errorf("sidecar %q, notes side %q", d.Sidecar, d.NotesSide)
	}
	if d.Meta.Title != "Talks that fit" || d.Meta.Author != "Lectern sample" || d.Meta.Aspect != 16.0/9 {
		t.Errorf("meta = %+v", d.Meta)
	}
	var sum time.Duration
	for _, s := range d.Slides {
		if s.BudgetSource != deck.BudgetEven {
			t.Errorf("slide %d budget source %s", s.Number, s.BudgetSource)
		}
		sum += s.Budget
	}
	if sum < 1200*time.Second-time.Second || d.Parts[0].Budget == 0 {
		t.Errorf("budgets sum to %v, part 1 %v", sum, d.Parts[0].Budget)
	}
	if len(d.Problems) != 0 {
		t.Errorf("problems: %+v", d.Problems)
	}
}

func wantLabel(i int) string { return string(rune('1' + i)) }

func TestLoadBeamer(t *testing.T) {
	d := load(t, testdata+"beamer.pdf", Options{})
	if d.PageCount != 10 || len(d.Slides) != 7 {
		t.Fatalf("%d pages, %d slides", d.PageCount, len(d.Slides))
	}
	if want := [][]int{{1}, {2, 3, 4}, {5}, {6, 7}, {8}, {9}, {10}}; !reflect.DeepEqual(pages(d), want) {
		t.Errorf("pages = %v", pages(d))
	}
	checkParts(t, d, []partWant{{"Stack", 1, 3}, {"Scaling", 4, 5}, {"Lessons", 6, 7}})
	wantTitles := []string{"Caching at Scale", "The stack", "Serving", "Hot keys", "A counter", "What we would do again", "Thanks"}
	if !reflect.DeepEqual(titles(d), wantTitles) {
		t.Errorf("titles = %q", titles(d))
	}
	if d.NotesSide != deck.NotesNone || d.NotesCount() != 0 || d.Sidecar != "" {
		t.Errorf("notes side %q, %d notes, sidecar %q", d.NotesSide, d.NotesCount(), d.Sidecar)
	}
	if d.Meta.Title != "Caching at Scale - Redis, CouchDB and a queue" || d.Meta.Author != "A. Speaker" ||
		d.Meta.Aspect != 16.0/9 || d.Meta.Warn != 0 || d.Meta.Duration != 0 {
		t.Errorf("meta = %+v", d.Meta)
	}
	for _, s := range d.Slides {
		if s.Budget != 0 || s.BudgetSource != deck.BudgetNone {
			t.Errorf("slide %d budget %v (%s) without a duration", s.Number, s.Budget, s.BudgetSource)
		}
	}
}

func TestLoadBeamerNotes(t *testing.T) {
	d := load(t, testdata+"beamer-notes.pdf", Options{})
	if len(d.Slides) != 7 || d.NotesSide != deck.NotesRight {
		t.Fatalf("%d slides, notes side %q", len(d.Slides), d.NotesSide)
	}
	// The labels of this file go back and forth (1 1 2 2 2 3 2 4 3 5), so
	// the slides come from the notes pages.
	if want := [][]int{{1}, {2, 3, 4}, {5}, {6, 7}, {8}, {9}, {10}}; !reflect.DeepEqual(pages(d), want) {
		t.Errorf("pages = %v", pages(d))
	}
	if !strings.HasPrefix(d.Slides[1].Notes, "Reveal one item at a time") {
		t.Errorf("slide 2 notes = %q", d.Slides[1].Notes)
	}
	wantNotes := []string{"Welcome everyone. Introduce the team.", "Reveal one item at a time. Do not read the slide.",
		"Mention the worker count we settled on.", "Story: the leaderboard key.", "",
		"Leave two minutes for questions.", ""}
	for i, s := range d.Slides {
		if s.Notes != wantNotes[i] {
			t.Errorf("slide %d notes = %q, want %q", i+1, s.Notes, wantNotes[i])
		}
		if s.Label != wantLabel(i) {
			t.Errorf("slide %d label %q", i+1, s.Label)
		}
	}
	if d.Slides[1].Title != "The stack" || d.Meta.Aspect != 16.0/9 {
		t.Errorf("title %q, aspect %v", d.Slides[1].Title, d.Meta.Aspect)
	}
	checkParts(t, d, []partWant{{"Stack", 1, 3}, {"Scaling", 4, 5}, {"Lessons", 6, 7}})
	if r := SlideRegion(d.NotesSide); r != (pdfdoc.Region{X1: 0.5, Y1: 1}) {
		t.Errorf("slide region = %+v", r)
	}
	if r := NotesRegion(d.NotesSide); r != (pdfdoc.Region{X0: 0.5, X1: 1, Y1: 1}) {
		t.Errorf("notes region = %+v", r)
	}
}

func TestLoadBeamerNotesForcedSide(t *testing.T) {
	d := load(t, testdata+"beamer-notes.pdf", Options{Notes: deck.NotesLeft})
	if d.NotesSide != deck.NotesLeft || !strings.Contains(d.Slides[1].Notes, "Flask for the API") {
		t.Errorf("forced left: side %q, slide 2 notes %q", d.NotesSide, d.Slides[1].Notes)
	}
	d = load(t, testdata+"beamer-notes.pdf", Options{Notes: NotesOff})
	if d.NotesSide != deck.NotesNone || d.NotesCount() != 0 || d.Meta.Aspect < 3.5 {
		t.Errorf("notes off: side %q, %d notes, aspect %v", d.NotesSide, d.NotesCount(), d.Meta.Aspect)
	}
	if _, err := Load(testdata+"beamer-notes.pdf", Options{Notes: "top"}); err == nil || !strings.Contains(err.Error(), `"top"`) {
		t.Errorf("unknown side error = %v", err)
	}
}

// copyDeck copies a test PDF into a temporary folder, with a sidecar.
func copyDeck(t *testing.T, name, sidecar string) string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile(testdata + name)
	if err != nil {
		t.Fatal(err)
	}
	p := pdftest.Write(t, dir, name, b)
	if sidecar != "" {
		pdftest.Write(t, dir, strings.TrimSuffix(name, ".pdf")+".pdfpc", []byte(sidecar))
	}
	return p
}

func TestLoadLegacySidecar(t *testing.T) {
	p := copyDeck(t, "talk.pdf", "[file]\ntalk.pdf\n[duration]\n25\n[last_minutes]\n2\n[end_time]\n15:30\n"+
		"[end_user_slide]\n9\n[notes]\n### 3\nThree needs.\n### 9\nQuestions.\n")
	d := load(t, p, Options{})
	if d.Sidecar != SidecarPath(p) || d.Meta.Duration != 25*time.Minute || d.Meta.Warn != 2*time.Minute || d.Meta.End != "15:30" {
		t.Errorf("meta = %+v, sidecar %q", d.Meta, d.Sidecar)
	}
	if d.NotesCount() != 2 || d.Slides[2].Notes != "Three needs." || d.Slides[8].Notes != "Questions." {
		t.Errorf("notes = %q", notesOf(d))
	}
	if len(d.Slides) != 9 || len(d.Problems) != 0 {
		t.Errorf("%d slides, problems %+v", len(d.Slides), d.Problems)
	}
}

func TestLoadLegacySkipGroupsPages(t *testing.T) {
	// Old pdfpc files list the overlay pages in [skip]; they replace the labels.
	p := copyDeck(t, "talk.pdf", "[skip]\n2,3,\n[notes]\n### 2\nSecond user slide.\n")
	d := load(t, p, Options{})
	if len(d.Slides) != 10 || !reflect.DeepEqual(d.Slides[0].Pages, []int{1, 2, 3}) || d.Slides[1].Notes != "Second user slide." {
		t.Errorf("slides %v, notes %q", pages(d), notesOf(d))
	}
}

func TestLoadJSONSidecarOptions(t *testing.T) {
	// forcedOverlay merges page 7 into slide 4; notesPosition none keeps
	// the Beamer halves out of it; a bad end time and a note for a page
	// that does not exist are warnings.
	p := copyDeck(t, "talk.pdf", `{"pdfpcFormat":2,"endTime":"25:99","pages":[
		{"idx":6,"label":"5","overlay":0,"forcedOverlay":true},
		{"idx":99,"label":"x","note":"orphan"}]}`)
	d := load(t, p, Options{})
	if len(d.Slides) != 8 || !reflect.DeepEqual(d.Slides[3].Pages, []int{6, 7, 8}) {
		t.Errorf("slides = %v", pages(d))
	}
	if d.Meta.End != "" || len(d.Problems) != 2 {
		t.Fatalf("end %q, problems %+v", d.Meta.End, d.Problems)
	}
	for _, pr := range d.Problems {
		if pr.Kind != "sidecar" || pr.Severity != deck.Warning || !strings.Contains(pr.Message, "talk.pdfpc") {
			t.Errorf("problem = %+v", pr)
		}
	}
	p = copyDeck(t, "beamer-notes.pdf", `{"pdfpcFormat":2,"notesPosition":"none","pages":[]}`)
	if d := load(t, p, Options{}); d.NotesSide != deck.NotesNone || d.NotesCount() != 0 {
		t.Errorf("notesPosition none: side %q, %d notes", d.NotesSide, d.NotesCount())
	}
	// Sidecar notes win over the Beamer notes of the same slide. pdfpc
	// writes the PDF's own labels: page 5 (idx 4) is labelled "2" there.
	p = copyDeck(t, "beamer-notes.pdf", `{"pdfpcFormat":2,"pages":[{"idx":4,"label":"2","note":"From the sidecar."}]}`)
	d = load(t, p, Options{})
	if d.Slides[2].Notes != "From the sidecar." || d.Slides[0].Notes != "Welcome everyone. Introduce the team." {
		t.Errorf("notes = %q", notesOf(d))
	}
}

func TestLoadBrokenSidecar(t *testing.T) {
	p := copyDeck(t, "talk.pdf", "{\"pdfpcFormat\":2,\n\"pages\":[{\"idx\":0,\"note\":\"x\"}\n")
	d := load(t, p, Options{})
	if len(d.Slides) != 9 || d.NotesCount() != 0 || d.Sidecar != "" || d.Meta.Duration != 0 {
		t.Errorf("%d slides, %d notes, sidecar %q, duration %v", len(d.Slides), d.NotesCount(), d.Sidecar, d.Meta.Duration)
	}
	if len(d.Problems) != 1 {
		t.Fatalf("problems = %+v", d.Problems)
	}
	pr := d.Problems[0]
	if pr.Kind != "sidecar" || pr.Severity != deck.Warning || pr.Slide != 0 ||
		!strings.Contains(pr.Message, "talk.pdfpc") || !strings.Contains(pr.Message, "not valid JSON") {
		t.Errorf("problem = %+v", pr)
	}
	// Not JSON and not INI either.
	p = copyDeck(t, "talk.pdf", "notes: hello\n")
	d = load(t, p, Options{})
	if len(d.Problems) != 1 || d.Problems[0].Kind != "sidecar" {
		t.Errorf("problems = %+v", d.Problems)
	}
}

func TestLoadBadPDFs(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, path string
		want       error
		text       string
	}{
		{"truncated", pdftest.Truncated(t, testdata+"talk.pdf", dir, 0.4), pdfdoc.ErrTruncated, "truncated"},
		{"empty", pdftest.Write(t, dir, "empty.pdf", nil), pdfdoc.ErrEmpty, "empty"},
		{"encrypted", pdftest.Encrypt(t, testdata+"talk.pdf", dir, "secret"), pdfdoc.ErrEncrypted,
			"is encrypted; Lectern cannot open password-protected PDFs"},
		{"missing", filepath.Join(dir, "none.pdf"), os.ErrNotExist, "no such file"},
	}
	for _, c := range cases {
		d, err := Load(c.path, Options{})
		if err == nil {
			t.Errorf("%s: loaded %d slides", c.name, len(d.Slides))
			continue
		}
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.text) {
			t.Errorf("%s: error = %v", c.name, err)
		}
	}
}

func TestLoadRepairedPDF(t *testing.T) {
	// A file missing only its last bytes (xref and trailer) is repaired by
	// MuPDF: it loads, with a warning.
	b, err := os.ReadFile(testdata + "talk.pdf")
	if err != nil {
		t.Fatal(err)
	}
	p := pdftest.Write(t, t.TempDir(), "cut.pdf", b[:len(b)-40])
	d := load(t, p, Options{})
	if d.PageCount != 12 {
		t.Fatalf("pages = %d", d.PageCount)
	}
	kinds := map[string]bool{}
	for _, pr := range d.Problems {
		kinds[pr.Kind] = true
	}
	if !kinds["pdf-damaged"] {
		t.Errorf("problems = %+v", d.Problems)
	}
}

func TestLoadMinimalWithLabels(t *testing.T) {
	p := pdftest.Write(t, t.TempDir(), "labels.pdf", pdftest.Minimal(pdftest.Spec{
		Texts:   []string{"Front", "Contents", "Intro", "Intro", "Method"},
		Catalog: "/PageLabels << /Nums [0 << /S /r >> 2 << /P (Ch-) >> 4 << /S /D /St 4 >>] >>",
	}))
	d := load(t, p, Options{})
	var labels []string
	for _, s := range d.Slides {
		labels = append(labels, s.Label)
	}
	// "Ch-" without a style labels pages 3 and 4 alike: one slide.
	if !reflect.DeepEqual(labels, []string{"i", "ii", "Ch-", "4"}) || !reflect.DeepEqual(d.Slides[2].Pages, []int{3, 4}) {
		t.Errorf("labels %q, pages %v", labels, pages(d))
	}
	// No title in the metadata: the first page's first line.
	if d.Meta.Title != "Front" || len(d.Parts) != 1 || d.Parts[0].Title != "Front" {
		t.Errorf("title %q, parts %+v", d.Meta.Title, d.Parts)
	}
}

func notesOf(d *deck.Deck) []string {
	var out []string
	for _, s := range d.Slides {
		out = append(out, s.Notes)
	}
	return out
}
