package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/session"
)

// The presenter opens a PDF with the titles of its first pages only and
// reads the others once both windows show, into the deck on screen.
func TestLateTitlesFilledInAfterTheWindowsShow(t *testing.T) {
	t.Setenv(session.EnvDir, t.TempDir())
	a := test.NewTempApp(t)
	p, err := openPresenter(a, Config{}, testDeck(t, "talk.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	p.onQuit = func() {}
	t.Cleanup(func() { p.watch.close(); p.ctl.Close() })
	d := p.deck()
	if got := d.Slides[2].Title; got != "" {
		t.Fatalf("slide 3 is titled %q before the windows show: its page text was read at open", got)
	}
	if got := d.Slides[0].Title; got != "Talks that fit" {
		t.Fatalf("slide 1 is titled %q at open, want %q", got, "Talks that fit")
	}
	got := make(chan []string, 1)
	p.lateTitled = func() {
		var titles []string
		for _, s := range d.Slides {
			titles = append(titles, s.Title)
		}
		got <- titles
	}
	p.showAudience()
	select {
	case titles := <-got:
		if titles[2] != "What a speaker needs" || titles[8] != "Thank you" {
			t.Errorf("late titles %q: want slide 3 %q and slide 9 %q", titles, "What a speaker needs", "Thank you")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the late titles were not filled in within 10 s")
	}
}
