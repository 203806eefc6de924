package partpdf

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/pdfout"
)

// MarkdownPart lays out the part's slides once and draws them into
// job.Slides (every step, or each slide fully revealed) and, when asked,
// each slide fully revealed into the handout.
func (Drawer) MarkdownPart(job export.MarkdownJob) ([]int, error) {
	d, p := job.Deck, job.Part
	theme := job.Theme
	if theme == "" {
		theme = d.Meta.Theme
	}
	pw, ph := layout.PageSize(d)
	laids, err := layoutSlides(d, p, theme)
	if err != nil {
		return nil, err
	}
	var pages []*layout.Page
	var perSlide []int // pages of each slide of the part
	var outline []string
	var labelPages []int
	if job.Title != nil {
		pages = append(pages, titlePage(pw, ph, theme, *job.Title))
		outline = append(outline, p.Title)
		labelPages = append(labelPages, 1)
	}
	for i, laid := range laids {
		first, steps := 1, laid.Segments
		if !job.Steps {
			first = steps
		}
		for st := first; st <= steps; st++ {
			pages = append(pages, laid.Page(st))
		}
		n := steps - first + 1
		perSlide = append(perSlide, n)
		labelPages = append(labelPages, n)
		outline = append(outline, d.Slides[p.First-1+i].Title)
	}
	scale := pdfout.DefaultScale
	doc := pdfout.New(pdfout.Options{
		Scale: scale, Title: p.Title, Author: d.Meta.Author, Labels: export.SlideLabels(labelPages),
	})
	next := 0
	for i, n := range labelPages {
		for range n {
			if err := doc.AddSlide(pages[next]); err != nil {
				if job.Title != nil && i == 0 {
					return nil, fmt.Errorf("title slide: %w", err)
				}
				return nil, fmt.Errorf("slide %d: %w", slideNumber(job, i), err)
			}
			next++
		}
		doc.Outline(outline[i])
		if job.Title != nil && i == 0 {
			continue
		}
		if job.Drawn != nil {
			if err := job.Drawn(slideNumber(job, i)); err != nil {
				return nil, err
			}
		}
	}
	if _, err := doc.WriteTo(job.Slides); err != nil {
		return nil, err
	}
	if job.Handout != nil {
		var last []*layout.Page
		for _, laid := range laids {
			last = append(last, laid.Page(laid.Segments))
		}
		if _, err := handout(job.Handout, job.HandoutText, last, pw/ph); err != nil {
			return nil, err
		}
	}
	return perSlide, nil
}

// slideNumber is the deck number of the i-th slide of the part's PDF.
func slideNumber(job export.MarkdownJob, i int) int {
	if job.Title != nil {
		i--
	}
	return job.Deck.Slides[job.Part.First-1+i].Number
}

// layoutSlides lays out the part's slides, on as many goroutines as there
// are CPUs (up to 4): decoding and rasterising images is most of the work
// and each slide's layout stands alone.
func layoutSlides(d *deck.Deck, p export.PartPlan, theme string) ([]*layout.Laid, error) {
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
