package layout_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/raster"
)

func TestNotesFlowDownAndGrow(t *testing.T) {
	short := layout.LayoutNotes("Welcome everyone.", 600, 20)
	long := layout.LayoutNotes(strings.Repeat("Tell the story of the first offline talk. ", 30), 600, 20)
	if short.W != 600 || short.H <= 20 || short.H > 80 {
		t.Fatalf("one line of notes is %gx%g", short.W, short.H)
	}
	if long.H < 8*short.H {
		t.Fatalf("thirty sentences are %g high, one line %g", long.H, short.H)
	}
	for _, x := range texts(long) {
		if x.X < 0 || x.X+glyphWidth(x) > 600+0.5 {
			t.Fatalf("op %q at %g..%g leaves the 600-wide page", x.Text, x.X, x.X+glyphWidth(x))
		}
		if x.Size != 20 {
			t.Fatalf("body text at size %g, want 20 (no shrink to fit)", x.Size)
		}
	}
	wide := layout.LayoutNotes(strings.Repeat("Tell the story of the first offline talk. ", 30), 1200, 20)
	bigger := layout.LayoutNotes(strings.Repeat("Tell the story of the first offline talk. ", 30), 600, 30)
	if wide.H >= long.H || bigger.H <= long.H {
		t.Fatalf("heights: 600 wide %g, 1200 wide %g, bigger text %g", long.H, wide.H, bigger.H)
	}
	if short.Background != layout.NotesTheme(20).Background || holding(t, short, "Welcome").Color != layout.NotesTheme(20).Text {
		t.Fatal("notes are not light text on the panel colour")
	}
}

// Each line the speaker wrote is a line of its own, in a list item too;
// emphasis, code and links keep their faces and colours.
func TestNotesKeepLinesAndStyles(t *testing.T) {
	p := layout.LayoutNotes("First line\nsecond line *slow* `code` [link](https://example.org)\n\n- item one\n  still one\n- item two\n", 800, 20)
	if a, b := holding(t, p, "First"), holding(t, p, "second"); b.Y <= a.Y {
		t.Fatalf("second line at %g, first at %g: the line break was lost", b.Y, a.Y)
	}
	if a, b := holding(t, p, "item one"), holding(t, p, "still"); b.Y <= a.Y {
		t.Fatal("the list item's second line joined its first")
	}
	th := layout.NotesTheme(20)
	if f := holding(t, p, "slow").Font; f != fonts.Italic {
		t.Errorf("emphasis in %s", fonts.Name(f))
	}
	if f := holding(t, p, "code").Font; f != fonts.Mono {
		t.Errorf("code in %s", fonts.Name(f))
	}
	if l := holding(t, p, "link"); l.Color != th.Link || l.Link != "https://example.org" {
		t.Errorf("link %+v", l)
	}
}

// Notes read no files and run nothing: a picture is its alt text, HTML is
// left out, a Mermaid fence is code.
func TestNotesDrawNoPictures(t *testing.T) {
	p := layout.LayoutNotes("See ![the chart](/etc/passwd) here.\n\n<video src=\"x.mp4\"></video>\n\n```mermaid\ngraph TD; A-->B\n```\n", 800, 20)
	for _, op := range p.Ops {
		if _, ok := op.(layout.Picture); ok {
			t.Fatalf("a picture in notes: %+v", op)
		}
	}
	if f := holding(t, p, "chart").Font; f != fonts.Italic {
		t.Errorf("alt text in %s", fonts.Name(f))
	}
	holding(t, p, "graph")
}

func TestNotesEmpty(t *testing.T) {
	p := layout.LayoutNotes("", 500, 20)
	if len(p.Ops) != 0 || p.H < 1 || p.H > 40 {
		t.Fatalf("empty notes: %d ops, %g high", len(p.Ops), p.H)
	}
}

// Hindi and Arabic notes are shaped like a slide's text: the Devanagari
// conjunct makes fewer glyphs than characters, Arabic runs right to left,
// both in an installed fallback face.
func TestNotesShapeHindiAndArabic(t *testing.T) {
	fontstest.Need(t, "नमस्ते", "مرحبا")
	p := layout.LayoutNotes("Greet them: नमस्ते\n\nمرحبا بالعالم\n", 800, 24)
	hi := holding(t, p, "नमस्ते")
	if hi.Font < fonts.Embedded || len(hi.Glyphs) == 0 || len(hi.Glyphs) >= utf8.RuneCountInString(hi.Text) {
		t.Fatalf("Hindi op %q in %s with %d glyphs", hi.Text, fonts.Name(hi.Font), len(hi.Glyphs))
	}
	ar := holding(t, p, "مرحبا")
	if !ar.RTL || ar.Font < fonts.Embedded || len(ar.Glyphs) == 0 {
		t.Fatalf("Arabic op %q RTL %v in %s", ar.Text, ar.RTL, fonts.Name(ar.Font))
	}
	if ar.Glyphs[0].Cluster <= ar.Glyphs[len(ar.Glyphs)-1].Cluster {
		t.Error("the leftmost Arabic glyph should draw the last character")
	}
	// a right-to-left line starts at the right, as on a slide
	if ar.X+glyphWidth(ar) < 700 {
		t.Errorf("Arabic line ends at %g of 800", ar.X+glyphWidth(ar))
	}
}

// a300WordNote is about 300 words of notes in paragraphs and a list.
func a300WordNote() string {
	para := "Remind the room that every deck is untrusted input, and that the screen shows exactly what the PNG export draws, shaped glyph for glyph. "
	var sb strings.Builder
	for i := 0; i < 11; i++ {
		sb.WriteString(para)
		sb.WriteString("\n")
		if i%3 == 2 {
			sb.WriteString("\n- a point about *timing*\n- a point about `code`\n\n")
		}
	}
	return sb.String()
}

func BenchmarkNotes300Words(b *testing.B) {
	md := a300WordNote()
	if n := len(strings.Fields(md)); n < 280 || n > 340 {
		b.Fatalf("%d words", n)
	}
	for range b.N {
		p := layout.LayoutNotes(md, 560, 19.6)
		raster.Draw(p, 840)
	}
}

func BenchmarkNotes300WordsLayoutOnly(b *testing.B) {
	md := a300WordNote()
	for range b.N {
		layout.LayoutNotes(md, 560, 19.6)
	}
}

// holding is the first text op whose text holds s.
func holding(t *testing.T, p *layout.Page, s string) layout.Text {
	t.Helper()
	for _, x := range texts(p) {
		if strings.Contains(x.Text, s) {
			return x
		}
	}
	t.Fatalf("no text op holds %q in %v", s, texts(p))
	return layout.Text{}
}
