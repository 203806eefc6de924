package markdown

import (
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

// Each dialect's columns, read from a fixture and laid out: the text that
// starts column 2 is to the right of column 1's and starts at the same
// height, and what comes after the columns is below both. The pictures go
// to $LECTERN_COLUMNS_PNG when set (to look at), else a temporary folder.
func TestColumnsLaidOutSideBySide(t *testing.T) {
	cases := []struct {
		file        string
		left, right string
		below       string
		leftW       float64 // share of the content width column 1 may take at most
	}{
		{"quarto.qmd", "Left one", "Right two", "Below both columns.", 0.42},
		{"presenterm.md", "Left one", "Right two", "Below both columns.", 0.68},
		{"slidev.md", "Left one", "Right two", "", 0.52},
		{"remark.md", "Left one", "Right two", "", 0.22},
		{"deckset.md", "Left one", "Right two", "", 0.52},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := Load(filepath.Join("..", "..", "..", "testdata", "columns", c.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := columnSlide(t, d)
			l, err := layout.LayoutSlide(s, d, layout.Options{NoNumber: true})
			if err != nil {
				t.Fatal(err)
			}
			p := l.Page(l.Segments)
			left, right := textAt(t, p, c.left), textAt(t, p, c.right)
			if right.X <= left.X+200 {
				t.Errorf("%q at x %.0f is not right of %q at x %.0f\nbody:\n%s", c.right, right.X, c.left, left.X, s.Body)
			}
			if math.Abs(top(right)-top(left)) > 2 {
				t.Errorf("%q's line starts at y %.1f, %q's at y %.1f: the columns do not start together\nbody:\n%s", c.right, top(right), c.left, top(left), s.Body)
			}
			for _, op := range p.Ops {
				if x, ok := op.(layout.Text); ok && x.X < right.X-1 && x.Y >= left.Y && (c.below == "" || !strings.HasPrefix(x.Text, "Below")) {
					if end := x.X + x.Size*0.6*float64(len([]rune(x.Text))); x.X < right.X && end > left.X+c.leftW*l.W {
						t.Errorf("%q (x %.0f…%.0f) runs past column 1", x.Text, x.X, end)
					}
				}
			}
			if c.below != "" {
				b := textAt(t, p, strings.Fields(c.below)[0])
				for _, op := range p.Ops {
					if x, ok := op.(layout.Text); ok && x.Y > left.Y && x.X >= right.X && b.Y <= x.Y {
						t.Errorf("%q (y %.0f) is not below the column text %q (y %.0f)", c.below, b.Y, x.Text, x.Y)
					}
				}
				if b.X > left.X+1 {
					t.Errorf("%q starts at x %.0f, not at the full width's left %.0f", c.below, b.X, left.X)
				}
			}
			savePNG(t, strings.ReplaceAll(c.file, ".", "-")+".png", p)
		})
	}
}

// savePNG draws p to a PNG in $LECTERN_COLUMNS_PNG when set (to look
// at), else in a temporary folder.
func savePNG(t *testing.T, name string, p *layout.Page) {
	t.Helper()
	dir := os.Getenv("LECTERN_COLUMNS_PNG")
	if dir == "" {
		dir = t.TempDir()
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, raster.Draw(p, 960)); err != nil {
		t.Fatal(err)
	}
}

// top is about where a text's line box starts (Y is its baseline; the
// half leading is estimated, so tops within 2 units are the same).
func top(x layout.Text) float64 {
	return math.Round(x.Y - fonts.VMetrics(x.Font, x.Size).Ascent - 0.14*x.Size)
}

// columnSlide is the fixture's slide with columns.
func columnSlide(t *testing.T, d *deck.Deck) *deck.Slide {
	t.Helper()
	for i := range d.Slides {
		if strings.Contains(d.Slides[i].Body, "<!-- lectern:column") {
			return &d.Slides[i]
		}
	}
	for _, s := range d.Slides {
		t.Logf("slide %d body:\n%s", s.Number, s.Body)
	}
	t.Fatal("no slide has column markers")
	return nil
}

// textAt finds the text op that starts with s (a line's runs may be cut).
func textAt(t *testing.T, p *layout.Page, s string) layout.Text {
	t.Helper()
	first := strings.Fields(s)[0]
	for _, op := range p.Ops {
		if x, ok := op.(layout.Text); ok && (x.Text == s || strings.HasPrefix(x.Text, first)) {
			return x
		}
	}
	var all []string
	for _, op := range p.Ops {
		if x, ok := op.(layout.Text); ok {
			all = append(all, x.Text)
		}
	}
	t.Fatalf("no text %q in %q", s, all)
	return layout.Text{}
}

// Slidev's image-right shows the slide's image: picture in the right half,
// the content in the left half.
func TestSlidevImageRight(t *testing.T) {
	d, err := Load(filepath.Join("..", "..", "..", "testdata", "columns", "slidev.md"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Slides) != 2 {
		t.Fatalf("%d slides, want 2", len(d.Slides))
	}
	s := &d.Slides[1]
	if s.Hints["layout"] != "image-right" || s.Hints["image"] == "" {
		t.Fatalf("hints %v: no image-right layout and image", s.Hints)
	}
	l, err := layout.LayoutSlide(s, d, layout.Options{NoNumber: true})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(1)
	var pic *layout.Picture
	for _, op := range p.Ops {
		if x, ok := op.(layout.Picture); ok {
			pic = &x
		}
	}
	if pic == nil || pic.Image == nil || pic.X != l.W/2 || pic.W != l.W/2 || pic.H != l.H {
		t.Fatalf("picture %+v, want the image over the right half of %vx%v", pic, l.W, l.H)
	}
	for _, op := range p.Ops {
		if x, ok := op.(layout.Text); ok && x.X+fonts.Measure(x.Font, x.Size, x.Text) > l.W/2 {
			t.Errorf("%q runs into the picture's half", x.Text)
		}
	}
	if len(l.Problems) > 0 {
		t.Errorf("problems: %v", l.Problems)
	}
	savePNG(t, "slidev-image-right.png", p)
}

// A theme file's margins and fonts (testdata/columns/wide.lectern-theme.toml)
// reach the laid-out page: the heading and column 1 start at margins.x, the
// heading at margins.top, column 2 halfway across what is left, the text
// in the file's families.
func TestThemeFileMarginsAndFonts(t *testing.T) {
	d, err := Load(filepath.Join("..", "..", "..", "testdata", "columns", "themed.md"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.ThemeSet == nil || len(d.Problems) > 0 {
		t.Fatalf("theme file not read: %v", d.Problems)
	}
	l, err := layout.LayoutSlide(&d.Slides[0], d, layout.Options{NoNumber: true})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(1)
	head, left, right := textAt(t, p, "Two columns"), textAt(t, p, "Left one"), textAt(t, p, "Right two")
	if head.X != 300 || left.X != 300 {
		t.Errorf("heading at x %v, column 1 at %v: want margins.x 300", head.X, left.X)
	}
	if head.Y < 200 || head.Y > 200+1.3*head.Size {
		t.Errorf("heading's baseline at y %v, want its line to start at margins.top 200", head.Y)
	}
	if mid := 300 + (1920-600)/2.0; right.X < mid || right.X > mid+0.05*1320 {
		t.Errorf("column 2 at x %v, want just right of %v", right.X, mid)
	}
	if f := strings.ToLower(fonts.Name(left.Font)); !strings.Contains(f, "notoserif") {
		t.Errorf("column text in %s, want Noto Serif", f)
	}
	if f := strings.ToLower(fonts.Name(head.Font)); !strings.Contains(f, "notosans") {
		t.Errorf("heading in %s, want Noto Sans", f)
	}
	savePNG(t, "themed.png", p)
}

// A pause inside a column still makes a step: step 1 shows the columns'
// text up to it, step 2 the rest, nothing moving between steps.
func TestColumnsKeepSteps(t *testing.T) {
	for _, file := range []string{"quarto.qmd", "presenterm.md"} {
		t.Run(file, func(t *testing.T) {
			d, err := Load(filepath.Join("..", "..", "..", "testdata", "columns", file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := columnSlide(t, d)
			l, err := layout.LayoutSlide(s, d, layout.Options{NoNumber: true})
			if err != nil {
				t.Fatal(err)
			}
			if s.Steps != 2 || l.Segments != 2 {
				t.Fatalf("%d steps, %d segments; want 2", s.Steps, l.Segments)
			}
			one, two := l.Page(1), l.Page(2)
			r1, r2 := textAt(t, one, "Right two"), textAt(t, two, "Right two")
			if r1.X != r2.X || r1.Y != r2.Y {
				t.Errorf("column 2 moved between steps: %v,%v then %v,%v", r1.X, r1.Y, r2.X, r2.Y)
			}
			for _, op := range one.Ops {
				if x, ok := op.(layout.Text); ok && strings.HasPrefix(x.Text, "The second") {
					t.Errorf("step 1 shows %q", x.Text)
				}
			}
			if later := textAt(t, two, "The second step"); later.X != r2.X || later.Y <= r2.Y {
				t.Errorf("step 2's text at %v,%v, want under %q in column 2 (%v,%v)", later.X, later.Y, "Right two", r2.X, r2.Y)
			}
		})
	}
}

// Slidev's two-cols-header keeps the default slot above both columns; a
// slot in a layout without columns leaves no mark.
func TestSlidevSlotsBecomeColumns(t *testing.T) {
	src := "---\nlayout: two-cols-header\n---\n\n# Header\n\n::left::\n\nLeft\n\n::right::\n\nRight\n\n---\n\n# Plain\n\n::right::\n\nText\n"
	d, err := Parse("slots.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "# Header\n\n<!-- lectern:columns 50%,50% -->\n\n<!-- lectern:column 1 -->\n\nLeft\n\n<!-- lectern:column 2 -->\n\nRight"
	if len(d.Slides) != 2 || d.Slides[0].Body != want {
		t.Fatalf("slides %d, body %q\nwant %q", len(d.Slides), d.Slides[0].Body, want)
	}
	if b := d.Slides[1].Body; strings.Contains(b, "lectern:") || strings.Contains(b, "::") {
		t.Errorf("plain slide body %q keeps the slot", b)
	}
}
