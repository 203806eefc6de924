package console

import (
	"testing"
)

func TestPointerShowsOnlyWhenAsked(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.c.PointerAt(Point{0.25, 0.75}, true)
	if v := r.c.View(); v.AudienceMarks.Pointer.Shown {
		t.Fatal("pointer shown without the laser key or a held button")
	}
	r.keys("l")
	v := r.c.View()
	if p := v.AudienceMarks.Pointer; !p.Shown || p.At != (Point{0.25, 0.75}) || p.Spotlight {
		t.Fatalf("laser: %+v", p)
	}
	if !v.CurrentMarks.Pointer.Shown {
		t.Fatal("the presenter does not see the dot")
	}
	small := v.AudienceMarks.Pointer.Radius
	r.keys("]", "]")
	if got := r.c.View().AudienceMarks.Pointer.Radius; got <= small*1.5 {
		t.Fatalf("] ] radius %v from %v", got, small)
	}
	r.keys("h")
	if p := r.c.View().AudienceMarks.Pointer; !p.Spotlight || p.Radius <= small*4 {
		t.Fatalf("spotlight: %+v", p)
	}
	r.c.PointerAt(Point{2, -1}, false)
	if r.c.View().AudienceMarks.Pointer.Shown {
		t.Fatal("pointer shown after the mouse left the slide")
	}

	// Holding the button is a laser while held.
	r = mustRig(t, Config{}, talk())
	r.c.Hold(Point{0.5, 0.5}, true)
	if !r.c.View().AudienceMarks.Pointer.Shown {
		t.Fatal("no dot while the button is held")
	}
	r.c.Hold(Point{0.5, 0.5}, false)
	if r.c.View().AudienceMarks.Pointer.Shown {
		t.Fatal("dot stays after the button is let go")
	}
}

func TestZoom(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.c.PointerAt(Point{0.9, 0.1}, true)
	r.keys("z")
	v := r.c.View()
	if z := v.AudienceMarks.Zoom; z != (Rect{0.5, 0, 1, 0.5}) {
		t.Fatalf("z near the top right corner: %+v, want the top right quarter", z)
	}
	r.keys("z")
	if !r.c.View().AudienceMarks.Zoom.Empty() {
		t.Fatal("z again did not go back")
	}
	r.c.ZoomTo(Rect{0.6, 0.7, 0.2, 0.3})
	if z := r.c.View().AudienceMarks.Zoom; z != (Rect{0.2, 0.3, 0.6, 0.7}) {
		t.Fatalf("ZoomTo: %+v", z)
	}
	if e := r.keys("Escape"); e != None || !r.c.View().AudienceMarks.Zoom.Empty() || r.c.State().QuitArmed {
		t.Fatal("Esc did not just leave the zoom")
	}
	r.c.ZoomTo(Rect{0.5, 0.5, 0.505, 0.6})
	if !r.c.View().AudienceMarks.Zoom.Empty() {
		t.Fatal("a click zoomed")
	}
	r.keys("z", "Right")
	if !r.c.View().AudienceMarks.Zoom.Empty() {
		t.Fatal("the zoom stayed on the next slide")
	}
}

func TestPenStrokesPerSlide(t *testing.T) {
	r := mustRig(t, Config{}, talk())
	r.keys("d")
	stroke := func(x float64) {
		r.c.Hold(Point{x, 0.1}, true)
		r.c.PointerAt(Point{x, 0.5}, true)
		r.c.PointerAt(Point{x, 0.9}, true)
		r.c.Hold(Point{x, 0.9}, false)
	}
	stroke(0.2)
	r.keys("c")
	stroke(0.4)
	v := r.c.View()
	if n := len(v.AudienceMarks.Ink); n != 2 || len(v.AudienceMarks.Ink[0].Points) != 3 || v.AudienceMarks.Ink[1].Colour != 1 {
		t.Fatalf("ink %+v", v.AudienceMarks.Ink)
	}
	if v.AudienceMarks.Pointer.Shown {
		t.Fatal("drawing showed the laser")
	}
	r.keys("e")
	if n := len(r.c.View().AudienceMarks.Ink); n != 1 {
		t.Fatalf("after erase: %d strokes", n)
	}
	r.keys("Right") // slide 2: its own page
	if n := len(r.c.View().AudienceMarks.Ink); n != 0 {
		t.Fatalf("slide 2 has %d strokes", n)
	}
	stroke(0.5)
	r.keys("x")
	if n := len(r.c.View().CurrentMarks.Ink); n != 0 {
		t.Fatalf("after clear: %d strokes", n)
	}
	r.keys("Left")
	if n := len(r.c.View().CurrentMarks.Ink); n != 1 {
		t.Fatalf("back on slide 1: %d strokes, want the one kept", n)
	}
}
