package export

import (
	"context"
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
// parts.json. Everything is written into a temporary folder first (inside
// opt.Dir, or beside it when it does not exist yet) and renamed into place
// only once every part is complete; on any error that folder is removed and
// opt.Dir is left as it was. While it writes, opt.Dir is locked against
// other exports. The deck's own files are only read.
func Export(d *deck.Deck, plan []PartPlan, opt Options) (*Result, error) {
	return ExportContext(context.Background(), d, plan, opt)
}

// ExportContext is Export stopping, with nothing written, when ctx is done
// before the parts are complete.
func ExportContext(ctx context.Context, d *deck.Deck, plan []PartPlan, opt Options) (res *Result, err error) {
	defer func() {
		// A malformed deck must not crash the app; the folder is already
		// put back by out.close, which ran first.
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("export %s: the parts could not be written (%v)", deckName(d), r)
		}
	}()
	if err := checkPlan(d, plan); err != nil {
		return nil, err
	}
	if opt.Drawer == nil && needsDrawer(d, opt) {
		return nil, fmt.Errorf("export %s: %w", deckName(d), errNoDrawer)
	}
	names := make([]string, len(plan))
	for i, p := range plan {
		names[i] = p.Slug
	}
	w := &writer{ctx: ctx, d: d, opt: opt, plan: plan, bg: newBackground(), hashes: &fileHashes{}}
	for _, p := range plan {
		w.total += p.Slides()
	}
	switch d.Format {
	case deck.PDF:
		// Read first: a damaged PDF is refused before any folder is made.
		if w.src, err = openPDF(d.Path); err != nil {
			return nil, err
		}
	case deck.Markdown:
	default:
		return nil, fmt.Errorf("export %s: unknown deck format %q", deckName(d), d.Format)
	}
	out, err := openOut(opt.Dir, opt.Force, names, deckFiles(d))
	if err != nil {
		return nil, err
	}
	defer out.close()
	defer w.bg.Wait() // before out.close removes what they write
	w.out = out
	res = &Result{Dir: out.dir, Manifest: filepath.Join(out.dir, ManifestName)}
	for _, p := range plan {
		if err := w.stopped(); err != nil {
			return nil, err
		}
		pr, err := w.part(p)
		if err != nil {
			if errors.Is(err, errStopped) {
				return nil, err
			}
			return nil, fmt.Errorf("export %s, part %d %q: %w", deckName(d), p.Number, p.Title, err)
		}
		res.Parts = append(res.Parts, pr)
	}
	if err := w.bg.Wait(); err != nil {
		return nil, fmt.Errorf("export %s, %w", deckName(d), err)
	}
	res.Warnings = w.warns
	written, err := hashTree(out.tmp, names, w.hashes)
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", out.dir, err)
	}
	if err := writeManifest(filepath.Join(out.tmp, ManifestName), manifestFor(filepath.Base(d.Path), res.Parts, written)); err != nil {
		return nil, err
	}
	if err := w.stopped(); err != nil {
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

// errStopped is the error of an export whose context was cancelled.
var errStopped = errors.New("stopped; nothing was written")

// stopped is errStopped once the export's context is done.
func (w *writer) stopped() error {
	if w.ctx != nil && w.ctx.Err() != nil {
		return fmt.Errorf("export to %s: %w", w.opt.Dir, errStopped)
	}
	return nil
}

// writer carries one export's state.
type writer struct {
	ctx    context.Context
	d      *deck.Deck
	opt    Options
	plan   []PartPlan
	out    *outDir
	src    *pdfSource // PDF decks
	bg     *background
	hashes *fileHashes // of files hashed as they were written
	done   int
	total  int
	warns  []string
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
	if err := os.Mkdir(dir, 0o777); err != nil { // less the umask
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
