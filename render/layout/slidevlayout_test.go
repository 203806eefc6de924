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
