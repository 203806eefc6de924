package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
)

// testDeck copies a deck from testdata/decks (with its images) into a temp dir.
func testDeck(t *testing.T, name string) string {
	return testDeckB(t, name)
}

func testDeckB(t testing.TB, name string) string {
	t.Helper()
	src := filepath.Join("..", "testdata", "decks")
	dst := t.TempDir()
	for _, f := range []string{name, "talk.pdfpc", "images/venue.png", "images/chart.png"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			continue
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dst, f)), 0o755)
		if err := os.WriteFile(filepath.Join(dst, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dst, name)
}

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time       { return c.t }
func (c *fakeClock) add(d time.Duration)  { c.t = c.t.Add(d) }
func newFakeClock() *fakeClock            { return &fakeClock{time.Date(2026, 11, 25, 14, 0, 0, 0, time.Local)} }
func press(w fyne.Window, k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
func typeRune(w fyne.Window, r rune)      { w.Canvas().OnTypedRune()(r) }

func newTestPresenter(t *testing.T, deckName string) (*presenter, *fakeClock) {
	t.Helper()
	t.Setenv(session.EnvDir, t.TempDir())
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newStageTheme())
	clock := newFakeClock()
	p, err := newPresenter(a, Config{}, testDeck(t, deckName), clock.now)
	if err != nil {
		t.Fatal(err)
	}
	p.onQuit = func() {}
	p.window.Resize(fyne.NewSize(1280, 800))
	p.audience.Resize(fyne.NewSize(960, 540))
	t.Cleanup(func() { p.ctl.Close() })
	return p, clock
}

func TestPageDownAndPageUpChangeTheSlide(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	if !strings.HasSuffix(p.window.Title(), "· 1/9") {
		t.Fatalf("title %q, want it to end in 1/9", p.window.Title())
	}
	for i := 0; i < 3; i++ {
		press(p.window, fyne.KeyPageDown)
	}
	if p.ctl.State().Slide != 4 {
		t.Fatalf("after 3 × PageDown on slide %d, want 4", p.ctl.State().Slide)
	}
	if want := "Lectern · Presenter · Talks that fit · 4/9"; p.window.Title() != want {
		t.Fatalf("title %q, want %q", p.window.Title(), want)
	}
	press(p.audience, fyne.KeyPageUp) // keys work from the audience window too
	if p.ctl.State().Slide != 3 || !strings.HasSuffix(p.window.Title(), "3/9") {
		t.Fatalf("after PageUp: slide %d, title %q", p.ctl.State().Slide, p.window.Title())
	}
}

func TestPresenterLayout(t *testing.T) {
	p, clock := newTestPresenter(t, "talk.md")
	v := p.view
	cur, next := v.current.Size(), v.next.Size()
	if cur.Width < 1.8*next.Width || cur.Height < 1.5*next.Height {
		t.Fatalf("current slide %v should be much larger than the next %v", cur, next)
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	if abs(v.current).X >= abs(v.next).X {
		t.Fatal("the current slide should be left of the next one")
	}
	if !strings.Contains(v.notes.md, "Introduce yourself") {
		t.Fatalf("notes show %q", v.notes.md)
	}
	if v.clock.Text != "30:00" || v.position.Text != "1/9" {
		t.Fatalf("clock %q position %q", v.clock.Text, v.position.Text)
	}
	if v.nextCap.Text != "Next: slide 2" {
		t.Fatalf("next caption %q", v.nextCap.Text)
	}
	// Leaving slide 1 starts the clock; time passes; the part is named.
	press(p.window, fyne.KeyRight)
	clock.add(90 * time.Second)
	p.tick()
	if v.clock.Text != "28:30" {
		t.Fatalf("clock after 90 s = %q, want 28:30", v.clock.Text)
	}
	if !strings.Contains(v.part.Text, "Why offline") {
		t.Fatalf("part line %q", v.part.Text)
	}
	img := p.window.Canvas().Capture()
	if distinct(img) < 10 {
		t.Fatal("the presenter window looks blank")
	}
}

func TestClockTurnsAmberThenRed(t *testing.T) {
	p, clock := newTestPresenter(t, "talk.md")
	press(p.window, fyne.KeyRight)
	clock.add(26 * time.Minute) // 4 minutes left, warn at 5
	p.tick()
	if p.view.clock.Color != colWarn {
		t.Fatalf("clock colour with 4 min left = %v, want amber", p.view.clock.Color)
	}
	clock.add(5 * time.Minute)
	p.tick()
	if p.view.clock.Color != colOver || !strings.HasPrefix(p.view.clock.Text, "-") {
		t.Fatalf("over time: %q %v, want red and negative", p.view.clock.Text, p.view.clock.Color)
	}
}

func TestBlankFreezeAndNumberJump(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	typeRune(p.window, 'b')
	if _, _, blank := p.ctl.State().Audience(); blank != show.BlackScreen || p.audienceView.blank != show.BlackScreen {
		t.Fatal("b did not blank the audience view")
	}
	typeRune(p.window, 'b')
	typeRune(p.window, 'f')
	typeRune(p.window, '7')
	press(p.window, fyne.KeyReturn)
	if p.ctl.State().Slide != 7 {
		t.Fatalf("7 Enter went to slide %d", p.ctl.State().Slide)
	}
	if p.audienceView.n != 1 {
		t.Fatalf("frozen audience shows slide %d, want 1", p.audienceView.n)
	}
	typeRune(p.window, 'f')
	if p.audienceView.n != 7 {
		t.Fatalf("unfrozen audience shows slide %d, want 7", p.audienceView.n)
	}
}

func TestOverviewPicksASlide(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	press(p.window, fyne.KeyTab)
	if !p.ctl.State().Overview || !p.view.overview.root.Visible() {
		t.Fatal("Tab did not open the overview")
	}
	press(p.window, fyne.KeyRight)
	press(p.window, fyne.KeyRight)
	press(p.window, fyne.KeyReturn)
	if p.ctl.State().Overview || p.ctl.State().Slide != 3 {
		t.Fatalf("overview pick: overview %v slide %d, want closed on 3", p.ctl.State().Overview, p.ctl.State().Slide)
	}
}

func TestBadReloadKeepsTheOldDeck(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	press(p.window, fyne.KeyPageDown)
	os.WriteFile(p.ctl.Path(), []byte("---\ntitle: [unclosed\n---\n# x\n"), 0o644)
	p.reload()
	if p.deck().Meta.Title != "Talks that fit" || p.ctl.State().Slide != 2 {
		t.Fatalf("after a bad reload: title %q slide %d", p.deck().Meta.Title, p.ctl.State().Slide)
	}
	if txt := p.view.status.Text; !strings.Contains(txt, "Reload failed") {
		t.Fatalf("status %q", txt)
	}
	os.WriteFile(p.ctl.Path(), []byte("# One\n\n---\n\n# Two\n\n---\n\n# Three\n"), 0o644)
	p.reload()
	if txt := p.view.status.Text; strings.Contains(txt, "Reload failed") || p.ctl.State().NumSlides() != 3 || p.ctl.State().Slide != 2 {
		t.Fatalf("after a good reload: status %q slides %d slide %d", txt, p.ctl.State().NumSlides(), p.ctl.State().Slide)
	}
}
