package pdf

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// TestCorruptedBytes damages sample PDFs at random places: each load must
// end in a deck or an error, never a crash.
func TestCorruptedBytes(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(7))
	for _, name := range []string{"talk.pdf", "beamer-notes.pdf"} {
		orig, err := os.ReadFile(testdata + name)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < corruptRuns; i++ {
			b := append([]byte(nil), orig...)
			for k := 0; k < 1+rng.Intn(40); k++ {
				start := rng.Intn(len(b))
				for j := start; j < start+1+rng.Intn(64) && j < len(b); j++ {
					b[j] = byte(rng.Intn(256))
				}
			}
			p := filepath.Join(dir, "bad.pdf")
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			d, err := Load(p, Options{})
			if err == nil && len(d.Slides) == 0 {
				t.Errorf("%s variant %d: a deck without slides and no error", name, i)
			}
		}
	}
}

var corruptRuns = 25
