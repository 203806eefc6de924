package ui

import (
	"fmt"
	"image"
	"slices"
	"sync"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
	pdfsource "github.com/lectern-app/lectern/internal/source/pdf"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/pdfslide"
	"github.com/lectern-app/lectern/render/raster"
	"github.com/lectern-app/lectern/render/slidepix"
)

// slides draws the slides of one loaded deck for every view as images at the
// view's real pixel size: Markdown slides laid out once per slide (all steps)
// and drawn by render/raster, so the screen shows what a PNG export shows;
// PDF pages drawn by MuPDF. Both come from one kind of bounded pixel cache
// with a background worker. A reload makes a new slides value; the old one
// is closed.
type slides struct {
	d *deck.Deck

	mu    sync.Mutex
	laid  map[int]*layout.Laid
	steps map[[2]int]*layout.Page // each step cut once, so views can tell a new page by its pointer
	errs  map[int]error

	doc   pdfdoc.Document
	pages *pdfslide.Pages         // PDF pages by page number
	pix   *slidepix.Cache[[2]int] // Markdown slide steps by {slide, step}
}

func newSlides(d *deck.Deck) (*slides, error) {
	s := &slides{d: d, laid: map[int]*layout.Laid{}, steps: map[[2]int]*layout.Page{}, errs: map[int]error{}}
	if d.Format == deck.PDF {
		doc, err := pdfdoc.Open(d.Path)
		if err != nil {
			return nil, err
		}
		s.doc = doc
		s.pages = pdfslide.New(doc, pdfsource.SlideRegion(d.NotesSide), 0)
		return s, nil
	}
	s.pix = slidepix.New(s.draw, 0)
	return s, nil
}

func (s *slides) close() {
	if s.pages != nil {
		s.pages.Close()
		s.doc.Close()
	}
	if s.pix != nil {
		s.pix.Close()
	}
}

func (s *slides) isPDF() bool { return s.pages != nil }

// lateTitles returns a function that reads the titles of the PDF slides
// Load left untitled (source.Options.TitlePages) from a copy of the deck,
// safe to run on any goroutine; nil when no slide waits for its title.
// An unreadable file leaves the titles empty, as Load does for such pages.
func (s *slides) lateTitles() func() []string {
	if !s.isPDF() || !slices.ContainsFunc(s.d.Slides, func(sl deck.Slide) bool { return sl.Title == "" }) {
		return nil
	}
	snap := *s.d
	snap.Slides = slices.Clone(s.d.Slides)
	return func() []string {
		titles, err := pdfsource.LateTitles(&snap)
		if err != nil {
			return nil
		}
		return titles
	}
}

// aspect is the width / height of a slide as the audience sees it.
func (s *slides) aspect() float64 {
	if s.isPDF() {
		w, h, err := s.doc.PageSize(1)
		if err == nil && h > 0 {
			r := pdfsource.SlideRegion(s.d.NotesSide)
			return w * (r.X1 - r.X0) / (h * (r.Y1 - r.Y0))
		}
	}
	w, h := layout.PageSize(s.d)
	return w / h
}

// page is the laid-out step of a Markdown slide. The layout is computed
// outside the lock (the overview lays out every slide in the background
// while the speaker's views ask for theirs) and published under it; when
// two callers raced, the first published layout wins, so a step is still
// one page value.
func (s *slides) page(n, step int) (*layout.Page, error) {
	s.mu.Lock()
	p, l, err, found := s.cached(n, step)
	s.mu.Unlock()
	if found {
		return p, err
	}
	if l == nil {
		sl := s.d.Slide(n)
		if sl == nil {
			return nil, fmt.Errorf("slide %d does not exist", n)
		}
		// SVGs are rasterised at twice the slide units: sharp on a 4K projector.
		l, err = layout.LayoutSlide(sl, s.d, layout.Options{PixelScale: 2})
	}
	var cut *layout.Page
	if err == nil {
		cut = l.Page(step)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, _, err, found := s.cached(n, step); found {
		return p, err
	}
	if err != nil {
		s.errs[n] = err
		return nil, err
	}
	if _, ok := s.laid[n]; !ok {
		s.laid[n] = l
	}
	s.steps[[2]int{n, step}] = cut
	return cut, nil
}

// cached is what the caches hold for a slide step (s.mu held): the cut page
// or the slide's error (found), else the slide's layout when it has one.
func (s *slides) cached(n, step int) (p *layout.Page, l *layout.Laid, err error, found bool) {
	if p, ok := s.steps[[2]int{n, step}]; ok {
		return p, nil, nil, true
	}
	if err, ok := s.errs[n]; ok {
		return nil, nil, err, true
	}
	return nil, s.laid[n], nil, false
}

// pdfPage is the 1-based PDF page of a slide's step.
func (s *slides) pdfPage(n, step int) int {
	sl := s.d.Slide(n)
	if sl == nil || len(sl.Pages) == 0 {
		return 0
	}
	step = max(1, min(step, len(sl.Pages)))
	return sl.Pages[step-1]
}

// image is a slide step widthPx wide from the cache, drawn now unless it
// was prepared: every view, thumbnail and preview shows these pixels.
func (s *slides) image(n, step, widthPx int) (image.Image, error) {
	if s.isPDF() {
		return s.pages.Get(s.pdfPage(n, step), widthPx)
	}
	return s.pix.Get([2]int{n, step}, widthPx)
}

// render draws a slide step widthPx wide past the cache: a zoom's one-off
// large image would otherwise push the prepared slides out.
func (s *slides) render(n, step, widthPx int) (image.Image, error) {
	if s.isPDF() {
		return s.doc.RenderRegion(s.pdfPage(n, step), pdfsource.SlideRegion(s.d.NotesSide), widthPx)
	}
	return s.draw([2]int{n, step}, widthPx)
}

// draw rasterises a Markdown slide step ({slide, step}); safe on any goroutine.
func (s *slides) draw(k [2]int, widthPx int) (*image.RGBA, error) {
	p, err := s.page(k[0], k[1])
	if err != nil {
		return nil, err
	}
	preloadGIFs(p)
	return raster.Draw(p, widthPx), nil
}

// prepare draws, in the background, what a speaker reaches next from slide n
// step at widthPx: the next step, the next and previous slides.
func (s *slides) prepare(n, step, widthPx int) {
	if widthPx <= 0 {
		return
	}
	want := [][2]int{{n, step}}
	if sl := s.d.Slide(n); sl != nil && step < sl.Steps {
		want = append(want, [2]int{n, step + 1})
	}
	if s.d.Slide(n+1) != nil {
		want = append(want, [2]int{n + 1, 1})
	}
	if prev := s.d.Slide(n - 1); prev != nil {
		want = append(want, [2]int{n - 1, prev.Steps})
	}
	if !s.isPDF() {
		s.pix.Prepare(widthPx, want...)
		return
	}
	pages := make([]int, len(want))
	for i, k := range want {
		pages[i] = s.pdfPage(k[0], k[1])
	}
	s.pages.Prepare(widthPx, pages...)
}

// PageLinks are the link targets of a PDF slide's page (console.PageLinker:
// the V key plays the video a Beamer \movie launches); nil for Markdown.
func (s *slides) PageLinks(n, step int) []string {
	if !s.isPDF() {
		return nil
	}
	links, err := s.doc.Links(s.pdfPage(n, step))
	if err != nil {
		return nil
	}
	return links
}
