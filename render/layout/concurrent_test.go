package layout_test

import (
	"sync"
	"testing"

	"github.com/lectern-app/lectern/render/layout"
)

// TestConcurrentLayouts: thumbnails are laid out from several goroutines.
func TestConcurrentLayouts(t *testing.T) {
	d := load(t, "features.md", "dark")
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range d.Slides {
				s := &d.Slides[(i+g)%len(d.Slides)]
				if _, err := layout.LayoutSlide(s, d, layout.Options{}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}
