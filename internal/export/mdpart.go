package export

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/signintech/gopdf"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/pdfout"
)

// mdPart writes a Markdown deck's part: slides.pdf drawn from the same
// layout as the screen, deck.md with the part's slides verbatim and the
// images they use, the notes sidecar and the handout.
func (w *writer) mdPart(p PartPlan, dir string) ([]string, int, error) {
	d := w.d
	theme := w.opt.Theme
	if theme == "" {
		theme = d.Meta.Theme
	}
	pw, ph := layout.PageSize(d)
	scale := pdfout.DefaultScale
	var slides []outSlide
	var pages []*layout.Page
	var last []*layout.Page // each slide fully revealed, for the handout
	if w.opt.TitleSlides {
		tp := titlePage(pw, ph, theme, d.Meta.Title, p, len(w.plan))
		pages = append(pages, tp)
		slides = append(slides, outSlide{slide: deck.Slide{Title: p.Title, Pages: []int{1}}, title: true})
	}
	laids, err := layoutSlides(d, p, theme)
	if err != nil {
		return nil, 0, err
	}
	for k := p.First; k <= p.Last; k++ {
		s := d.Slides[k-1]
		laid := laids[k-p.First]
		first, steps := 1, laid.Segments
		if !w.opt.Steps {
			first = steps
		}
		cp := s
		cp.Pages = nil
		for st := first; st <= steps; st++ {
			pages = append(pages, laid.Page(st))
			cp.Pages = append(cp.Pages, len(pages))
		}
		last = append(last, laid.Page(steps))
		slides = append(slides, outSlide{slide: cp})
	}
	doc := pdfout.New(gopdf.Rect{W: pw * scale, H: ph * scale}, pdfout.Options{
		Scale: scale, Title: p.Title, Author: d.Meta.Author, Labels: pageLabels(slides),
	})
	for _, s := range slides {
		if err := w.stopped(); err != nil {
			return nil, 0, err
		}
		for _, n := range s.slide.Pages {
			if err := doc.AddSlide(pages[n-1]); err != nil {
				return nil, 0, fmt.Errorf("slide %d: %w", s.slide.Number, err)
			}
		}
		if s.title {
			doc.Outline(p.Title)
		} else {
			doc.Outline(s.slide.Title)
			w.report(p.Number, s.slide.Number, "slides")
		}
	}
	if err := doc.WriteFile(filepath.Join(dir, SlidesPDF)); err != nil {
		return nil, 0, fmt.Errorf("write %s: %w", SlidesPDF, err)
	}
	files := []string{SlidesPDF}

	w.report(p.Number, 0, "notes")
	if err := writeNotes(filepath.Join(dir, SlidesNotes), d, p, slides); err != nil {
		return nil, 0, err
	}
	files = append(files, SlidesNotes)

	w.report(p.Number, 0, "markdown")
	title := ""
	if w.opt.TitleSlides {
		title = titleMarkdown(d.Meta.Title, p, len(w.plan))
	}
	md, err := buildMarkdown(d, p, title)
	if err != nil {
		return nil, 0, err
	}
	w.warns = append(w.warns, md.warns...)
	if err := atomicfile.WriteFile(filepath.Join(dir, DeckMD), md.text); err != nil {
		return nil, 0, err
	}
	files = append(files, DeckMD)
	copied, err := copyImages(dir, md.copies)
	if err != nil {
		return nil, 0, err
	}
	files = append(files, copied...)

	if w.opt.Handout {
		w.report(p.Number, 0, "handout")
		var items []handoutItem
		for i, k := 0, p.First; k <= p.Last; i, k = i+1, k+1 {
			s := d.Slides[k-1]
			items = append(items, handoutItem{number: s.Number, title: s.Title, notes: s.Notes, page: last[i], aspect: pw / ph})
		}
		if err := writeHandout(filepath.Join(dir, HandoutPDF), nil, handoutHeader(d, p), items); err != nil {
			return nil, 0, err
		}
		files = append(files, HandoutPDF)
	}
	return files, len(pages), nil
}

// layoutSlides lays out the part's slides, on as many goroutines as there
// are CPUs (up to 4): decoding and rasterising images is most of the work
// and each slide's layout stands alone.
func layoutSlides(d *deck.Deck, p PartPlan, theme string) ([]*layout.Laid, error) {
	n := p.Slides()
	out := make([]*layout.Laid, n)
	errs := make([]error, n)
	// A part is a talk of its own: its slides are numbered 1..n of n, as
	// its deck.md is when presented.
	part := *d
	part.Slides = append([]deck.Slide(nil), d.Slides[p.First-1:p.Last]...)
	for i := range part.Slides {
		part.Slides[i].Number = i + 1
		part.Slides[i].Label = strconv.Itoa(i + 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(n, runtime.GOMAXPROCS(0), 4); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = layout.LayoutSlide(&part.Slides[i], &part, layout.Options{Theme: theme})
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("slide %d: %w", p.First+i, err)
		}
	}
	return out, nil
}

// copyImages copies each source file to its path under the part folder and
// returns those paths, sorted.
func copyImages(dir string, copies map[string]string) ([]string, error) {
	var rels []string
	for src, rel := range copies {
		dst := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return nil, err
		}
		if err := copyFile(src, dst); err != nil {
			return nil, fmt.Errorf("copy image %s: %w", src, err)
		}
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	return rels, nil
}
