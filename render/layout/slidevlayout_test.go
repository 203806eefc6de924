package layout

import "testing"

// A Slidev image-right slide with only a heading keeps it top left in its
// half, as Slidev does, instead of centring it like a title slide.
func TestSlidevImageRightHeadingOnlyIsNotATitle(t *testing.T) {
	d := testDeck("# Only a heading\n")
	d.Slides[0].Hints = map[string]string{"layout": "image-right", "image": "images/chart.png"}
	l, err := LayoutSlide(d.Slide(1), d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var head *Text
	for _, op := range l.Page(1).Ops {
		if x, ok := op.(Text); ok && x.Text == "Only a heading" {
			head = &x
		}
	}
	if head == nil {
		t.Fatal("no heading")
	}
	if head.X > 0.2*l.Page(1).W || head.Y > 0.3*l.Page(1).H {
		t.Errorf("heading at %.0f,%.0f: centred like a title slide", head.X, head.Y)
	}
}

// In a theme that centres text (Marp's uncover) a quote's bar stands beside
// its centred text, not at the far left of the column.
func TestCentredQuoteBarBesideItsText(t *testing.T) {
	d := testDeck("# Q\n\n> Short quote\n")
	d.Meta.Theme = "uncover"
	l, err := LayoutSlide(d.Slide(1), d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var text *Text
	var bar *Rect
	for _, op := range l.Page(1).Ops {
		switch o := op.(type) {
		case Text:
			if o.Text == "Short quote" {
				text = &o
			}
		case Rect:
			if o.W < 20 && o.H > 20 {
				bar = &o
			}
		}
	}
	if text == nil || bar == nil {
		t.Fatalf("text %v bar %v", text, bar)
	}
	if gap := text.X - (bar.X + bar.W); gap < 0 || gap > 80 {
		t.Errorf("bar at %.0f, text at %.0f: %.0f apart", bar.X, text.X, gap)
	}
}
