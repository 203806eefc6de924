package ui

import (
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/lectern-app/lectern/render/anim"
	"github.com/lectern-app/lectern/render/layout"
)

// gifFrameTick is how often a playing GIF checks whether its frame changed.
const gifFrameTick = 20 * time.Millisecond

// gifLayer plays the animated GIFs of the slide a view shows, each over the
// spot where the raster drew its first frame (so the still slide, the PNG
// and the PDF keep frame 1, and the screen moves). It plays while the view
// shows that slide step unzoomed, and stops when it moves on.
type gifLayer struct {
	root  *fyne.Container
	key   [3]int // slide, step, letterbox width the players were placed for
	items []gifItem
	start time.Time
	now   func() time.Time

	mu   sync.Mutex
	stop chan struct{}
	done chan struct{} // closed when play's goroutine has returned
}

type gifItem struct {
	a     *anim.Animation
	img   *canvas.Image
	frame int
	rect  [4]float64 // x, y, w, h in slide units
}

func newGIFLayer() *gifLayer {
	return &gifLayer{root: fyne.NewContainerWithoutLayout(), now: time.Now}
}

// show places the players of page (slide n, step) in the letterbox b; nil
// page or a zoomed view: none.
func (g *gifLayer) show(page *layout.Page, n, step int, b box) {
	if page == nil {
		g.clear()
		return
	}
	key := [3]int{n, step, int(b.Size.Width)}
	if key != g.key || g.items == nil {
		g.clear()
		g.key = key
		for _, pic := range gifPictures(page) {
			a, err := anim.Load(pic.Path)
			if err != nil || a == nil {
				continue // a still GIF: the slide already shows it
			}
			img := canvas.NewImageFromImage(a.Frames[0])
			img.FillMode = canvas.ImageFillStretch
			img.ScaleMode = canvas.ImageScaleSmooth
			g.items = append(g.items, gifItem{a: a, img: img, rect: [4]float64{pic.X, pic.Y, pic.W, pic.H}})
			g.root.Add(img)
		}
		g.start = g.now()
		if len(g.items) > 0 {
			g.play()
		}
	}
	k := float64(b.Size.Width) / page.W
	for _, it := range g.items {
		it.img.Move(fyne.NewPos(b.Pos.X+float32(it.rect[0]*k), b.Pos.Y+float32(it.rect[1]*k)))
		it.img.Resize(fyne.NewSize(float32(it.rect[2]*k), float32(it.rect[3]*k)))
	}
	g.root.Show()
}

// gifPictures are the GIF files a page shows.
func gifPictures(page *layout.Page) []layout.Picture {
	var pics []layout.Picture
	for _, op := range page.Ops {
		if pic, ok := op.(layout.Picture); ok && pic.Path != "" && strings.EqualFold(filepath.Ext(pic.Source), ".gif") {
			pics = append(pics, pic)
		}
	}
	return pics
}

// preloadGIFs decodes a page's animated GIFs into anim's cache. Slides call
// it when they draw a page, mostly on the background worker preparing the
// next slide, so showing that slide does not decode frames on the UI
// goroutine (a big GIF takes hundreds of milliseconds).
func preloadGIFs(page *layout.Page) {
	for _, pic := range gifPictures(page) {
		anim.Load(pic.Path) // an error is shown as the still picture, and reported by check
	}
}

// advance shows each GIF's frame for the time since the slide appeared;
// it reports whether any frame changed.
func (g *gifLayer) advance() bool {
	t := g.now().Sub(g.start)
	changed := false
	for i := range g.items {
		it := &g.items[i]
		if f := it.a.FrameAt(t); f != it.frame {
			it.frame = f
			it.img.Image = it.a.Frames[f]
			it.img.Refresh()
			changed = true
		}
	}
	return changed
}

// play ticks advance on the UI goroutine until clear.
func (g *gifLayer) play() {
	g.mu.Lock()
	stop, done := make(chan struct{}), make(chan struct{})
	g.stop, g.done = stop, done
	g.mu.Unlock()
	go func() {
		defer close(done)
		t := time.NewTicker(gifFrameTick)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				fyne.Do(func() {
					select {
					case <-stop:
					default:
						g.advance()
					}
				})
			}
		}
	}()
}

// stopTicker ends play's goroutine and waits for it (fyne.Do only queues
// work for the UI goroutine, so it cannot be waiting on us); the players
// stay where they are.
func (g *gifLayer) stopTicker() {
	g.mu.Lock()
	stop, done := g.stop, g.done
	g.stop, g.done = nil, nil
	g.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

// clear stops and removes every player.
func (g *gifLayer) clear() {
	g.stopTicker()
	g.items = nil
	g.key = [3]int{}
	g.root.RemoveAll()
	g.root.Hide()
}
