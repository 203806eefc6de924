package layout_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout"
)

func TestRemoteImagePlaceholder(t *testing.T) {
	d := load(t, "talk.md", "light")
	p := laid(t, d, 8).Page(1)
	find(t, p, "Remote logo")
	cap := find(t, p, "remote image not loaded (offline)")
	for _, op := range p.Ops {
		if _, ok := op.(layout.Picture); ok {
			t.Error("a remote image must not be drawn as a picture")
		}
	}
	var box *layout.Rect
	for _, op := range p.Ops {
		if r, ok := op.(layout.Rect); ok && r.Stroke.A != 0 && r.X < cap.X && r.X+r.W > cap.X+width(cap) {
			box = &r
		}
	}
	if box == nil || box.H < 100 {
		t.Errorf("no placeholder box around the caption: %+v", box)
	}
}

func TestMissingImagePlaceholder(t *testing.T) {
	d := load(t, "features.md", "light")
	l := laid(t, d, 7)
	if len(l.Problems) != 1 || !strings.Contains(l.Problems[0].Error(), "nowhere.png") {
		t.Errorf("problems %v, want the missing file named", l.Problems)
	}
	p := l.Page(1)
	find(t, p, "A lost chart")
	find(t, p, "image not found: images/nowhere.png")
}

func TestPicturesKeepAspectAndFit(t *testing.T) {
	d := load(t, "talk.md", "light")
	p := laid(t, d, 2).Page(1)
	var pics []layout.Picture
	for _, op := range p.Ops {
		if pic, ok := op.(layout.Picture); ok {
			pics = append(pics, pic)
		}
	}
	if len(pics) != 1 {
		t.Fatalf("%d pictures, want 1", len(pics))
	}
	pic := pics[0]
	if math.Abs(pic.W/pic.H-800.0/450) > 0.01 {
		t.Errorf("aspect %.3f, want %.3f", pic.W/pic.H, 800.0/450)
	}
	last := find(t, p, "Murphy's law, at every venue")
	if pic.Y < last.Y || pic.Y+pic.H > p.H-60 || pic.H < 300 {
		t.Errorf("picture %+v should fill the room under the list", pic)
	}
	if c := pic.X + pic.W/2; math.Abs(c-p.W/2) > 1 {
		t.Errorf("picture centred at %.0f", c)
	}
	// JPEG, GIF and SVG decode side by side
	p = laid(t, load(t, "features.md", "light"), 4).Page(1)
	n := 0
	for _, op := range p.Ops {
		if pic, ok := op.(layout.Picture); ok {
			n++
			if pic.Image == nil || pic.Image.Bounds().Dx() == 0 {
				t.Errorf("%s has no pixels", pic.Path)
			}
		}
	}
	if n != 3 {
		t.Errorf("%d pictures, want 3", n)
	}
}

func TestBackgroundImages(t *testing.T) {
	d := load(t, "features.md", "light")
	l := laid(t, d, 5)
	p := l.Page(1)
	bg, ok := p.Ops[0].(layout.Picture)
	if !ok || bg.X != 0 || bg.Y != 0 || bg.W != p.W || bg.H != p.H {
		t.Fatalf("first op %+v, want a full-page picture", p.Ops[0])
	}
	if r := bg.Image.Bounds(); math.Abs(float64(r.Dx())/float64(r.Dy())-p.W/p.H) > 0.01 {
		t.Errorf("background cropped to %v, want the page aspect", r)
	}
	if !l.Title {
		t.Error("a heading over a background is a title slide")
	}
	// bg left:40% takes the left strip and pushes content right
	p = laid(t, d, 6).Page(1)
	side := p.Ops[0].(layout.Picture)
	if side.X != 0 || math.Abs(side.W-0.4*p.W) > 0.5 || side.H != p.H {
		t.Errorf("side background %+v", side)
	}
	if h := find(t, p, "Split slide"); h.X < side.W {
		t.Errorf("heading at x=%.0f overlaps the side picture", h.X)
	}
}

func TestBrokenImagesArePlaceholders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"bad.png", "bad.svg", "empty.jpg"} {
		body := "not an image"
		if name == "empty.jpg" {
			body = ""
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := &deck.Slide{Number: 1, Body: "## Broken\n\n![a](bad.png) ![b](bad.svg) ![c](empty.jpg)"}
	l, err := layout.LayoutSlide(s, &deck.Deck{Path: filepath.Join(dir, "deck.md")}, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(1)
	find(t, p, "image could not be read: bad.png")
	find(t, p, "image could not be read: bad.svg")
	find(t, p, "image could not be read: empty.jpg")
	if len(l.Problems) != 3 {
		t.Errorf("problems %v", l.Problems)
	}
	for _, e := range l.Problems {
		if !strings.Contains(e.Error(), dir) {
			t.Errorf("%v does not name the file", e)
		}
	}
	inside(t, "broken", p)
}
