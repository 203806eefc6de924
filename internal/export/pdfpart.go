package export

import (
	"bytes"
	"fmt"
	"path/filepath"

	"github.com/lectern-app/lectern/internal/deck"
)

// pdfPart writes a PDF deck's part: the original pages of its slides, with
// the outline entries that fall in it and page labels grouping each slide's
// steps, then its notes and handout.
func (w *writer) pdfPart(p PartPlan, dir string) ([]string, int, error) {
	var slides []outSlide
	var srcPages []int
	var title []byte
	n := 0
	if w.opt.TitleSlides {
		pw, ph := w.pageSize(w.firstPage(p))
		var buf bytes.Buffer
		if err := w.opt.Drawer.TitleSlide(&buf, pw, ph, *w.titleText(p)); err != nil {
			return nil, 0, fmt.Errorf("title slide: %w", err)
		}
		title = buf.Bytes()
		n++
		slides = append(slides, outSlide{slide: deck.Slide{Title: p.Title, Pages: []int{n}}, title: true})
	}
	pageMap := map[int]int{}
	for k := p.First; k <= p.Last; k++ {
		s := w.d.Slides[k-1]
		pages := s.Pages
		if len(pages) == 0 {
			pages = []int{s.Number}
		}
		cp := s
		cp.Pages = nil
		for _, pg := range pages {
			n++
			srcPages = append(srcPages, pg)
			cp.Pages = append(cp.Pages, n)
			if _, ok := pageMap[pg]; !ok {
				pageMap[pg] = n
			}
		}
		slides = append(slides, outSlide{slide: cp})
	}
	part := pdfPart{
		pages:   srcPages,
		title:   title,
		labels:  pageLabels(slides),
		outline: partOutline(w.src.outline, pageMap, 1, p.Title),
	}
	dst, err := w.src.cutPart(part)
	if err != nil {
		return nil, 0, err
	}
	out := filepath.Join(dir, SlidesPDF)
	w.bg.Go(func() error {
		wf, err := w.src.save(out, dst)
		if err != nil {
			return fmt.Errorf("part %d %q: %w", p.Number, p.Title, err)
		}
		w.hashes.add(out, wf)
		return nil
	})
	for k := p.First; k <= p.Last; k++ {
		w.report(p.Number, k, "slides")
	}
	files := []string{SlidesPDF}
	w.report(p.Number, 0, "notes")
	if err := writeNotes(filepath.Join(dir, SlidesNotes), w.d, p, slides); err != nil {
		return nil, 0, err
	}
	files = append(files, SlidesNotes)
	if w.opt.Handout {
		w.report(p.Number, 0, "handout")
		h := w.handoutText(p)
		var srcPages []int
		for i, k := 0, p.First; k <= p.Last; i, k = i+1, k+1 {
			s := w.d.Slides[k-1]
			last := s.Number
			if len(s.Pages) > 0 {
				last = s.Pages[len(s.Pages)-1]
			}
			pw, ph := w.pageSize(last)
			h.Items[i].Aspect = pw / ph
			srcPages = append(srcPages, last)
		}
		if err := w.writePDFHandout(filepath.Join(dir, HandoutPDF), h, srcPages); err != nil {
			return nil, 0, err
		}
		files = append(files, HandoutPDF)
	}
	return files, n, nil
}

func (w *writer) firstPage(p PartPlan) int {
	s := w.d.Slides[p.First-1]
	if len(s.Pages) > 0 {
		return s.Pages[0]
	}
	return s.Number
}

// pageSize is the size in points of a source page (16:9 at 960 pt wide
// when it cannot be read).
func (w *writer) pageSize(page int) (float64, float64) {
	if w.src != nil {
		if dims, err := w.src.dims(); err == nil && page >= 1 && page <= len(dims) && dims[page-1].Width > 0 && dims[page-1].Height > 0 {
			return dims[page-1].Width, dims[page-1].Height
		}
	}
	return 960, 540
}

func handoutHeader(d *deck.Deck, p PartPlan) string {
	h := p.Title
	if d.Meta.Title != "" && d.Meta.Title != p.Title {
		h = d.Meta.Title + " · " + p.Title
	}
	return fmt.Sprintf("%s · slides %d-%d", h, p.First, p.Last)
}
