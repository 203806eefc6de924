package raster_test

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/source/markdown"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// marpPages reads testdata/render/marp-styled.md with the real reader (its
// directives become the slides' Hints) and draws every slide at 1920 px.
func marpPages(t *testing.T, name string) ([]*layout.Page, []*image.RGBA) {
	t.Helper()
	d, err := markdown.Load("../../testdata/render/"+name+".md", markdown.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("LECTERN_PNG_DIR")
	var pages []*layout.Page
	var imgs []*image.RGBA
	for i := range d.Slides {
		s := &d.Slides[i]
		l, err := layout.LayoutSlide(s, d, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := l.Page(s.Steps)
		img := raster.Draw(p, 1920)
		pages, imgs = append(pages, p), append(imgs, img)
		if dir != "" {
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, s.Number)))
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
	return pages, imgs
}

// marpText finds a text op and reports where it sits.
func marpText(p *layout.Page, s string) (layout.Text, bool) {
	for _, op := range p.Ops {
		if t, ok := op.(layout.Text); ok && t.Text == s {
			return t, true
		}
	}
	return layout.Text{}, false
}

// marpInk counts the pixels in r that differ from bg.
func marpInk(img *image.RGBA, r image.Rectangle, bg color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y) != bg {
				n++
			}
		}
	}
	return n
}

// TestMarpStyled checks that Marp's header, footer, page number, lead
// class, backgroundColor, invert and ![bg right] are drawn where Marp draws
// them.
func TestMarpStyled(t *testing.T) {
	pages, imgs := marpPages(t, "marp-styled")
	if len(pages) != 4 {
		t.Fatalf("%d slides, want 4", len(pages))
	}
	top := image.Rect(0, 0, 1920, 70)
	bottom := image.Rect(0, 1010, 1920, 1080)
	for i, p := range pages {
		n := i + 1
		bg := imgs[i].RGBAAt(2, 540)
		if bg != p.Background {
			t.Errorf("slide %d: the page is %v at its left edge, want its background %v", n, bg, p.Background)
		}
		if marpInk(imgs[i], top, p.Background) < 200 {
			t.Errorf("slide %d: nothing drawn in the header strip", n)
		}
		h, ok := marpText(p, "Offline ")
		if !ok || h.Y > 70 || h.X > 60 {
			t.Errorf("slide %d: header text %+v (found %v), want it at the top left", n, h, ok)
		}
		f, ok := marpText(p, "A. Speaker · Conf 2026")
		if n == 4 {
			if ok {
				t.Errorf("slide 4: _footer: '' still draws the footer")
			}
		} else if !ok || f.Y < 1010 || f.X > 60 {
			t.Errorf("slide %d: footer %+v (found %v), want it at the bottom left", n, f, ok)
		}
		if _, ok := marpText(p, fmt.Sprintf("%d / 4", n)); ok {
			t.Errorf("slide %d: Lectern's own slide number is drawn besides Marp's", n)
		}
		num, ok := marpText(p, fmt.Sprint(n))
		if n == 1 {
			if ok {
				t.Errorf("slide 1: _paginate: false still draws a page number")
			}
			continue
		}
		if !ok || num.X < 1800 || num.Y < 1010 {
			t.Errorf("slide %d: page number %+v (found %v), want it bottom right", n, num, ok)
		}
		if marpInk(imgs[i], image.Rect(1820, 1010, 1920, 1080), p.Background) < 30 {
			t.Errorf("slide %d: no page number pixels at the bottom right", n)
		}
		_ = bottom
	}
	// Marp's default theme has no lead class: the title stays at the left,
	// centred vertically as every slide of that theme.
	if h, ok := marpText(pages[0], "Presenting offline"); !ok || h.X > 200 || h.Y < 400 || h.Y > 600 {
		t.Errorf("slide 1 (lead, default theme): heading %+v (found %v), want it left, half-way down", h, ok)
	}
	// _backgroundColor: #fff8e1 on slide 2 only.
	want := color.RGBA{0xff, 0xf8, 0xe1, 0xff}
	for _, i := range []int{1} {
		if pages[i].Background != want {
			t.Errorf("slide %d: background %v, want #fff8e1", i+1, pages[i].Background)
		}
	}
	// ![bg right]: the chart fills the right half, the text stays left.
	var pic *layout.Picture
	for _, op := range pages[2].Ops {
		if p, ok := op.(layout.Picture); ok {
			pic = &p
		}
	}
	if pic == nil || pic.X < 950 || pic.X > 970 || pic.W < 950 || pic.H < 1070 {
		t.Errorf("slide 3: split background %+v, want the right half of the page", pic)
	}
	if h, ok := marpText(pages[2], "Rehearsal numbers"); !ok || h.X > 200 {
		t.Errorf("slide 3: heading %+v, want it in the left half", h)
	}
	if pages[2].Background == want {
		t.Errorf("slide 3: the spot background colour of slide 2 carried over")
	}
	if marpInk(imgs[2], image.Rect(1000, 100, 1900, 1000), pages[2].Background) < 300000 {
		t.Errorf("slide 3: the right half is not covered by the picture")
	}
	// _class: invert: light text on a dark page.
	if y := luma(pages[3].Background); y > 80 {
		t.Errorf("slide 4 (invert): background %v is not dark", pages[3].Background)
	}
}

func luma(c color.RGBA) int { return (299*int(c.R) + 587*int(c.G) + 114*int(c.B)) / 1000 }

// TestMarpThemeDecks draws the gaia and uncover samples: each takes its
// theme's background, inverts on class invert, and centres what Marp centres.
func TestMarpThemeDecks(t *testing.T) {
	for _, c := range []struct {
		name     string
		th, inv  layout.Theme
		centered bool // the list slide's heading is centred (uncover)
	}{
		{"marp-gaia", layout.Gaia, layout.GaiaInvert, false},
		{"marp-uncover", layout.Uncover, layout.UncoverInvert, true},
	} {
		pages, _ := marpPages(t, c.name)
		if len(pages) != 3 {
			t.Fatalf("%s: %d slides, want 3", c.name, len(pages))
		}
		if pages[0].Background != c.th.Background || pages[1].Background != c.th.Background || pages[2].Background != c.inv.Background {
			t.Errorf("%s: backgrounds %v %v %v", c.name, pages[0].Background, pages[1].Background, pages[2].Background)
		}
		if h, ok := marpText(pages[0], "The "+strings.TrimPrefix(c.name, "marp-")+" theme"); !ok || h.X < 400 {
			t.Errorf("%s: lead title %+v (found %v), want it centred", c.name, h, ok)
		}
		if h, ok := marpText(pages[1], "A list slide"); !ok || (h.X > 400) != c.centered {
			t.Errorf("%s: list slide heading at x %.0f (found %v), centred want %v", c.name, h.X, ok, c.centered)
		}
	}
}
