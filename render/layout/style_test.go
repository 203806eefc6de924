package layout_test

import (
	"image/color"
	"math"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

// styled lays out one slide of Markdown with the given Hints.
func styled(t *testing.T, md string, hints map[string]string, extra map[string]any) *layout.Laid {
	t.Helper()
	d := layouttest.FromMarkdown(md, "../../testdata/render", "light")
	d.Path = "../../testdata/render/deck.md"
	d.Meta.Extra = extra
	d.Slides[0].Hints = hints
	return laid(t, d, 1)
}

func pictures(p *layout.Page) []layout.Picture {
	var out []layout.Picture
	for _, op := range p.Ops {
		if pic, ok := op.(layout.Picture); ok {
			out = append(out, pic)
		}
	}
	return out
}

// Marp's ![w:200](…) is 200 px of a 1280-wide slide: 300 units of ours.
func TestMarpImageSize(t *testing.T) {
	for _, c := range []struct {
		alt  string
		w, h float64
	}{
		{"w:200", 300, 200},
		{"h:100", 225, 150},
		{"width:200px height:50px", 300, 75},
		{"chart w:50%", 850, 850 / 1.5},
	} {
		p := styled(t, "# Sized\n\n!["+c.alt+"](images/chart.png)", nil, nil).Page(1)
		pics := pictures(p)
		if len(pics) != 1 {
			t.Fatalf("%s: %d pictures", c.alt, len(pics))
		}
		if math.Abs(pics[0].W-c.w) > 1 || math.Abs(pics[0].H-c.h) > 1 {
			t.Errorf("%s: picture %.0f×%.0f, want %.0f×%.0f", c.alt, pics[0].W, pics[0].H, c.w, c.h)
		}
	}
}

func TestMarpBackgrounds(t *testing.T) {
	// left split: the picture takes the left 40%, the text the rest
	p := styled(t, "![bg left:40%](images/chart.png)\n\n# Text right", nil, nil).Page(1)
	pics := pictures(p)
	if len(pics) != 1 || pics[0].X != 0 || math.Abs(pics[0].W-768) > 1 || pics[0].H != 1080 {
		t.Errorf("bg left:40%%: %+v", pics)
	}
	if h := find(t, p, "Text right"); h.X < 768 {
		t.Errorf("heading at x %.0f, inside the picture", h.X)
	}
	// several backgrounds side by side, or stacked with vertical
	p = styled(t, "![bg](images/chart.png)\n![bg](images/chart.png)", nil, nil).Page(1)
	if pics := pictures(p); len(pics) != 2 || pics[1].X != 960 || pics[1].W != 960 {
		t.Errorf("two backgrounds: %+v", pics)
	}
	p = styled(t, "![bg vertical](images/chart.png)\n![bg](images/chart.png)", nil, nil).Page(1)
	if pics := pictures(p); len(pics) != 2 || pics[1].Y != 540 || pics[1].W != 1920 {
		t.Errorf("vertical backgrounds: %+v", pics)
	}
	// contain keeps the whole picture inside the page
	p = styled(t, "![bg contain](images/chart.png)", nil, nil).Page(1)
	if pics := pictures(p); len(pics) != 1 || math.Abs(pics[0].H-1080) > 1 || math.Abs(pics[0].W-1620) > 1 {
		t.Errorf("bg contain: %+v", pics)
	}
}

// Hints other dialects give are drawn: backgrounds, classes, alignment.
func TestDialectHints(t *testing.T) {
	md := "## A heading\n\n- one\n- two"
	plain := styled(t, md, nil, nil)
	left := find(t, plain.Page(1), "A heading")

	l := styled(t, md, map[string]string{"background-color": "#000080"}, nil) // reveal, Deckset
	if l.Background != (color.RGBA{0, 0, 0x80, 0xff}) {
		t.Errorf("background-color: %v", l.Background)
	}
	l = styled(t, md, map[string]string{"class": "center, middle, inverse"}, nil) // remark
	h := find(t, l.Page(1), "A heading")
	if h.X <= left.X+100 || h.Y <= left.Y+200 || l.Background != layout.Dark.Background {
		t.Errorf("remark center, middle, inverse: heading at %.0f,%.0f (plain %.0f,%.0f), background %v", h.X, h.Y, left.X, left.Y, l.Background)
	}
	l = styled(t, md, map[string]string{"alignment": "center"}, nil) // presenterm
	if h := find(t, l.Page(1), "A heading"); h.X <= left.X+100 {
		t.Errorf("alignment center: heading at x %.0f", h.X)
	}
	l = styled(t, md, map[string]string{"header": "#FF0000, alignment(center)"}, nil) // Deckset
	h = find(t, l.Page(1), "A heading")
	if h.Color != (color.RGBA{0xff, 0, 0, 0xff}) || h.X <= left.X+100 {
		t.Errorf("Deckset header style: %+v", h)
	}
	for _, x := range texts(l.Page(1)) {
		if x.Text == "#FF0000, alignment(center)" || x.Y < 70 {
			t.Errorf("Deckset's header setting drawn as text: %+v", x)
		}
	}
	l = styled(t, md, map[string]string{"background-image": "images/chart.png"}, nil)
	if pics := pictures(l.Page(1)); len(pics) != 1 || pics[0].W != 1920 {
		t.Errorf("background-image: %+v", pics)
	}
	l = styled(t, md, map[string]string{"backgroundImage": "linear-gradient(to bottom, #67b8e3, #0288d1)"}, nil)
	if l.Background != (color.RGBA{0x67, 0xb8, 0xe3, 0xff}) {
		t.Errorf("gradient background drawn as %v, want its first colour", l.Background)
	}
}

// theme: gaia and uncover pick the look-alikes; invert flips them.
func TestMarpThemes(t *testing.T) {
	md := "## A heading\n\n- one\n- two"
	left := find(t, styled(t, md, nil, nil).Page(1), "A heading")
	g := styled(t, md, nil, map[string]any{"theme": "gaia"})
	if g.Background != layout.Gaia.Background || find(t, g.Page(1), "A heading").Color != layout.Gaia.Heading {
		t.Errorf("gaia: background %v", g.Background)
	}
	g = styled(t, md, map[string]string{"class": "invert"}, map[string]any{"theme": "gaia"})
	if g.Background != layout.GaiaInvert.Background {
		t.Errorf("gaia invert: background %v", g.Background)
	}
	g = styled(t, md, map[string]string{"class": "lead"}, map[string]any{"theme": "gaia"})
	if h := find(t, g.Page(1), "A heading"); h.X <= left.X+100 || h.Y <= left.Y+200 {
		t.Errorf("gaia lead: heading %+v not centred", h)
	}
	d := styled(t, md, map[string]string{"class": "lead"}, map[string]any{"theme": "default", "marp": true})
	if h := find(t, d.Page(1), "A heading"); h.X != left.X {
		t.Errorf("default lead: heading %+v moved; Marp's default theme has no lead class", h)
	}
	u := styled(t, md, nil, map[string]any{"$theme": "uncover"})
	if h := find(t, u.Page(1), "A heading"); u.Background != layout.Uncover.Background || h.X <= left.X+100 || h.Y <= left.Y+200 {
		t.Errorf("uncover: background %v, heading %+v not centred", u.Background, h)
	}
	// Slidev's "default" theme is not Marp's
	if l := styled(t, md, nil, map[string]any{"theme": "default"}); l.Background != layout.Light.Background || find(t, l.Page(1), "A heading").Y != left.Y {
		t.Error("theme: default without marp: true took Marp's default look")
	}
	if l := styled(t, md, nil, map[string]any{"theme": "default", "marp": true}); find(t, l.Page(1), "A heading").Y <= left.Y+200 {
		t.Error("Marp's default theme does not centre the content vertically")
	}
	for _, n := range []string{"light", "dark", "default", "gaia", "uncover", "gaia-invert"} {
		if !layout.IsBuiltin(n) {
			t.Errorf("%s is not a built-in", n)
		}
	}
	_ = deck.Markdown
}
