package export

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// Names of the files in a part's folder.
const (
	SlidesPDF   = "slides.pdf"
	SlidesNotes = "slides.pdfpc"
	DeckMD      = "deck.md"
	HandoutPDF  = "handout.pdf"
)

// Export writes every part of plan into its own folder of opt.Dir, then
// parts.json. Everything is written into a temporary folder inside
// opt.Dir first and renamed into place only once every part is complete;
// on any error that folder is removed and opt.Dir is left as it was. The
// deck's own files are only read.
func Export(d *deck.Deck, plan []PartPlan, opt Options) (res *Result, err error) {
	if err := checkPlan(d, plan); err != nil {
		return nil, err
	}
	names := make([]string, len(plan))
	for i, p := range plan {
		names[i] = p.Slug
	}
	out, err := openOut(opt.Dir, opt.Force, names, deckFiles(d))
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			out.abort()
		}
	}()
	w := &writer{d: d, opt: opt, plan: plan, out: out}
	for _, p := range plan {
		w.total += p.Slides()
	}
	res = &Result{Dir: out.dir, Manifest: filepath.Join(out.dir, ManifestName)}
	switch d.Format {
	case deck.PDF:
		if w.src, err = openPDF(d.Path); err != nil {
			return nil, err
		}
	case deck.Markdown:
	default:
		return nil, fmt.Errorf("export %s: unknown deck format %q", deckName(d), d.Format)
	}
	for _, p := range plan {
		pr, err := w.part(p)
		if err != nil {
			return nil, fmt.Errorf("export %s, part %d %q: %w", deckName(d), p.Number, p.Title, err)
		}
		res.Parts = append(res.Parts, pr)
	}
	res.Warnings = w.warns
	if err := writeManifest(filepath.Join(out.tmp, ManifestName), manifestFor(filepath.Base(d.Path), res.Parts)); err != nil {
		return nil, err
	}
	w.report(0, 0, "commit")
	if err := out.commit(names); err != nil {
		return nil, err
	}
	for i := range res.Parts {
		res.Parts[i].Dir = filepath.Join(out.dir, res.Parts[i].Slug)
	}
	w.report(0, 0, "done")
	return res, nil
}

// writer carries one export's state.
type writer struct {
	d     *deck.Deck
	opt   Options
	plan  []PartPlan
	out   *outDir
	src   *pdfSource // PDF decks
	done  int
	total int
	warns []string
}

func (w *writer) report(part, slide int, stage string) {
	if slide > 0 {
		w.done++
	}
	if w.opt.Progress != nil {
		w.opt.Progress(Progress{Part: part, Parts: len(w.plan), Slide: slide, Done: w.done, Total: w.total, Stage: stage})
	}
}

// part writes one part's folder inside the temporary folder.
func (w *writer) part(p PartPlan) (PartResult, error) {
	dir := filepath.Join(w.out.tmp, p.Slug)
	if err := os.Mkdir(dir, 0o755); err != nil {
		return PartResult{}, err
	}
	var (
		files []string
		pages int
		err   error
	)
	if w.d.Format == deck.PDF {
		files, pages, err = w.pdfPart(p, dir)
	} else {
		files, pages, err = w.mdPart(p, dir)
	}
	if err != nil {
		return PartResult{}, err
	}
	for i, f := range files {
		files[i] = p.Slug + "/" + filepath.ToSlash(f)
	}
	return PartResult{PartPlan: p, Files: files, Pages: pages}, nil
}

// checkPlan refuses a plan Export cannot write.
func checkPlan(d *deck.Deck, plan []PartPlan) error {
	if d == nil || len(d.Slides) == 0 {
		return fmt.Errorf("export %s: the deck has no slides", deckName(d))
	}
	if len(plan) == 0 {
		return fmt.Errorf("export %s: no parts to export", deckName(d))
	}
	if d.Format == deck.PDF && d.Path == "" {
		return errors.New("export: the PDF deck has no file to cut pages from")
	}
	seen := map[string]bool{}
	for _, p := range plan {
		if p.First < 1 || p.Last > len(d.Slides) || p.First > p.Last {
			return fmt.Errorf("export %s: part %d covers slides %d-%d, outside the deck's 1-%d", deckName(d), p.Number, p.First, p.Last, len(d.Slides))
		}
		s := p.Slug
		if s == "" || strings.HasPrefix(s, ".") || strings.ContainsAny(s, `/\`) || s == ManifestName {
			return fmt.Errorf("export %s: part %d has an unusable folder name %q", deckName(d), p.Number, s)
		}
		if seen[s] {
			return fmt.Errorf("export %s: two parts share the folder name %q", deckName(d), s)
		}
		seen[s] = true
	}
	return nil
}

// deckFiles are the files the deck was read from: the export must never
// replace a folder holding one of them.
func deckFiles(d *deck.Deck) []string {
	var out []string
	for _, f := range []string{d.Path, d.Sidecar} {
		if f != "" {
			out = append(out, f)
		}
	}
	for _, s := range d.Slides {
		for _, im := range s.Images {
			if im.Path != "" {
				out = append(out, im.Path)
			}
		}
	}
	return out
}
