package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/talk"
)

// benchSwitch measures one speaker's press when the slide it shows is
// already prepared: the command, the state, both windows' views updated.
// It alternates between two slides so each press lands on a cached one.
func benchSwitch(b *testing.B, deckName string, from, to int) {
	b.Setenv(session.EnvDir, b.TempDir())
	a := test.NewApp()
	defer a.Quit()
	clock := newFakeClock()
	path := testDeckB(b, deckName)
	p, err := newPresenter(a, Config{}, path, clock.now)
	if err != nil {
		b.Fatal(err)
	}
	defer p.ctl.Close()
	p.window.Resize(fyne.NewSize(1920, 1080))
	p.audience.Resize(fyne.NewSize(1920, 1080))
	// Visit both slides once so their pages and layouts are prepared.
	p.do(show.GoTo(to))
	p.do(show.GoTo(from))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			p.do(show.GoTo(to))
		} else {
			p.do(show.GoTo(from))
		}
	}
}

func BenchmarkSwitchPreparedSlideMarkdown(b *testing.B) { benchSwitch(b, "talk.md", 5, 6) }
func BenchmarkSwitchPreparedSlidePDF(b *testing.B)      { benchSwitch(b, "talk.pdf", 5, 6) }

// BenchmarkFirstPaintMarkdown1920 is what the audience window waits for
// before slide 1 shows: a new deck's slides, the slide laid out and drawn
// 1920 px wide by the rasteriser (nothing prepared, nothing cached).
func BenchmarkFirstPaintMarkdown1920(b *testing.B) {
	d, err := talk.Open(testDeckB(b, "talk.md"), Config{}.Source)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 2, 6} { // title; list and picture; highlighted code
		b.Run(fmt.Sprintf("slide%d", n), func(b *testing.B) {
			for b.Loop() {
				src, err := newSlides(d)
				if err != nil {
					b.Fatal(err)
				}
				img, err := src.image(n, 1, 1920)
				if err != nil {
					b.Fatal(err)
				}
				if img.Bounds().Dx() != 1920 {
					b.Fatalf("slide %d drawn %d px wide", n, img.Bounds().Dx())
				}
				src.close()
			}
		})
	}
}
