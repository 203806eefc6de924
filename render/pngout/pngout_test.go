package pngout

import (
	"context"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
)

const mdDeck = `---
title: Two
---

# First slide

- one

---

# Second

A

<!-- pause -->

B
`

func writeDeck(t *testing.T, text string) *deck.Deck {
	t.Helper()
	path := filepath.Join(t.TempDir(), "talk.md")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := source.Load(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestNamesAndSizes(t *testing.T) {
	d := writeDeck(t, mdDeck)
	res, err := Export(context.Background(), d, Options{Width: 640})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(filepath.Dir(d.Path), "talk-png"); res.Dir != want {
		t.Errorf("dir %s, want %s", res.Dir, want)
	}
	want := []string{"talk.001.png", "talk.002.png", "talk.images.json"}
	if got := listDir(t, res.Dir); !slices.Equal(got, want) {
		t.Fatalf("wrote %v, want %v", got, want)
	}
	for _, n := range res.Files {
		f, err := os.Open(filepath.Join(res.Dir, n))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if cfg.Width != 640 || cfg.Height != 360 {
			t.Errorf("%s is %d×%d, want 640×360", n, cfg.Width, cfg.Height)
		}
	}

	steps, err := Export(context.Background(), d, Options{Width: 320, Steps: true, Dir: filepath.Join(t.TempDir(), "steps")})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"talk.001.1.png", "talk.002.1.png", "talk.002.2.png"}; !slices.Equal(steps.Files, want) {
		t.Errorf("--steps wrote %v, want %v", steps.Files, want)
	}
	a, _ := os.ReadFile(filepath.Join(steps.Dir, "talk.002.1.png"))
	b, _ := os.ReadFile(filepath.Join(steps.Dir, "talk.002.2.png"))
	if string(a) == string(b) {
		t.Error("the two steps of slide 2 are the same picture")
	}
}

// A re-export replaces its own unchanged files and removes those it no longer
// writes; a file it did not write, or one edited since, stops it before
// anything is written, unless Force.
func TestRefusesFilesItDidNotWrite(t *testing.T) {
	d := writeDeck(t, mdDeck)
	dir := filepath.Join(t.TempDir(), "out")
	opt := Options{Width: 320, Dir: dir, Steps: true}
	if _, err := Export(context.Background(), d, opt); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(context.Background(), d, opt); err != nil {
		t.Fatalf("re-export over its own files: %v", err)
	}
	opt.Steps = false
	if _, err := Export(context.Background(), d, opt); err != nil {
		t.Fatal(err)
	}
	if got, want := listDir(t, dir), []string{"talk.001.png", "talk.002.png", "talk.images.json"}; !slices.Equal(got, want) {
		t.Fatalf("after an export without steps the folder holds %v, want %v", got, want)
	}

	edited := filepath.Join(dir, "talk.002.png")
	if err := os.WriteFile(edited, []byte("my own picture"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(other, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "talk.001.png"))
	_, err := Export(context.Background(), d, Options{Width: 640, Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "talk.002.png") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("export over an edited picture: %v, want a refusal naming talk.002.png and --force", err)
	}
	if got, _ := os.ReadFile(edited); string(got) != "my own picture" {
		t.Error("the edited picture was overwritten")
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "talk.001.png")); string(after) != string(before) {
		t.Error("a refused export still rewrote talk.001.png")
	}

	if _, err := Export(context.Background(), d, Options{Width: 640, Dir: dir, Force: true}); err != nil {
		t.Fatalf("--force: %v", err)
	}
	if got, _ := os.ReadFile(other); string(got) != "mine" {
		t.Error("a file the export never wrote was touched")
	}

	// a picture name taken by a file no export listed
	fresh := filepath.Join(t.TempDir(), "fresh")
	os.Mkdir(fresh, 0o755)
	os.WriteFile(filepath.Join(fresh, "talk.001.png"), []byte("someone else's"), 0o644)
	if _, err := Export(context.Background(), d, Options{Width: 320, Dir: fresh}); err == nil {
		t.Error("export over a picture it never wrote succeeded")
	}
	// a JSON file of the manifest's name that is not ours
	os.Remove(filepath.Join(fresh, "talk.001.png"))
	os.WriteFile(filepath.Join(fresh, "talk.images.json"), []byte(`{"files": []}`), 0o644)
	if _, err := Export(context.Background(), d, Options{Width: 320, Dir: fresh}); err == nil {
		t.Error("export over a talk.images.json it did not write succeeded")
	}
}

func TestStopsBetweenPictures(t *testing.T) {
	d := writeDeck(t, mdDeck)
	ctx, cancel := context.WithCancel(context.Background())
	dir := filepath.Join(t.TempDir(), "out")
	_, err := Export(ctx, d, Options{Width: 320, Dir: dir, Progress: func(done, total int) { cancel() }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled export: %v", err)
	}
	// what was written is listed, so the next run may replace it
	if _, err := Export(context.Background(), d, Options{Width: 320, Dir: dir}); err != nil {
		t.Fatalf("export after a stopped one: %v", err)
	}
}

func TestBadWidth(t *testing.T) {
	d := writeDeck(t, mdDeck)
	for _, w := range []int{-1, 3, MaxWidth + 1} {
		if _, err := Export(context.Background(), d, Options{Width: w, Dir: t.TempDir()}); err == nil {
			t.Errorf("width %d accepted", w)
		}
	}
}

// A Beamer deck with notes on the right: the pictures are the slide half.
func TestPDFSlideHalf(t *testing.T) {
	d, err := source.Load("../../testdata/pdf/beamer-notes.pdf", source.Options{Notes: deck.NotesRight})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Export(context.Background(), d, Options{Width: 800, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != len(d.Slides) {
		t.Fatalf("%d pictures for %d slides", len(res.Files), len(d.Slides))
	}
	f, _ := os.Open(filepath.Join(res.Dir, res.Files[0]))
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width != 800 || cfg.Height < 400 || cfg.Height > 700 {
		t.Errorf("%s is %d×%d, want the slide half 800 wide (about 4:3 or 16:9)", res.Files[0], cfg.Width, cfg.Height)
	}
}

// While one export writes a folder, another of the same deck is refused
// (both would rewrite talk.images.json); the lock file goes afterwards.
func TestBusyFolder(t *testing.T) {
	d := writeDeck(t, mdDeck)
	dir := t.TempDir()
	l, err := lockFolder(dir, "talk")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Export(context.Background(), d, Options{Width: 320, Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "busy") {
		t.Fatalf("export into a locked folder: %v, want busy", err)
	}
	l.Release()
	if _, err := Export(context.Background(), d, Options{Width: 320, Dir: dir}); err != nil {
		t.Fatal(err)
	}
	if got, want := listDir(t, dir), []string{"talk.001.png", "talk.002.png", "talk.images.json"}; !slices.Equal(got, want) {
		t.Errorf("folder holds %v, want %v (no lock file left)", got, want)
	}
}
