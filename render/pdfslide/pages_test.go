package pdfslide

import (
	"fmt"
	"image"
	"sync"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// fakeDoc renders solid pages and counts renders; no MuPDF needed.
type fakeDoc struct {
	mu      sync.Mutex
	pages   int
	renders map[int]int
}

func (f *fakeDoc) NumPages() int                          { return f.pages }
func (f *fakeDoc) PageSize(int) (float64, float64, error) { return 960, 540, nil }
func (f *fakeDoc) Render(p, w int) (*image.RGBA, error)   { return f.RenderRegion(p, pdfdoc.Whole, w) }
func (f *fakeDoc) Outline() ([]pdfdoc.OutlineItem, error) { return nil, nil }
func (f *fakeDoc) Text(int) (string, error)               { return "", nil }
func (f *fakeDoc) HTML(int) (string, error)               { return "", nil }
func (f *fakeDoc) Links(int) ([]string, error)            { return nil, nil }
func (f *fakeDoc) Metadata() map[string]string            { return nil }
func (f *fakeDoc) Close() error                           { return nil }
func (f *fakeDoc) RenderRegion(p int, r pdfdoc.Region, w int) (*image.RGBA, error) {
	if p < 1 || p > f.pages {
		return nil, fmt.Errorf("page %d out of range", p)
	}
	f.mu.Lock()
	f.renders[p]++
	f.mu.Unlock()
	h := int(float64(w) * 9 / 16 * (r.Y1 - r.Y0) / (r.X1 - r.X0))
	return image.NewRGBA(image.Rect(0, 0, w, h)), nil
}

func (f *fakeDoc) count(p int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.renders[p]
}

func TestGetCachesAndPrepareRendersInBackground(t *testing.T) {
	doc := &fakeDoc{pages: 10, renders: map[int]int{}}
	p := New(doc, pdfdoc.Whole, 0)
	defer p.Close()
	ready := make(chan int, 4)
	p.OnReady(func(page, _ int) { ready <- page })

	if _, err := p.Get(1, 320); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Get(1, 320); err != nil {
		t.Fatal(err)
	}
	if doc.count(1) != 1 {
		t.Fatalf("page 1 rendered %d times, want 1", doc.count(1))
	}
	p.Prepare(320, 2, 3)
	for _, want := range []int{2, 3} {
		select {
		case got := <-ready:
			if got != want {
				t.Fatalf("prepared page %d, want %d", got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("background page never ready")
		}
	}
	if _, ok := p.Cached(3, 320); !ok {
		t.Fatal("prepared page not cached")
	}
	if _, ok := p.Cached(3, 640); ok {
		t.Fatal("page cached at a width never asked for")
	}
}

func TestCacheStaysWithinBudget(t *testing.T) {
	doc := &fakeDoc{pages: 50, renders: map[int]int{}}
	one := 320 * 180 * 4
	p := New(doc, pdfdoc.Whole, 5*one)
	defer p.Close()
	for pg := 1; pg <= 50; pg++ {
		if _, err := p.Get(pg, 320); err != nil {
			t.Fatal(err)
		}
	}
	if p.Len() != 5 || p.Bytes() > 5*one {
		t.Fatalf("cache holds %d pages, %d bytes; want 5 pages within %d", p.Len(), p.Bytes(), 5*one)
	}
	if _, ok := p.Cached(50, 320); !ok {
		t.Fatal("most recent page evicted")
	}
	if _, ok := p.Cached(1, 320); ok {
		t.Fatal("oldest page kept beyond the budget")
	}
}

func TestSlideRegionCropsBeamerNotes(t *testing.T) {
	doc := &fakeDoc{pages: 1, renders: map[int]int{}}
	p := New(doc, pdfdoc.Region{X0: 0, Y0: 0, X1: 0.5, Y1: 1}, 0)
	defer p.Close()
	img, err := p.Get(1, 400)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 450 {
		t.Fatalf("half page rendered %v, want 400x450", b)
	}
	if _, err := p.Get(2, 400); err == nil {
		t.Fatal("page beyond the document rendered")
	}
}
