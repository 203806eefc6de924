package export

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
)

// The test decks are copies of the project's sample decks in
// testdata/export, read with the project's loaders; pdfDeck builds decks by
// hand where a test needs one no file gives (a broken page list).

const testdata = "../../testdata/export"

// pdfDeck builds a PDF deck from page labels (consecutive equal labels are
// one slide's steps), slide titles, part starts and notes by slide.
func pdfDeck(path string, labels, titles []string, parts []deck.PartStart, notes map[int]string) *deck.Deck {
	d := &deck.Deck{Path: path, Format: deck.PDF, PageCount: len(labels), Meta: deck.Meta{Aspect: 16.0 / 9, Warn: deck.DefaultWarn}}
	for i, l := range labels {
		if i > 0 && l == labels[i-1] {
			s := &d.Slides[len(d.Slides)-1]
			s.Pages = append(s.Pages, i+1)
			s.Steps++
			continue
		}
		n := len(d.Slides) + 1
		d.Slides = append(d.Slides, deck.Slide{Number: n, Label: l, Steps: 1, Pages: []int{i + 1}, Title: titles[n-1], Notes: notes[n]})
	}
	d.BuildParts(parts)
	d.ComputeBudgets()
	return d
}

// load reads a test deck with the project's loaders.
func load(t testing.TB, name string) *deck.Deck {
	t.Helper()
	d, err := source.Load(filepath.Join(testdata, name), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fingerprint hashes every file under dir, to prove an export left the
// source deck alone.
func fingerprint(t testing.TB, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameFingerprint(t testing.TB, before, after map[string][32]byte) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("source folder had %d files, now %d", len(before), len(after))
	}
	for p, h := range before {
		if after[p] != h {
			t.Errorf("source file %s changed", p)
		}
	}
}

func loadPath(path string) (*deck.Deck, error) { return source.Load(path, source.Options{}) }
