package ui

import (
	"image"
	"math"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/raster"
)

// shownRGBA is the image a view's canvas.Image holds, as RGBA.
func shownRGBA(t *testing.T, v *slideView) *image.RGBA {
	t.Helper()
	img, ok := v.img.Image.(*image.RGBA)
	if !ok || !v.img.Visible() {
		t.Fatalf("view shows %T (visible %v), want a raster image", v.img.Image, v.img.Visible())
	}
	return img
}

// TestMarkdownViewShowsTheRasterPixels: the audience view of a Markdown
// deck shows raster.Draw of the slide at the letterbox's pixel width, at
// exactly its pixel size and centred, so the screen is the PNG.
func TestMarkdownViewShowsTheRasterPixels(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	p.audience.Resize(fyne.NewSize(1000, 700)) // letterboxed top and bottom
	p.do(show.GoTo(2))
	v := p.audienceView
	got := shownRGBA(t, v)
	page, err := p.src().page(2, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := raster.Draw(page, 1000)
	if got.Rect != want.Rect {
		t.Fatalf("view shows %v, want %v", got.Rect, want.Rect)
	}
	for i := range want.Pix {
		if got.Pix[i] != want.Pix[i] {
			t.Fatalf("view's pixel byte %d is %d, raster.Draw's %d", i, got.Pix[i], want.Pix[i])
		}
	}
	if sz := v.img.Size(); sz.Width != 1000 || sz.Height != float32(want.Rect.Dy()) {
		t.Fatalf("image shown at %v, want its pixel size 1000x%d", sz, want.Rect.Dy())
	}
	// Centred, on a whole pixel: 68.5 would make the GPU blend rows.
	if top, centre := v.img.Position().Y, (v.Size().Height-float32(want.Rect.Dy()))/2; top != float32(math.Round(float64(centre))) {
		t.Fatalf("image top at %v, want %v (centred in a view %v high) rounded", top, centre, v.Size().Height)
	}
}

// TestMarkdownNeighboursArePrepared: after a move, the next and previous
// slides at the audience's width are drawn in the background, so the next
// press finds them in the cache.
func TestMarkdownNeighboursArePrepared(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	p.do(show.GoTo(4))
	src := p.src()
	px := int(p.audienceView.lastBox.Size.Width)
	deadline := time.Now().Add(10 * time.Second)
	for _, k := range [][2]int{{5, 1}, {3, p.deck().Slide(3).Steps}} {
		for {
			if _, ok := src.pix.Cached(k, px); ok {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("slide %d step %d never prepared at %d px", k[0], k[1], px)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// TestZoomShowsTheRegionDrawnSharp: a zoom on a Markdown slide shows the
// region drawn again at the zoomed scale (not the slide's pixels stretched),
// filling the letterbox, and leaves the cache without the big image.
func TestZoomShowsTheRegionDrawnSharp(t *testing.T) {
	p, _ := newTestPresenter(t, "talk.md")
	p.do(show.GoTo(2))
	v := p.audienceView
	z := console.Rect{X0: 0.25, Y0: 0.25, X1: 0.75, Y1: 0.75}
	v.SetMarks(console.Marks{Zoom: z})
	got := shownRGBA(t, v)
	page, _ := p.src().page(2, 1)
	want := crop(raster.Draw(page, 2*960), z)
	if got.Rect != want.Bounds() {
		t.Fatalf("zoom shows %v, want %v", got.Rect, want.Bounds())
	}
	for i := range got.Pix {
		if got.Pix[i] != want.(*image.RGBA).Pix[i] {
			t.Fatalf("zoomed pixel byte %d differs from the slide drawn at twice the width", i)
		}
	}
	if sz := v.img.Size(); sz != v.lastBox.Size {
		t.Fatalf("zoom shown at %v, want the letterbox %v", sz, v.lastBox.Size)
	}
	if _, kept := p.src().pix.Cached([2]int{2, 1}, 2*960); kept {
		t.Fatal("the zoom's whole-slide image was kept in the cache")
	}
	v.SetMarks(console.Marks{})
	if got := shownRGBA(t, v); got.Rect.Dx() != 960 {
		t.Fatalf("after the zoom the view shows %d px wide, want 960", got.Rect.Dx())
	}
}

// TestSlidesDrawConcurrently: the cache's worker, the views and the
// overview's thumbnails draw Markdown slides at the same time (run with
// -race); each caller gets the slide at the width it asked for.
func TestSlidesDrawConcurrently(t *testing.T) {
	d, err := talk.Open(testDeck(t, "talk.md"), Config{}.Source)
	if err != nil {
		t.Fatal(err)
	}
	src, err := newSlides(d)
	if err != nil {
		t.Fatal(err)
	}
	defer src.close()
	var wg sync.WaitGroup
	for _, w := range []int{320, 640, 960} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 1; n <= len(d.Slides); n++ {
				src.prepare(n, 1, w+1)
				img, err := src.image(n, 1, w)
				if err != nil {
					t.Errorf("slide %d: %v", n, err)
					return
				}
				if img.Bounds().Dx() != w {
					t.Errorf("slide %d drawn %d px wide, want %d", n, img.Bounds().Dx(), w)
				}
			}
		}()
	}
	wg.Wait()
}
