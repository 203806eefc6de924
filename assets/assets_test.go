package assets

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestDemoDeckIsWrittenWithItsImages(t *testing.T) {
	dir := t.TempDir()
	path, err := DemoDeck(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("demo deck missing: %v", err)
	}
	for _, name := range []string{"minutes.png", "progress.gif", "clip.mp4"} {
		if _, err := os.Stat(filepath.Join(filepath.Dir(path), "images", name)); err != nil {
			t.Fatalf("demo file missing: %v", err)
		}
	}
	if _, err := png.Decode(bytes.NewReader(Icon)); err != nil {
		t.Fatalf("icon is not a PNG: %v", err)
	}
}
