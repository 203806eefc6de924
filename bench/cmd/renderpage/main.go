// Command renderpage renders one page of a PDF to a PNG through Lectern's own
// path (pdfdoc.Open, Document.Render, image/png), as a whole process, so that
// bench/render-vs-mutool.sh can time it against `mutool draw -w 1920`.
//
//	renderpage [-w 1920] [-v] -o out.png deck.pdf [page]
package main

import (
	"flag"
	"fmt"
	"image/png"
	"os"
	"strconv"
	"time"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

func main() {
	width := flag.Int("w", 1920, "width of the rendered page in pixels")
	out := flag.String("o", "", "PNG file to write")
	verbose := flag.Bool("v", false, "print the time of each phase to stderr")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: renderpage [-w px] [-v] -o out.png file.pdf [page]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() < 1 || flag.NArg() > 2 {
		flag.Usage()
		os.Exit(2)
	}
	page := 1
	if flag.NArg() == 2 {
		n, err := strconv.Atoi(flag.Arg(1))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "renderpage: page %q is not a page number (1, 2, ...)\n", flag.Arg(1))
			os.Exit(2)
		}
		page = n
	}
	if err := run(flag.Arg(0), page, *width, *out, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "renderpage:", err)
		os.Exit(1)
	}
}

func run(path string, page, width int, out string, verbose bool) error {
	t0 := time.Now()
	doc, err := pdfdoc.Open(path)
	if err != nil {
		return err
	}
	defer doc.Close()
	t1 := time.Now()
	img, err := doc.Render(page, width)
	if err != nil {
		return err
	}
	t2 := time.Now()
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if verbose {
		t3 := time.Now()
		b := img.Bounds()
		fmt.Fprintf(os.Stderr, "open %v, render %v (%dx%d), png %v, total %v\n",
			t1.Sub(t0).Round(time.Microsecond), t2.Sub(t1).Round(time.Microsecond),
			b.Dx(), b.Dy(), t3.Sub(t2).Round(time.Microsecond), t3.Sub(t0).Round(time.Microsecond))
	}
	return nil
}
