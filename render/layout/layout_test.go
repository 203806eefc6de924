package layout_test

import (
	"image/color"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

const testdata = "../../testdata/render/"

func load(t testing.TB, name, theme string) *deck.Deck {
	t.Helper()
	d, err := layouttest.Load(testdata+name, theme)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func laid(t testing.TB, d *deck.Deck, n int) *layout.Laid {
	t.Helper()
	l, err := layout.LayoutSlide(d.Slide(n), d, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func texts(p *layout.Page) []layout.Text {
	var out []layout.Text
	for _, op := range p.Ops {
		if t, ok := op.(layout.Text); ok {
			out = append(out, t)
		}
	}
	return out
}

func find(t testing.TB, p *layout.Page, s string) layout.Text {
	t.Helper()
	for _, x := range texts(p) {
		if x.Text == s {
			return x
		}
	}
	t.Fatalf("no text op %q in %v", s, texts(p))
	return layout.Text{}
}

func width(x layout.Text) float64 { return fonts.Measure(x.Font, x.Size, x.Text) }

// inside checks every op lies within the page.
func inside(t *testing.T, name string, p *layout.Page) {
	t.Helper()
	const eps = 0.5
	bad := func(what string, op layout.Op) {
		t.Errorf("%s: %s outside the %gx%g page: %+v", name, what, p.W, p.H, op)
	}
	for _, op := range p.Ops {
		switch o := op.(type) {
		case layout.Text:
			m := fonts.VMetrics(o.Font, o.Size)
			if o.X < -eps || o.X+width(o) > p.W+eps || o.Y-m.Ascent < -eps || o.Y+m.Descent > p.H+eps {
				bad("text", o)
			}
		case layout.Rect:
			if o.X < -eps || o.Y < -eps || o.X+o.W > p.W+eps || o.Y+o.H > p.H+eps {
				bad("rect", o)
			}
		case layout.Picture:
			if o.X < -eps || o.Y < -eps || o.X+o.W > p.W+eps || o.Y+o.H > p.H+eps {
				bad("picture", o)
			}
		case layout.Line:
			if min(o.X1, o.X2) < -eps || max(o.X1, o.X2) > p.W+eps || min(o.Y1, o.Y2) < -eps || max(o.Y1, o.Y2) > p.H+eps {
				bad("line", o)
			}
		}
	}
}

func TestPageSizeFollowsAspect(t *testing.T) {
	for _, c := range []struct{ aspect, h float64 }{{0, 1080}, {16.0 / 9, 1080}, {4.0 / 3, 1440}, {16.0 / 10, 1200}} {
		d := &deck.Deck{Meta: deck.Meta{Aspect: c.aspect}}
		s := &deck.Slide{Number: 1, Body: "# Hi"}
		p, err := layout.Layout(s, d, 1, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if p.W != 1920 || p.H != c.h {
			t.Errorf("aspect %g: page %gx%g, want 1920x%g", c.aspect, p.W, p.H, c.h)
		}
	}
}

func TestTitleSlideIsCentred(t *testing.T) {
	d := load(t, "talk.md", "light")
	for _, n := range []int{1, 4, 9} {
		l := laid(t, d, n)
		if !l.Title {
			t.Fatalf("slide %d: not laid out as a title slide", n)
		}
		p := l.Page(1)
		top, bottom := math.Inf(1), math.Inf(-1)
		for _, x := range texts(p) {
			if strings.Contains(x.Text, "/ 9") {
				continue // the slide number sits in its corner
			}
			if c := x.X + width(x)/2; math.Abs(c-p.W/2) > 1 {
				t.Errorf("slide %d: %q centred at x=%.1f, want %.1f", n, x.Text, c, p.W/2)
			}
			m := fonts.VMetrics(x.Font, x.Size)
			top, bottom = min(top, x.Y-m.Ascent), max(bottom, x.Y+m.Descent)
		}
		if mid := (top + bottom) / 2; math.Abs(mid-p.H/2) > 0.06*p.H {
			t.Errorf("slide %d: text block centred at y=%.0f, want about %.0f", n, mid, p.H/2)
		}
	}
	h1 := find(t, laid(t, d, 1).Page(1), "Talks that fit")
	sub := find(t, laid(t, d, 1).Page(1), "Presenting offline, on time, in parts")
	if h1.Size <= sub.Size || h1.Y >= sub.Y {
		t.Errorf("title %+v should be bigger than and above subtitle %+v", h1, sub)
	}
	if laid(t, d, 2).Title || laid(t, d, 7).Title {
		t.Error("slides with lists or pictures must not be title slides")
	}
}

func TestBodyTextIsBigEnough(t *testing.T) {
	for _, theme := range []string{"light", "dark"} {
		d := load(t, "talk.md", theme)
		for i := range d.Slides {
			p := laid(t, d, i+1).Page(d.Slides[i].Steps)
			for _, x := range texts(p) {
				if strings.Contains(x.Text, " / ") || i+1 == 8 && !strings.HasPrefix(x.Text, "The") && !strings.HasPrefix(x.Text, "Remote images") && !strings.HasPrefix(x.Text, "Links") {
					continue // slide number; placeholder captions
				}
				if x.Size*1080/p.H < 40 {
					t.Errorf("slide %d: %q at %.1f px, want at least 40", i+1, x.Text, x.Size)
				}
			}
		}
	}
}

func TestHeadingsAreSizedDistinctly(t *testing.T) {
	d := load(t, "features.md", "light")
	s := d.Slide(2)
	s.Body += "\n\nA paragraph long enough to make this not a title slide, because it goes on and on and on well past a hundred and forty characters."
	l := laid(t, d, 2)
	p := l.Page(1)
	prev := 1e9
	for _, h := range []string{"Headings of every level", "Level three", "Level four", "Level five", "Level six"} {
		x := find(t, p, h)
		if x.Size >= prev {
			t.Errorf("%q at %.1f is not smaller than the level above (%.1f)", h, x.Size, prev)
		}
		prev = x.Size
	}
	if body := find(t, p, "Body text after the headings."); body.Size > prev || body.Font != layout.Regular {
		t.Errorf("body text %+v", body)
	}
}

func TestOverflowShrinksAndNothingLeavesThePage(t *testing.T) {
	d := load(t, "overflow.md", "light")
	l := laid(t, d, 1)
	if l.Scale >= 1 || l.Scale < 0.3 {
		t.Errorf("scale %.2f, want a shrink that still fits", l.Scale)
	}
	p := l.Page(1)
	inside(t, "overflow", p)
	// items keep their order and do not overlap
	var last float64
	for _, x := range texts(p) {
		if strings.HasPrefix(x.Text, "Lorem") || strings.HasPrefix(x.Text, "Nam libero") {
			if x.Y <= last {
				t.Error("lines out of order")
			}
			last = x.Y
		}
	}
	// the picture comes below the text
	for _, op := range p.Ops {
		if pic, ok := op.(layout.Picture); ok && pic.Y < last {
			t.Errorf("picture at y=%.0f overlaps text ending at %.0f", pic.Y, last)
		}
	}
	// all decks: everything on the page, at every step
	for _, f := range []string{"talk.md", "features.md", "overflow.md"} {
		for _, theme := range []string{"light", "dark"} {
			d := load(t, f, theme)
			for i := range d.Slides {
				l := laid(t, d, i+1)
				for s := 1; s <= l.Segments; s++ {
					inside(t, f, l.Page(s))
				}
			}
		}
	}
}

func TestLongWordsAndShortPagesNeverClip(t *testing.T) {
	d := &deck.Deck{Meta: deck.Meta{Aspect: 4}} // a very flat page
	s := &deck.Slide{Number: 1, Body: "# " + strings.Repeat("W", 120) + "\n\n" + strings.Repeat("word ", 400)}
	p, err := layout.Layout(s, d, 1, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	inside(t, "flat", p)
	if len(texts(p)) < 3 {
		t.Error("text missing")
	}
}

func TestStepsRevealContent(t *testing.T) {
	d := load(t, "features.md", "light")
	s := d.Slide(8)
	if s.Steps != 3 {
		t.Fatalf("test deck: %d steps", s.Steps)
	}
	l := laid(t, d, 8)
	if l.Segments != 3 {
		t.Fatalf("%d segments, want 3", l.Segments)
	}
	p1, p2, p3 := l.Page(1), l.Page(2), l.Page(3)
	if !(len(p1.Ops) < len(p2.Ops) && len(p2.Ops) < len(p3.Ops)) {
		t.Errorf("ops per step %d %d %d, want growing", len(p1.Ops), len(p2.Ops), len(p3.Ops))
	}
	for _, x := range texts(p1) {
		if x.Text == "Two" || x.Text == "Three" {
			t.Errorf("%q shown at step 1", x.Text)
		}
	}
	if a, b := find(t, p1, "One"), find(t, p3, "One"); !reflect.DeepEqual(a, b) {
		t.Error("content moved between steps")
	}
	find(t, p3, "Three")
	find(t, p1, "8 / 9") // the slide number shows at every step
	if q, err := layout.Layout(s, d, 99, layout.Options{}); err != nil || len(q.Ops) != len(p3.Ops) {
		t.Error("a step past the end shows everything")
	}
	// the talk's slides have one step each
	d = load(t, "talk.md", "light")
	if l := laid(t, d, 2); l.Segments != 1 {
		t.Errorf("talk slide 2: %d segments", l.Segments)
	}
}

func TestThemes(t *testing.T) {
	light := laid(t, load(t, "talk.md", "light"), 2).Page(1)
	dark := laid(t, load(t, "talk.md", "dark"), 2).Page(1)
	if light.Background == dark.Background {
		t.Fatal("themes share a background")
	}
	lum := func(c color.RGBA) float64 { return 0.3*float64(c.R) + 0.59*float64(c.G) + 0.11*float64(c.B) }
	if lum(light.Background) < 200 || lum(dark.Background) > 60 {
		t.Errorf("backgrounds %v %v", light.Background, dark.Background)
	}
	lt, dt := find(t, light, "A laptop must be enough"), find(t, dark, "A laptop must be enough")
	if lum(lt.Color) > 100 || lum(dt.Color) < 180 {
		t.Errorf("text colours %v on light, %v on dark", lt.Color, dt.Color)
	}
	if lt.X != dt.X || lt.Y != dt.Y {
		t.Error("themes must not move text")
	}
	d := load(t, "talk.md", "light")
	p, _ := layout.Layout(d.Slide(2), d, 1, layout.Options{Theme: "dark"})
	if p.Background != dark.Background {
		t.Error("Options.Theme should override the deck's theme")
	}
}

func TestSlideNumber(t *testing.T) {
	d := load(t, "talk.md", "light")
	p := laid(t, d, 3).Page(1)
	n := find(t, p, "3 / 9")
	if n.X < p.W*0.8 || n.Y < p.H*0.9 {
		t.Errorf("number at (%.0f, %.0f), want the bottom-right corner", n.X, n.Y)
	}
	q, _ := layout.Layout(d.Slide(3), d, 1, layout.Options{NoNumber: true})
	for _, x := range texts(q) {
		if x.Text == "3 / 9" {
			t.Error("NoNumber still draws the number")
		}
	}
}

func TestHandBuiltSlide(t *testing.T) {
	s := &deck.Slide{Number: 1, Body: "## Plain\n\nNo deck at all, ~~old~~ new.\n\n![x](missing.png)"}
	p, err := layout.Layout(s, nil, 1, layout.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	find(t, p, "Plain")
	find(t, p, "image not found: missing.png")
	if _, err := layout.Layout(nil, nil, 1, layout.Options{}); err == nil {
		t.Error("a nil slide is an error")
	}
}
