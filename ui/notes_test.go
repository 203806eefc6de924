package ui

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
)

// newTestNotes puts a notes pane alone in a 400×300 test window.
func newTestNotes(t *testing.T) *notesPane {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newStageTheme())
	p := newNotesPane()
	w := a.NewWindow("notes")
	w.SetContent(p)
	w.Resize(fyne.NewSize(400, 300))
	return p
}

// ink counts the pixels of img that differ from the panel colour the notes
// are drawn on.
func ink(img image.Image) int {
	bg := color.RGBAModel.Convert(colPanel)
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if color.RGBAModel.Convert(img.At(x, y)) != bg {
				n++
			}
		}
	}
	return n
}

func notesImage(t *testing.T, p *notesPane) image.Image {
	t.Helper()
	if p.img.Image == nil {
		t.Fatal("the notes pane shows no image")
	}
	return p.img.Image
}

// The pane is a drawing of the notes at its own pixel width, on the
// presenter's panel colour, as tall as the text: more text, a taller image
// the scroll can move through.
func TestNotesPaneDrawsAndGrows(t *testing.T) {
	p := newTestNotes(t)
	p.show(1, 1, "Welcome everyone.", 0)
	short := notesImage(t, p)
	if w := short.Bounds().Dx(); w < 390 || w > 401 {
		t.Fatalf("notes drawn %d px wide in a 400-wide pane", w)
	}
	if n := ink(short); n < 200 {
		t.Fatalf("one line of notes has %d pixels of ink", n)
	}
	if c := color.RGBAModel.Convert(short.At(0, 0)); c != color.RGBAModel.Convert(colPanel) {
		t.Fatalf("notes background %v, want the panel's %v", c, colPanel)
	}
	p.show(1, 1, strings.Repeat("Tell the story of the first offline talk.\n", 20), 0)
	long := notesImage(t, p)
	if long.Bounds().Dy() < 8*short.Bounds().Dy() || ink(long) < 10*ink(short) {
		t.Fatalf("twenty lines: %v with %d ink; one line: %v with %d", long.Bounds(), ink(long), short.Bounds(), ink(short))
	}
	if min := p.scroll.Content.MinSize(); min.Height < float32(long.Bounds().Dy())-1 || min.Height <= p.scroll.Size().Height {
		t.Fatalf("scroll content %v for a %v image in a %v pane", min, long.Bounds(), p.scroll.Size())
	}
}

// A narrower pane wraps the same notes into more lines; the pane redraws
// at its new width.
func TestNotesPaneFollowsItsWidth(t *testing.T) {
	p := newTestNotes(t)
	p.show(1, 1, strings.Repeat("words to wrap ", 40), 0)
	wide := notesImage(t, p)
	p.Resize(fyne.NewSize(200, 300))
	narrow := notesImage(t, p)
	if narrow.Bounds().Dx() > 201 || narrow.Bounds().Dy() <= wide.Bounds().Dy() {
		t.Fatalf("200 wide: %v; 400 wide: %v", narrow.Bounds(), wide.Bounds())
	}
}

// Clock ticks show the same notes again: nothing is drawn. Going back to a
// slide takes its drawing from the cache.
func TestNotesPaneRedrawsOnlyOnChange(t *testing.T) {
	p := newTestNotes(t)
	p.show(1, 1, "First slide's notes.", 0)
	first := notesImage(t, p)
	p.show(1, 1, "First slide's notes.", 0)
	p.Refresh()
	if notesImage(t, p) != first {
		t.Fatal("the same notes were drawn again")
	}
	p.show(2, 1, "Second slide's notes.", 0)
	if notesImage(t, p) == first {
		t.Fatal("the next slide's notes were not drawn")
	}
	p.show(1, 1, "First slide's notes.", 0)
	if notesImage(t, p) != first {
		t.Fatal("going back drew the first slide's notes again instead of taking them from the cache")
	}
}

// The speaker's lines stay lines (pdfpc and Keynote keep them).
func TestNotesKeepTheirLines(t *testing.T) {
	got := console.KeepLineBreaks("Welcome.\nAsk a question.\n\n```\na\nb\n```")
	want := "Welcome.\n\nAsk a question.\n\n```\na\nb\n```"
	if got != want {
		t.Fatalf("keepLineBreaks = %q, want %q", got, want)
	}
	p, _ := newTestPresenter(t, "talk.md")
	welcome, ask := opHolding(t, p.view.notes.page, "Welcome"), opHolding(t, p.view.notes.page, "Ask")
	if ask.Y <= welcome.Y {
		t.Fatalf("slide 1's two note lines are on one line (%g, %g)", welcome.Y, ask.Y)
	}
}

// + and - scale the notes text: bigger text wraps into a taller drawing.
func TestNotesFontGrowsAndShrinks(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	base := notesImage(t, p.view.notes).Bounds()
	baseSize := opHolding(t, p.view.notes.page, "Welcome").Size
	typeRune(p.window, '+')
	typeRune(p.window, '+')
	bigger := notesImage(t, p.view.notes).Bounds()
	if size := opHolding(t, p.view.notes.page, "Welcome").Size; size < 1.3*baseSize {
		t.Fatalf("notes text %g after ++, was %g", size, baseSize)
	}
	if bigger.Dx() != base.Dx() || bigger.Dy() <= base.Dy() {
		t.Fatalf("notes drawing %v after ++, was %v", bigger, base)
	}
	for i := 0; i < 4; i++ {
		typeRune(p.window, '-')
	}
	if size := opHolding(t, p.view.notes.page, "Welcome").Size; size >= baseSize {
		t.Fatalf("notes text %g after ++----, want below %g", size, baseSize)
	}
	if smaller := notesImage(t, p.view.notes).Bounds(); smaller.Dy() >= base.Dy() {
		t.Fatalf("notes drawing %v after ++----, was %v", smaller, base)
	}
}

// Notes in Hindi and Arabic are shaped by the slides' engine in the
// presenter, and show; a slide without notes says so.
func TestPresenterNotesInEveryScript(t *testing.T) {
	fontstest.Need(t, "नमस्ते", "مرحبا")
	p, _ := newTestPresenter(t, "notes-scripts.md")
	page := p.view.notes.page
	hi, ar := opHolding(t, page, "नमस्ते"), opHolding(t, page, "مرحبا")
	if hi.Font < fonts.Embedded || len(hi.Glyphs) == 0 || !ar.RTL || len(ar.Glyphs) == 0 {
		t.Fatalf("Hindi %q in %s, Arabic %q RTL %v", hi.Text, fonts.Name(hi.Font), ar.Text, ar.RTL)
	}
	img := notesImage(t, p.view.notes)
	scale := float64(img.Bounds().Dx()) / page.W
	row := image.Rect(int(hi.X*scale), int((hi.Y-hi.Size)*scale), int((hi.X+hi.Size*3)*scale), int(hi.Y*scale))
	if n := ink(cropOf(img, row)); n < 20 {
		t.Fatalf("%d pixels of ink where नमस्ते is drawn", n)
	}
	press(p.window, fyne.KeyPageDown)
	press(p.window, fyne.KeyPageDown)
	if !strings.Contains(p.view.notes.md, "No notes") || ink(notesImage(t, p.view.notes)) < 100 {
		t.Fatalf("a slide without notes shows %q", p.view.notes.md)
	}
}

func opHolding(t *testing.T, p *layout.Page, s string) layout.Text {
	t.Helper()
	if p == nil {
		t.Fatal("no notes laid out")
	}
	for _, op := range p.Ops {
		if x, ok := op.(layout.Text); ok && strings.Contains(x.Text, s) {
			return x
		}
	}
	t.Fatalf("the notes hold no text op with %q", s)
	return layout.Text{}
}

func cropOf(img image.Image, r image.Rectangle) image.Image {
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			out.Set(x, y, img.At(r.Min.X+x, r.Min.Y+y))
		}
	}
	return out
}
