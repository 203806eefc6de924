// Package pngout writes a deck's slides (or every step) as PNG files, drawn
// by the engine the screen uses: Markdown slides laid out by render/layout and
// drawn by render/raster, PDF pages by MuPDF (the slide half when Beamer notes
// share the page). Names follow Marp CLI's --images png: talk.001.png,
// talk.002.png…; with Steps, talk.003.1.png, talk.003.2.png….
package pngout

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
	pdfsource "github.com/lectern-app/lectern/internal/source/pdf"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// DefaultWidth is the picture width when none is asked for.
const DefaultWidth = 1920

// MaxWidth bounds the width (as MuPDF's renderer does).
const MaxWidth = 8000

// Options say where and how the pictures are written.
type Options struct {
	Dir   string // output folder; "" is DefaultDir(deck)
	Width int    // pixels; 0 is DefaultWidth
	Steps bool   // one picture per step instead of per slide (its last step)
	Theme string // Markdown decks: "light", "dark" or a built-in's name; "" the deck's own
	Force bool   // replace files an earlier run wrote that were changed since, and files it did not write
	// Progress, when set, is told after each picture.
	Progress func(done, total int)
}

// Result is what was written.
type Result struct {
	Dir      string
	Files    []string // base names, in slide order
	Warnings []string // pictures drawn as placeholders, characters drawn as boxes
}

// DefaultDir is the folder beside the deck named after it: talk.md → talk-png.
func DefaultDir(deckPath string) string {
	return filepath.Join(filepath.Dir(deckPath), stem(deckPath)+"-png")
}

func stem(path string) string {
	b := filepath.Base(path)
	if s := strings.TrimSuffix(b, filepath.Ext(b)); s != "" && s != "." && s != string(filepath.Separator) {
		return s
	}
	return "slides"
}

// picture is one file to write: the slide, its step and the name.
type picture struct {
	slide, step int
	name        string
}

// plan lists the pictures of d in order.
func plan(d *deck.Deck, steps bool) []picture {
	base := stem(d.Path)
	sw, tw := 3, 1
	for _, s := range d.Slides {
		tw = max(tw, len(fmt.Sprint(s.Steps)))
	}
	sw = max(sw, len(fmt.Sprint(len(d.Slides))))
	var out []picture
	for i := range d.Slides {
		s := &d.Slides[i]
		if !steps {
			out = append(out, picture{s.Number, s.Steps, fmt.Sprintf("%s.%0*d.png", base, sw, s.Number)})
			continue
		}
		for st := 1; st <= s.Steps; st++ {
			out = append(out, picture{s.Number, st, fmt.Sprintf("%s.%0*d.%0*d.png", base, sw, s.Number, tw, st)})
		}
	}
	return out
}

// Export draws and writes the pictures. Before anything is written it checks
// that every file it would replace or remove is one an earlier run wrote and
// nobody changed since (the manifest), unless opt.Force. ctx stops it between
// pictures; what was written so far stays listed in the manifest.
func Export(ctx context.Context, d *deck.Deck, opt Options) (Result, error) {
	if opt.Width == 0 {
		opt.Width = DefaultWidth
	}
	if opt.Width < 16 || opt.Width > MaxWidth {
		return Result{}, fmt.Errorf("width %d px: give one from 16 to %d", opt.Width, MaxWidth)
	}
	if opt.Dir == "" {
		opt.Dir = DefaultDir(d.Path)
	}
	res := Result{Dir: opt.Dir}
	pics := plan(d, opt.Steps)
	if len(pics) == 0 {
		return res, fmt.Errorf("%s has no slides to draw", d.Path)
	}
	if err := os.MkdirAll(opt.Dir, 0o777); err != nil {
		return res, fmt.Errorf("make output folder: %w", err)
	}
	lock, err := lockFolder(opt.Dir, stem(d.Path))
	if err != nil {
		return res, err
	}
	defer lock.Release()
	m, err := openManifest(opt.Dir, stem(d.Path))
	if err != nil {
		return res, err
	}
	names := make([]string, len(pics))
	for i, p := range pics {
		names[i] = p.name
	}
	stale, err := m.check(names, opt.Force)
	if err != nil {
		return res, err
	}
	draw, closeDoc, err := drawer(d, opt)
	if err != nil {
		return res, err
	}
	defer closeDoc()
	drawn, stopDrawing := drawAhead(ctx, pics, draw)
	defer stopDrawing() // before closeDoc: the drawing goroutine has ended
	for i, p := range pics {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("stopped after %d of %d pictures: %w", i, len(pics), err)
		}
		dr, ok := <-drawn
		if !ok {
			return res, fmt.Errorf("stopped after %d of %d pictures: %w", i, len(pics), ctx.Err())
		}
		if dr.err != nil {
			return res, fmt.Errorf("%s slide %d: %w", d.Path, p.slide, dr.err)
		}
		for _, w := range dr.warn {
			res.Warnings = append(res.Warnings, fmt.Sprintf("slide %d: %s", p.slide, w))
		}
		var buf bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, dr.img); err != nil {
			return res, fmt.Errorf("encode %s: %w", p.name, err)
		}
		if err := m.write(p.name, buf.Bytes()); err != nil {
			return res, err
		}
		res.Files = append(res.Files, p.name)
		if opt.Progress != nil {
			opt.Progress(i+1, len(pics))
		}
	}
	if err := m.remove(stale); err != nil {
		return res, err
	}
	return res, nil
}

// drawnPicture is one picture drawn ahead of its encoding.
type drawnPicture struct {
	img  image.Image
	warn []string
	err  error
}

// drawAhead draws the pictures in order on a goroutine of its own, one or two
// ahead of the caller, who compresses and writes them meanwhile (PNG encoding
// takes as long as drawing). stop ends it and waits for it; the channel
// closes early when ctx is done or a drawing failed.
func drawAhead(ctx context.Context, pics []picture, draw func(slide, step int) (image.Image, []string, error)) (<-chan drawnPicture, func()) {
	out := make(chan drawnPicture, 1)
	quit := make(chan struct{})
	go func() {
		defer close(out)
		for _, p := range pics {
			if ctx.Err() != nil {
				return
			}
			img, warn, err := draw(p.slide, p.step)
			select {
			case out <- drawnPicture{img, warn, err}:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out, func() {
		close(quit)
		for range out {
		}
	}
}

// drawer returns what draws one slide step of d at opt.Width, and what
// closes the document it reads.
func drawer(d *deck.Deck, opt Options) (func(slide, step int) (image.Image, []string, error), func(), error) {
	if d.Format == deck.PDF {
		doc, err := pdfdoc.Open(d.Path)
		if err != nil {
			return nil, nil, err
		}
		region := pdfsource.SlideRegion(d.NotesSide)
		return func(slide, step int) (image.Image, []string, error) {
			s := d.Slide(slide)
			if s == nil || len(s.Pages) == 0 {
				return nil, nil, fmt.Errorf("slide %d has no page", slide)
			}
			page := s.Pages[max(1, min(step, len(s.Pages)))-1]
			img, err := doc.RenderRegion(page, region, opt.Width)
			return img, nil, err
		}, func() { doc.Close() }, nil
	}
	// SVGs rasterised at the pixels they will fill, not blurred up from 1920.
	scale := max(1, float64(opt.Width)/1920)
	var laid *layout.Laid
	laidFor := 0
	return func(slide, step int) (image.Image, []string, error) {
		var warn []string
		if laidFor != slide {
			s := d.Slide(slide)
			if s == nil {
				return nil, nil, fmt.Errorf("slide %d does not exist", slide)
			}
			l, err := layout.LayoutSlide(s, d, layout.Options{Theme: opt.Theme, PixelScale: scale})
			if err != nil {
				return nil, nil, err
			}
			laid, laidFor = l, slide
			for _, p := range l.Problems {
				warn = append(warn, p.Error())
			}
		}
		return raster.Draw(laid.Page(step), opt.Width), warn, nil
	}, func() {}, nil
}
