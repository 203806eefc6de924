package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/deck"
)

// mdPart writes a Markdown deck's part: slides.pdf drawn by the Drawer
// from the same layout as the screen, deck.md with the part's slides
// verbatim and the images they use, the notes sidecar and the handout.
func (w *writer) mdPart(p PartPlan, dir string) ([]string, int, error) {
	d := w.d
	theme := w.opt.Theme
	if theme == "" {
		theme = d.Meta.Theme
	}
	job := MarkdownJob{Deck: d, Part: p, Theme: theme, Steps: w.opt.Steps}
	var slidesPDF, handoutPDF bytes.Buffer
	job.Slides = &slidesPDF
	if w.opt.TitleSlides {
		job.Title = w.titleText(p)
	}
	if w.opt.Handout {
		job.Handout = &handoutPDF
		job.HandoutText = w.handoutText(p)
	}
	job.Drawn = func(slide int) error {
		if err := w.stopped(); err != nil {
			return err
		}
		w.report(p.Number, slide, "slides")
		return nil
	}
	counts, err := w.opt.Drawer.MarkdownPart(job)
	if err != nil {
		return nil, 0, err
	}
	if len(counts) != p.Slides() {
		return nil, 0, fmt.Errorf("the drawer drew %d slides, want %d", len(counts), p.Slides())
	}
	var slides []outSlide
	n := 0
	if job.Title != nil {
		n++
		slides = append(slides, outSlide{slide: deck.Slide{Title: p.Title, Pages: []int{n}}, title: true})
	}
	for i, k := 0, p.First; k <= p.Last; i, k = i+1, k+1 {
		cp := d.Slides[k-1]
		cp.Pages = nil
		for range max(counts[i], 1) {
			n++
			cp.Pages = append(cp.Pages, n)
		}
		slides = append(slides, outSlide{slide: cp})
	}
	if err := writeFileAtomic(filepath.Join(dir, SlidesPDF), slidesPDF.Bytes()); err != nil {
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
		if err := writeFileAtomic(filepath.Join(dir, HandoutPDF), handoutPDF.Bytes()); err != nil {
			return nil, 0, fmt.Errorf("write %s: %w", HandoutPDF, err)
		}
		files = append(files, HandoutPDF)
	}
	return files, n, nil
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
