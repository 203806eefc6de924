package ui

import (
	"image/color"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/anim"
)

// gifPresenter presents a deck whose slide 1 shows testdata's spinner.gif
// (red, green, blue, yellow, 200 ms each).
func gifPresenter(t *testing.T) (*presenter, *fakeClock) {
	t.Helper()
	t.Setenv(session.EnvDir, t.TempDir())
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "media", "spinner.gif"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "spinner.gif"), data, 0o644)
	deck := filepath.Join(dir, "talk.md")
	os.WriteFile(deck, []byte("# Spinning\n\n![spinner](spinner.gif)\n\n---\n\n# Still\n"), 0o644)
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newStageTheme())
	clock := newFakeClock()
	p, err := newPresenter(a, Config{}, deck, clock.now)
	if err != nil {
		t.Fatal(err)
	}
	p.onQuit = func() {}
	p.window.Resize(fyne.NewSize(1280, 800))
	p.audience.Resize(fyne.NewSize(960, 540))
	t.Cleanup(func() { p.ctl.Close() })
	return p, clock
}

func TestAnimatedGIFPlaysOverItsPicture(t *testing.T) {
	p, _ := gifPresenter(t)
	v := p.audienceView
	v.Refresh()
	g := v.gifs
	if len(g.items) != 1 || !g.root.Visible() {
		t.Fatalf("%d players (visible %v), want one", len(g.items), g.root.Visible())
	}
	it := g.items[0]
	// the player sits where the layout put the picture, scaled to the view
	page, _ := p.src().page(1, 1)
	k := float64(v.lastBox.Size.Width) / page.W
	if pos := it.img.Position(); abs32(pos.X-v.lastBox.Pos.X-float32(it.rect[0]*k)) > 1 || it.img.Size().Width < 50 {
		t.Errorf("player at %v size %v", pos, it.img.Size())
	}
	g.stopTicker() // the test driver runs fyne.Do on the ticker's goroutine: step by hand
	at := time.Unix(0, 0)
	g.now = func() time.Time { return at }
	g.start = at
	colour := func() color.RGBA { return g.items[0].img.Image.(interface{ RGBAAt(x, y int) color.RGBA }).RGBAAt(5, 5) }
	g.advance()
	if c := colour(); c.R != 255 || c.G != 0 {
		t.Errorf("frame at 0 ms %v, want red", c)
	}
	at = at.Add(450 * time.Millisecond)
	if !g.advance() {
		t.Fatal("no frame change after 450 ms")
	}
	if c := colour(); c.B != 255 || c.R != 0 {
		t.Errorf("frame at 450 ms %v, want blue (the third)", c)
	}
	// moving on stops it; a zoom hides it
	p.do(show.NextSlide)
	if len(g.items) != 0 || g.stop != nil {
		t.Errorf("players left on a slide without GIFs: %d", len(g.items))
	}
}

// The next slide's GIF frames are decoded while that slide is prepared in
// the background, not on the UI goroutine when the speaker moves to it.
func TestNextSlidesGIFIsDecodedWhilePrepared(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "media", "spinner.gif"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "next.gif"), data, 0o644)
	path := filepath.Join(dir, "talk.md")
	os.WriteFile(path, []byte("# Still\n\n---\n\n# Spinning\n\n![spinner](next.gif)\n"), 0o644)
	d, err := talk.Open(path, Config{}.Source)
	if err != nil {
		t.Fatal(err)
	}
	src, err := newSlides(d)
	if err != nil {
		t.Fatal(err)
	}
	defer src.close()
	page, err := src.page(2, 1)
	if err != nil {
		t.Fatal(err)
	}
	pics := gifPictures(page)
	if len(pics) != 1 {
		t.Fatalf("slide 2 shows %d GIFs, want 1", len(pics))
	}
	if anim.Cached(pics[0].Path) {
		t.Fatal("the GIF was decoded before any slide was drawn")
	}
	src.prepare(1, 1, 640) // slide 1 on screen: slide 2 is prepared
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, ok := src.pix.Cached([2]int{2, 1}, 640); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("slide 2 was never prepared")
		}
	}
	if !anim.Cached(pics[0].Path) {
		t.Error("slide 2 is prepared but its GIF's frames are not: showing it decodes them on the UI goroutine")
	}
}
