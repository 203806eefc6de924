// Package assets holds what the binary carries with it: the app icon and the
// demo deck `lectern` opens when it is given no deck.
package assets

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed icon.png
var Icon []byte

//go:embed demo
var demo embed.FS

// DemoDeck writes the bundled demo deck (and its images) under dir, replacing
// an earlier copy, and returns the deck's path. Decks are read from files so
// images resolve relative to the deck like any other.
func DemoDeck(dir string) (string, error) {
	root := filepath.Join(dir, "demo")
	err := fs.WalkDir(demo, "demo", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if e.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := demo.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return "", fmt.Errorf("write the demo deck to %s: %w", root, err)
	}
	return filepath.Join(root, "demo.md"), nil
}
