package pdf

import (
	"fmt"
	"reflect"
	"sort"
	"sync"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// countingDoc records which pages' text was read.
type countingDoc struct {
	*fakeDoc
	mu   sync.Mutex
	read []int
}

func (c *countingDoc) Text(p int) (string, error) {
	c.mu.Lock()
	c.read = append(c.read, p)
	c.mu.Unlock()
	return c.fakeDoc.Text(p)
}

func (c *countingDoc) pagesRead() []int {
	sort.Ints(c.read)
	return c.read
}

// TestBuildOutlineNamedPagesNotRead: a page an outline entry below the top
// level names gets its title from the entry, so its text is not read; the
// titles are those of TestBuildSectionsAndSubsections.
func TestBuildOutlineNamedPagesNotRead(t *testing.T) {
	doc := &fakeDoc{w: 960, h: 540, meta: map[string]string{}}
	for _, s := range []string{"Welcome", "Intro", "Why", "Results", "Table", "End"} {
		doc.pages = append(doc.pages, []pdfdoc.Line{line(5, 5, 10, "Intro"), line(40, 40, 30, s)})
	}
	doc.outline = []pdfdoc.OutlineItem{
		{Level: 1, Title: "Intro", Page: 2},
		{Level: 2, Title: "Motivation", Page: 3},
		{Level: 3, Title: "Why, in detail", Page: 3},
		{Level: 2, Title: "Numbers", Page: 5},
		{Level: 2, Title: "  ", Page: 6}, // blank: no title, the text is read
		{Level: 1, Title: "Results", Page: 4},
	}
	c := &countingDoc{fakeDoc: doc}
	d, err := Build("", c, []string{"1", "2", "3", "4", "4", "5"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Welcome", "Intro", "Why, in detail", "Numbers", "End"}; !reflect.DeepEqual(titles(d), want) {
		t.Errorf("titles = %q, want %q", titles(d), want)
	}
	if got, want := c.pagesRead(), []int{1, 2, 4, 6}; !reflect.DeepEqual(got, want) {
		t.Errorf("text read for pages %v, want %v", got, want)
	}
}

// TestTextTitlesLimit: with TextTitles, only the first pages' text is read;
// later untitled slides stay empty until LateTitles, which gives what a
// full Load gives without touching the deck.
func TestTextTitlesLimit(t *testing.T) {
	doc := &fakeDoc{w: 960, h: 540, meta: map[string]string{}}
	for i := 1; i <= 8; i++ {
		doc.pages = append(doc.pages, []pdfdoc.Line{line(40, 40, 30, fmt.Sprintf("Slide %d", i))})
	}
	doc.outline = []pdfdoc.OutlineItem{{Level: 1, Title: "Start", Page: 1}, {Level: 2, Title: "Named", Page: 7}}
	full, err := Build("", doc, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &countingDoc{fakeDoc: doc}
	d, err := Build("", c, nil, Options{TextTitles: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Slide 1", "Slide 2", "Slide 3", "", "", "", "Named", ""}
	if !reflect.DeepEqual(titles(d), want) {
		t.Errorf("titles = %q, want %q", titles(d), want)
	}
	if got := c.pagesRead(); !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("text read for pages %v", got)
	}
	d.PageCount = len(doc.pages)
	late, err := lateTitles(d, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(late, titles(full)) {
		t.Errorf("late titles %q, want %q", late, titles(full))
	}
	if d.Slides[4].Title != "" {
		t.Error("LateTitles changed the deck")
	}
}

func TestLateTitlesOfSamples(t *testing.T) {
	for _, name := range []string{"talk.pdf", "beamer.pdf", "beamer-notes.pdf", "deck200.pdf"} {
		full := load(t, testdata+name, Options{})
		d := load(t, testdata+name, Options{TextTitles: 2})
		if name == "deck200.pdf" && (d.Slides[1].Title != full.Slides[1].Title || d.Slides[199].Title != "") {
			t.Errorf("deck200: slide 2 %q, slide 200 %q before LateTitles", d.Slides[1].Title, d.Slides[199].Title)
		}
		if name == "beamer-notes.pdf" && (d.NotesSide != deck.NotesRight || !reflect.DeepEqual(titles(d), titles(full))) {
			t.Errorf("beamer-notes: notes pages are read whole, titles %q", titles(d))
		}
		late, err := LateTitles(d)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(late, titles(full)) {
			t.Errorf("%s: late titles %q, want %q", name, late, titles(full))
		}
		if !reflect.DeepEqual(pages(d), pages(full)) || d.NotesCount() != full.NotesCount() || d.Meta.Title != full.Meta.Title {
			t.Errorf("%s: TextTitles changed more than titles", name)
		}
	}
}
