package ui

import (
	"sync"
	"testing"

	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/layout"
)

// TestSlidesLayOutConcurrentlyAndCutEachStepOnce: the overview lays out
// every slide in the background while the views ask for theirs; layouts
// run outside the lock, and every caller still gets the one page of a step.
func TestSlidesLayOutConcurrentlyAndCutEachStepOnce(t *testing.T) {
	d, err := talk.Open(testDeck(t, "talk.md"), Config{}.Source)
	if err != nil {
		t.Fatal(err)
	}
	src, err := newSlides(d)
	if err != nil {
		t.Fatal(err)
	}
	defer src.close()
	const callers = 6
	got := make([][]*layout.Page, callers)
	var wg sync.WaitGroup
	for c := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 1; n <= len(d.Slides); n++ {
				p, err := src.page(n, 1)
				if err != nil {
					t.Errorf("slide %d: %v", n, err)
				}
				got[c] = append(got[c], p)
			}
		}()
	}
	wg.Wait()
	for c := 1; c < callers; c++ {
		for i := range got[0] {
			if got[c][i] != got[0][i] {
				t.Fatalf("slide %d: callers got different pages for one step", i+1)
			}
		}
	}
	if _, err := src.page(len(d.Slides)+1, 1); err == nil {
		t.Fatal("a slide past the end laid out")
	}
}
