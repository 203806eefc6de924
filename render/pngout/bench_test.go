package pngout

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/source"
)

// BenchmarkExportTalk1920 writes the nine slides of the sample talk at
// 1920 px, over the previous run's pictures.
func BenchmarkExportTalk1920(b *testing.B) {
	src, err := os.ReadFile("../../testdata/render/talk.md")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	path := filepath.Join(dir, "talk.md")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		b.Fatal(err)
	}
	d, err := source.Load(path, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Export(context.Background(), d, Options{Dir: filepath.Join(dir, "out")}); err != nil {
			b.Fatal(err)
		}
	}
}
