// Command icons writes the hicolor theme's PNG sizes of Lectern's icon:
// go run ./packaging/icons -src assets/icon.png -name ID -out DIR makes
// DIR/NxN/apps/ID.png for every size desktops look up.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// Sizes are the hicolor sizes desktops ask for, from panel to app grid.
var Sizes = []int{16, 22, 24, 32, 48, 64, 128, 256, 512}

func main() {
	src := flag.String("src", "assets/icon.png", "the square source icon (PNG)")
	name := flag.String("name", "", "the icon name (the app ID)")
	out := flag.String("out", "", "the hicolor folder to write into")
	flag.Parse()
	if *name == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: icons -src icon.png -name ID -out DIR")
		os.Exit(2)
	}
	if err := write(*src, *name, *out); err != nil {
		fmt.Fprintln(os.Stderr, "icons:", err)
		os.Exit(1)
	}
}

func write(src, name, out string) error {
	f, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("open %s: %w", src, err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", src, err)
	}
	for _, n := range Sizes {
		dst := image.NewNRGBA(image.Rect(0, 0, n, n))
		// CatmullRom keeps edges crisp downscaling and smooth upscaling.
		draw.CatmullRom.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Src, nil)
		var buf bytes.Buffer
		if err := png.Encode(&buf, dst); err != nil {
			return fmt.Errorf("encode the %dx%d icon: %w", n, n, err)
		}
		dir := filepath.Join(out, fmt.Sprintf("%dx%d", n, n), "apps")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("make %s: %w", dir, err)
		}
		path := filepath.Join(dir, name+".png")
		if err := atomicfile.WriteFile(path, buf.Bytes()); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}
