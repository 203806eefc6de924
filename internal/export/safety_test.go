package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/export/exporttest"
)

// listing names every file and folder under dir with its size, to prove a
// refused or failed export changed nothing.
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b.WriteString(rel)
		if !info.IsDir() {
			b.WriteString(" " + itoa(int(info.Size())))
		}
		b.WriteString("\n")
		return nil
	})
	return b.String()
}

func TestExportRefusesForeignFolder(t *testing.T) {
	d := exporttest.Load(t, "talk.pdf")
	plan, _ := Plan(d, PlanOptions{})
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	os.Mkdir(filepath.Join(dir, "01-why-offline"), 0o755) // a folder of the user's with a part's name
	os.WriteFile(filepath.Join(dir, "01-why-offline", "keep.txt"), []byte("mine too"), 0o644)
	before := listing(t, dir)
	_, err := Export(d, plan, Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "not a Lectern export") || !strings.Contains(err.Error(), "--force") || !strings.Contains(err.Error(), "notes.txt") {
		t.Fatalf("error %v, want a refusal naming the files and --force", err)
	}
	if after := listing(t, dir); after != before {
		t.Errorf("a refused export changed the folder:\n%s\nwas:\n%s", after, before)
	}
	// Even --force never replaces a folder Lectern did not make.
	if _, err := Export(d, plan, Options{Dir: dir, Force: true}); err == nil || !strings.Contains(err.Error(), "01-why-offline is not from an earlier Lectern export") {
		t.Fatalf("--force over the user's folder: %v", err)
	}
	if after := listing(t, dir); after != before {
		t.Errorf("--force changed the user's folder:\n%s\nwas:\n%s", after, before)
	}
	// With --force and no clash, the user's other files stay beside the parts.
	os.RemoveAll(filepath.Join(dir, "01-why-offline"))
	if _, err := Export(d, plan, Options{Dir: dir, Force: true}); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "notes.txt")); err != nil || string(b) != "mine" {
		t.Error("--force touched a file it does not write")
	}
	if _, err := os.Stat(filepath.Join(dir, "01-why-offline", SlidesPDF)); err != nil {
		t.Error("--force did not write the part")
	}
	// A parts.json of another tool is foreign too.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, ManifestName), []byte(`{"parts": []}`), 0o644)
	if _, err := Export(d, plan, Options{Dir: other}); err == nil || !strings.Contains(err.Error(), "parts.json") {
		t.Errorf("another tool's parts.json: %v", err)
	}
	// A file is not a folder.
	file := filepath.Join(other, "plain")
	os.WriteFile(file, nil, 0o644)
	if _, err := Export(d, plan, Options{Dir: file, Force: true}); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("file as output: %v", err)
	}
	if _, err := Export(d, plan, Options{}); err == nil || !strings.Contains(err.Error(), "-o DIR") {
		t.Errorf("no output folder: %v", err)
	}
}

func TestExportReplacesOnlyItsOwnFolders(t *testing.T) {
	d := exporttest.Load(t, "talk.pdf")
	dir := t.TempDir()
	two, _ := Plan(d, PlanOptions{Split: "1-4,5-9"})
	if _, err := Export(d, two, Options{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	// A stale temporary folder from a killed export is Lectern's too.
	os.Mkdir(filepath.Join(dir, tmpPrefix+"0badc0ffee"), 0o755)
	three, _ := Plan(d, PlanOptions{})
	if _, err := Export(d, three, Options{Dir: dir}); err != nil {
		t.Fatalf("a previous export must be replaced without --force: %v", err)
	}
	assertOnly(t, dir, "01-why-offline", "02-keeping-time", "03-splitting-talks", ManifestName)
	if m := readManifest(t, dir); len(m.Parts) != 3 {
		t.Errorf("manifest has %d parts", len(m.Parts))
	}
}

// brokenPDF is talk.pdf with a slide in part 2 pointing at a page the file
// does not have, so the export fails half-way.
func brokenPDF(t *testing.T) *deck.Deck {
	d := exporttest.Load(t, "talk.pdf")
	d.Slides[4].Pages = []int{7, 99}
	return d
}

func TestFailedExportLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	d := brokenPDF(t)
	plan, _ := Plan(d, PlanOptions{})
	_, err := Export(d, plan, Options{Dir: out})
	if err == nil || !strings.Contains(err.Error(), "part 2") || !strings.Contains(err.Error(), "page 99") {
		t.Fatalf("error %v, want one naming part 2 and page 99", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a failed export left its folder: %v", err)
	}
	assertOnly(t, dir) // nor anything beside it
	// Over a previous export, a failure keeps the previous export whole.
	good := exporttest.Load(t, "talk.pdf")
	if _, err := Export(good, plan, Options{Dir: out}); err != nil {
		t.Fatal(err)
	}
	before := listing(t, out)
	if _, err := Export(d, plan, Options{Dir: out, Handout: true, Drawer: fakeDrawer{}}); err == nil {
		t.Fatal("want an error")
	}
	if after := listing(t, out); after != before {
		t.Errorf("a failed export changed the previous one:\n%s\nwas:\n%s", after, before)
	}
}

func TestCommitRollsBack(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "01-a"), 0o755)
	os.WriteFile(filepath.Join(dir, "01-a", "old.pdf"), []byte("old"), 0o644)
	writeManifest(filepath.Join(dir, ManifestName), &Manifest{Generator: generator, Parts: []ManifestEntry{{Number: 1, Files: []string{"01-a/old.pdf"}}}})
	before := listing(t, dir)
	o, err := openOut(dir, false, []string{"01-a", "02-b"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(o.tmp, "01-a"), 0o755)
	os.WriteFile(filepath.Join(o.tmp, ManifestName), []byte(`{"generator":"lectern","parts":[]}`), 0o644)
	// 02-b was never written: the commit fails after placing 01-a.
	if err := o.commit([]string{"01-a", "02-b"}); err == nil || !strings.Contains(err.Error(), "as it was") {
		t.Fatalf("commit: %v", err)
	}
	o.abort()
	if after := listing(t, dir); after != before {
		t.Errorf("rollback left:\n%s\nwas:\n%s", after, before)
	}
}

func TestExportRefusesToReplaceTheDeck(t *testing.T) {
	dir := t.TempDir()
	d := exporttest.Load(t, "talk.pdf")
	plan, _ := Plan(d, PlanOptions{})
	if _, err := Export(d, plan, Options{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	// Export a part of the export back into the same folder: its deck lives
	// in a folder the new export would replace.
	inner, err := loadPath(filepath.Join(dir, "02-keeping-time", SlidesPDF))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := Plan(inner, PlanOptions{})
	p[0].Slug = "02-keeping-time"
	_, err = Export(inner, p, Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "would replace") {
		t.Fatalf("error %v, want a refusal to replace the deck's own folder", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "02-keeping-time", SlidesPDF)); err != nil {
		t.Error("the deck was removed")
	}
}

func TestExportRejectsBadPlans(t *testing.T) {
	d := exporttest.Load(t, "talk.pdf")
	dir := t.TempDir()
	for _, tc := range []struct {
		plan []PartPlan
		want string
	}{
		{nil, "no parts"},
		{[]PartPlan{{Number: 1, First: 1, Last: 10, Slug: "01-x"}}, "outside the deck"},
		{[]PartPlan{{Number: 1, First: 1, Last: 2, Slug: "../x"}}, "unusable folder name"},
		{[]PartPlan{{Number: 1, First: 1, Last: 2, Slug: "01-x"}, {Number: 2, First: 3, Last: 4, Slug: "01-x"}}, "share the folder name"},
	} {
		if _, err := Export(d, tc.plan, Options{Dir: dir}); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("plan %+v: error %v, want %q", tc.plan, err, tc.want)
		}
	}
	assertOnly(t, dir)
}
