package pdf

import (
	"errors"
	"fmt"
	"html"
	"image"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// fakeDoc is a Document made of positioned lines.
type fakeDoc struct {
	w, h    float64
	pages   [][]pdfdoc.Line
	outline []pdfdoc.OutlineItem
	meta    map[string]string
	broken  map[int]bool // pages whose text cannot be read
}

func (f *fakeDoc) NumPages() int { return len(f.pages) }
func (f *fakeDoc) PageSize(int) (float64, float64, error) {
	return f.w, f.h, nil
}
func (f *fakeDoc) Render(p, w int) (*image.RGBA, error) { return f.RenderRegion(p, pdfdoc.Whole, w) }
func (f *fakeDoc) RenderRegion(int, pdfdoc.Region, int) (*image.RGBA, error) {
	return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
}
func (f *fakeDoc) Outline() ([]pdfdoc.OutlineItem, error) { return f.outline, nil }
func (f *fakeDoc) Metadata() map[string]string            { return f.meta }
func (f *fakeDoc) Close() error                           { return nil }
func (f *fakeDoc) Text(p int) (string, error) {
	if f.broken[p] {
		return "", errors.New("cannot run page contents")
	}
	var lines []string
	for _, l := range f.pages[p-1] {
		lines = append(lines, l.Text)
	}
	return strings.Join(lines, "\n"), nil
}
func (f *fakeDoc) Links(int) ([]string, error) { return nil, nil }
func (f *fakeDoc) HTML(p int) (string, error) {
	if f.broken[p] {
		return "", errors.New("cannot run page contents")
	}
	var b strings.Builder
	for _, l := range f.pages[p-1] {
		fmt.Fprintf(&b, `<p style="top:%.1fpt;left:%.1fpt;line-height:%.1fpt"><span style="font-size:%.1fpt">%s</span></p>`+"\n",
			l.Top, l.Left, l.Height, l.Size, html.EscapeString(l.Text))
	}
	return b.String(), nil
}

func line(top, left, size float64, text string) pdfdoc.Line {
	return pdfdoc.Line{Top: top, Left: left, Height: size, Size: size, Text: text}
}

func TestBuildPerSlideOutline(t *testing.T) {
	// Exporters such as Keynote bookmark every slide: those are titles,
	// and there are no sections.
	doc := &fakeDoc{w: 1024, h: 768, meta: map[string]string{"title": "Deck"}}
	for i := 1; i <= 5; i++ {
		doc.pages = append(doc.pages, []pdfdoc.Line{line(40, 40, 30, fmt.Sprintf("Text title %d", i))})
		doc.outline = append(doc.outline, pdfdoc.OutlineItem{Level: 1, Title: fmt.Sprintf("Bookmark %d", i), Page: i})
	}
	d, err := Build("", doc, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Slides[2].Title != "Bookmark 3" || len(d.Parts) != 1 || d.Parts[0].Title != "Deck" || d.Meta.Aspect != 4.0/3 {
		t.Errorf("title %q, parts %+v, aspect %v", d.Slides[2].Title, d.Parts, d.Meta.Aspect)
	}
}

func TestBuildSectionsAndSubsections(t *testing.T) {
	doc := &fakeDoc{w: 960, h: 540, meta: map[string]string{}}
	texts := []string{"Welcome", "Intro", "Why", "Results", "Table", "End"}
	for _, s := range texts {
		// A running header repeating the section name comes first.
		doc.pages = append(doc.pages, []pdfdoc.Line{line(5, 5, 10, "Intro"), line(5, 300, 10, "3 / 6"), line(40, 40, 30, s)})
	}
	doc.outline = []pdfdoc.OutlineItem{
		{Level: 1, Title: "Intro", Page: 2},
		{Level: 2, Title: "Motivation", Page: 3},
		{Level: 3, Title: "Why, in detail", Page: 3},
		{Level: 1, Title: "Results", Page: 4},
		{Level: 1, Title: "Nowhere", Page: 0},
		{Level: 1, Title: "Backup", Page: 6},
	}
	d, err := Build("", doc, []string{"1", "2", "3", "4", "4", "5"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Welcome", "Intro", "Why, in detail", "Results", "End"}
	if got := titles(d); !reflect.DeepEqual(got, want) {
		t.Errorf("titles = %q, want %q", got, want)
	}
	checkParts(t, d, []partWant{{"Intro", 1, 3}, {"Results", 4, 4}, {"Backup", 5, 5}})
	// No metadata title: the first page's first line.
	if d.Meta.Title != "Welcome" {
		t.Errorf("meta title %q", d.Meta.Title)
	}
}

// notesPage is a Beamer double page: slide above or beside, notes page
// with its header (date, titles, miniature) and the notes below it.
func notesPage(side deck.NotesSide, w, h float64, title, note string) []pdfdoc.Line {
	ox, oy := 0.0, 0.0 // origin of the notes half
	sx, sy := 0.0, 0.0 // origin of the slide half
	hw, hh := w, h
	switch side {
	case deck.NotesRight:
		ox, hw = w/2, w/2
	case deck.NotesLeft:
		sx, hw = w/2, w/2
	case deck.NotesBottom:
		oy, hh = h/2, h/2
	}
	return []pdfdoc.Line{
		line(sy+8, sx+8, 14, title),
		line(sy+100, sx+30, 11, "A bullet on the slide"),
		line(sy+hh-8, sx+60, 6, "A. Speaker"),
		line(oy+2, ox+hw*0.75, 3.6, title), // miniature
		line(oy+25, ox+hw*0.78, 2.7, "A bullet on the slide"),
		line(oy+hh*0.19, ox+16, 9, "2026-11-25"),
		line(oy+4, ox+28, 10, "My talk"),
		line(oy+40, ox+70, 10, title),
		line(oy+hh*0.28, ox+28, 10, note),
		line(oy+hh*0.28+12, ox+28, 10, "second line"),
		line(oy+hh*0.28+40, ox+28, 10, "new paragraph"),
	}
}

func TestBuildNotesSides(t *testing.T) {
	cases := []struct {
		side deck.NotesSide
		w, h float64
	}{
		{deck.NotesRight, 907, 255},
		{deck.NotesLeft, 907, 255},
		{deck.NotesBottom, 454, 510},
		{deck.NotesRight, 683, 256}, // 4:3 slides side by side
	}
	for _, c := range cases {
		doc := &fakeDoc{w: c.w, h: c.h, meta: map[string]string{}}
		for i, title := range []string{"First", "Second", "Second", "Third"} {
			note := "Say " + title
			if i == 3 {
				note = "Closing"
			}
			doc.pages = append(doc.pages, notesPage(c.side, c.w, c.h, title, note))
		}
		d, err := Build("", doc, []string{"1", "2", "2", "3"}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.NotesSide != c.side {
			t.Errorf("%s %vx%v: detected %q", c.side, c.w, c.h, d.NotesSide)
			continue
		}
		if got := d.Slides[1].Notes; got != "Say Second\nsecond line\n\nnew paragraph" {
			t.Errorf("%s: notes = %q", c.side, got)
		}
		if got := titles(d); !reflect.DeepEqual(got, []string{"First", "Second", "Third"}) {
			t.Errorf("%s: titles = %q", c.side, got)
		}
	}
}

func TestBuildPortraitIsNotNotes(t *testing.T) {
	// An A4 page of text: tall like a notes page, but no notes header.
	doc := &fakeDoc{w: 595, h: 842, meta: map[string]string{}}
	doc.pages = [][]pdfdoc.Line{{line(60, 60, 18, "A paper"), line(500, 60, 10, "Lower text")}}
	d, err := Build("", doc, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.NotesSide != deck.NotesNone || d.Slides[0].Notes != "" || d.Slides[0].Title != "A paper" {
		t.Errorf("side %q, notes %q, title %q", d.NotesSide, d.Slides[0].Notes, d.Slides[0].Title)
	}
	if d.Meta.Aspect < 0.7 || d.Meta.Aspect > 0.71 {
		t.Errorf("aspect = %v", d.Meta.Aspect)
	}
}

func TestBuildUnreadablePages(t *testing.T) {
	doc := &fakeDoc{w: 960, h: 540, meta: map[string]string{}, broken: map[int]bool{2: true}}
	doc.pages = [][]pdfdoc.Line{{line(10, 10, 20, "One")}, {line(10, 10, 20, "Two")}, {line(10, 10, 20, "Three")}}
	d, err := Build("", doc, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Slides) != 3 || d.Slides[1].Title != "" || d.Slides[2].Title != "Three" {
		t.Errorf("titles = %q", titles(d))
	}
	if len(d.Problems) != 1 || d.Problems[0].Kind != "pdf-text" || !strings.Contains(d.Problems[0].Message, "1 page") {
		t.Errorf("problems = %+v", d.Problems)
	}
	// A document without pages is an error, not an empty deck.
	if _, err := Build("x.pdf", &fakeDoc{w: 1, h: 1}, nil, Options{}); !errors.Is(err, pdfdoc.ErrNoPages) {
		t.Errorf("no pages: %v", err)
	}
}

func TestPickTitleAndShorten(t *testing.T) {
	skip := map[string]bool{"intro": true}
	if got := pickTitle([]string{"Intro", "12", "2024-01-02", "  Real   title "}, skip); got != "Real title" {
		t.Errorf("pickTitle = %q", got)
	}
	long := strings.Repeat("word ", 30)
	got := shorten(strings.TrimSpace(long), 80)
	if !strings.HasSuffix(got, "word…") || len([]rune(got)) > 80 {
		t.Errorf("shorten = %q", got)
	}
	if snapAspect(453.0/255) != 16.0/9 || snapAspect(2.0) != 2.0 {
		t.Error("snapAspect")
	}
}
