// Package pdf loads PDF decks (Beamer, Marp, Keynote or PowerPoint
// exports…) into the format-neutral deck model: page labels group overlay
// pages into slides, the outline gives parts and titles, Beamer notes pages
// and the pdfpc sidecar give the speaker notes.
package pdf

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strconv"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/source/pdfpc"
)

// Options change how a PDF deck is read.
type Options struct {
	// Notes forces where the Beamer notes half of each page is: right,
	// left or bottom; NotesOff for none; "" detects it (a pdfpc sidecar's
	// notesPosition counts as forcing).
	Notes deck.NotesSide

	// TextTitles, when above 0, reads page text for slide titles only on
	// the first TextTitles pages: a long deck opens in a fraction of the
	// time (MuPDF needs about 0.6 ms a page). Slides starting later that
	// the outline does not name keep an empty Title; LateTitles reads
	// them. Beamer notes pages are always read whole (their notes).
	TextTitles int
}

// parallelPages is the page count from which a second document reads half
// of the pages' text in parallel: two go-fitz documents read deck200's
// text in 80 ms instead of 125 (pdfdoc's stderr silencer lets calls on
// different documents overlap).
var parallelPages = 48

// Load reads the PDF deck at path and its pdfpc sidecar. Only a PDF that
// cannot be opened is an error; everything else becomes a Problem on the
// deck.
func Load(path string, opts Options) (*deck.Deck, error) {
	if err := checkOptions(path, opts); err != nil {
		return nil, err
	}
	info, statErr := os.Stat(path) // before opening: a change after it shows
	doc, err := pdfdoc.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() {
		if statErr == nil {
			documents.Keep(path, info, doc) // for LateTitlesOf
		} else {
			doc.Close()
		}
	}()
	n := doc.NumPages()
	labels := startLabels(func() ([]string, bool, error) {
		ranges, err := ReadLabelRanges(path)
		return FormatLabels(ranges, n), len(ranges) > 0, err
	})
	docs := []pdfdoc.Document{doc}
	if n >= parallelPages && runtime.GOMAXPROCS(0) > 1 && readsMany(doc, opts) {
		if extra, err := pdfdoc.Open(path); err == nil {
			defer extra.Close()
			docs = append(docs, extra)
		}
	}
	b := &builder{path: path, doc: doc, docs: docs, opts: opts, labels: labels}
	return b.build()
}

// readsMany tells whether Load may read the text of many pages: for every
// title (no TextTitles limit or a large one) or for Beamer notes (a notes
// side forced, or pages shaped like slides with notes). A second document
// for the first page or two only cost its opening (~1.7 ms for deck200.pdf,
// at every start of the presenter and every `lectern export`). A sidecar
// that forces a notes side on other pages reads them with one document.
func readsMany(doc pdfdoc.Document, opts Options) bool {
	if opts.TextTitles == 0 || opts.TextTitles >= parallelPages {
		return true
	}
	switch opts.Notes {
	case deck.NotesRight, deck.NotesLeft, deck.NotesBottom:
		return true
	case NotesOff:
		return false
	}
	w, h, err := doc.PageSize(1)
	if err != nil {
		return true
	}
	wide, tall := candidate(w, h)
	return wide || tall
}

// Build makes a deck from an open document, such as a fake in tests, with
// the given page labels (nil: page numbers). The sidecar next to path is
// read as by Load.
func Build(path string, doc pdfdoc.Document, labels []string, opts Options) (*deck.Deck, error) {
	if err := checkOptions(path, opts); err != nil {
		return nil, err
	}
	b := &builder{path: path, doc: doc, docs: []pdfdoc.Document{doc}, opts: opts, labels: readyLabels(labels)}
	return b.build()
}

func checkOptions(path string, opts Options) error {
	switch opts.Notes {
	case deck.NotesNone, deck.NotesRight, deck.NotesLeft, deck.NotesBottom, NotesOff:
		return nil
	}
	return fmt.Errorf("open %s: notes side %q is not one of right, left, bottom or none", path, opts.Notes)
}

type builder struct {
	path string
	doc  pdfdoc.Document
	docs []pdfdoc.Document
	opts Options
	// labels are the page labels, possibly still being read.
	labels *labelFuture

	d       *deck.Deck
	w, h    float64 // page 1 in points
	side    deck.NotesSide
	titleOf [][]string // per page: text lines that may hold the title
	unread  []bool     // per page: its text was not read (no title needed it)
	outline []pdfdoc.OutlineItem
	outErr  error
	notesOf []string // per page: Beamer notes text
	keyOf   []string // per page: identity of its notes page
	parts   []deck.PartStart
	headers map[string]bool // outline titles in lower case: running headers, not titles
}

func (b *builder) build() (*deck.Deck, error) {
	n := b.doc.NumPages()
	if n <= 0 {
		return nil, fmt.Errorf("open %s: %w", b.path, pdfdoc.ErrNoPages)
	}
	d := &deck.Deck{Path: b.path, Format: deck.PDF, PageCount: n, Meta: deck.Meta{}}
	b.d = d
	var err error
	if b.w, b.h, err = b.doc.PageSize(1); err != nil {
		return nil, fmt.Errorf("open %s: %w", b.path, err)
	}
	b.outline, b.outErr = b.doc.Outline()
	side := b.opts.Notes
	sc := readSidecar(d)
	if side == "" {
		side = sidecarSide(sc)
	}
	b.readPages(n, side, sc)

	labels, lerr := b.labels.wait()
	if lerr != nil {
		d.AddProblem(0, deck.Warning, "page-labels", fmt.Sprintf(
			"The page labels could not be read, so every page is its own slide: %v.", lerr))
	}
	labels = fixLabels(labels, n)
	b.makeSlides(labels, sc)
	m := b.matchSidecar(sc, labels)
	users := firstPages(d.Slides) // pdfpc's user slides, hidden ones included
	b.hidePages(m.Hidden)
	b.setTitles()
	b.setNotes(sc, m)
	b.setMeta(sc, users)
	if b.path != "" && !pdfdoc.Complete(b.path) {
		d.AddProblem(0, deck.Warning, "pdf-damaged",
			"The PDF seems cut short (its end is missing); pages that could be repaired are shown.")
	}
	d.ComputeBudgets()
	return d, nil
}

// readPages reads each page's text, positioned when the pages may hold
// Beamer notes, and settles the notes side.
func (b *builder) readPages(n int, side deck.NotesSide, sc *pdfpc.File) {
	wide, tall := candidate(b.w, b.h)
	positioned := side == deck.NotesRight || side == deck.NotesLeft || side == deck.NotesBottom ||
		(side == "" && (wide || tall))
	var skip func(int) bool
	if !positioned {
		skip = b.textSkip(sc)
	}
	infos := collect(n, positioned, b.docs, skip)
	if side == "" && positioned {
		var sample [][]pdfdoc.Line
		for i := 0; i < len(infos) && i < 6; i++ {
			sample = append(sample, infos[i].lines)
		}
		side = detectSide(b.w, b.h, sample)
	}
	if side == NotesOff {
		side = deck.NotesNone
	}
	b.side = side
	b.titleOf = make([][]string, n)
	b.notesOf = make([]string, n)
	b.keyOf = make([]string, n)
	b.unread = make([]bool, n)
	failed := 0
	for i, in := range infos {
		b.unread[i] = in.skipped
		if in.err != nil {
			failed++
			continue
		}
		if !positioned {
			b.titleOf[i] = in.text
			continue
		}
		b.titleOf[i] = slideLines(in.lines, side, b.w, b.h)
		if side != deck.NotesNone {
			b.notesOf[i] = linesToText(notesLines(in.lines, side, b.w, b.h))
			b.keyOf[i] = notesKey(in.lines, side, b.w, b.h)
		}
	}
	if failed > 0 {
		b.d.AddProblem(0, deck.Warning, "pdf-text", fmt.Sprintf(
			"The text of %d page(s) could not be read; their titles and notes are missing.", failed))
	}
}

// textSkip tells pages whose text (read only for titles) no title needs:
// pages that certainly continue a slide, pages that an outline entry names
// (see outlineNamed), and with Options.TextTitles the pages past it.
// Page 1 is always read: it names the talk when the metadata does not.
func (b *builder) textSkip(sc *pdfpc.File) func(int) bool {
	overlay := b.overlayPage(sc)
	named := outlineNamed(b.outline)
	limit := b.opts.TextTitles
	return func(p int) bool {
		return p > 1 && (named[p] || (limit > 0 && p > limit) || overlay(p))
	}
}

// overlayPage tells pages that certainly continue a slide, whose text
// (read only for titles) is not needed: with a legacy [skip] list the pages
// it lists, otherwise a page with the same label as the one before, once
// the labels are known.
func (b *builder) overlayPage(sc *pdfpc.File) func(int) bool {
	if sc != nil && sc.Legacy && len(sc.Skip) > 0 {
		skip := map[int]bool{}
		for _, p := range sc.Skip {
			skip[p] = true
		}
		return func(p int) bool { return skip[p] }
	}
	return func(p int) bool {
		l := b.labels.peek()
		return p >= 2 && len(l) >= p && l[p-1] == l[p-2]
	}
}

// fixLabels makes sure there is one label per page.
func fixLabels(labels []string, n int) []string {
	if len(labels) == n {
		return labels
	}
	out := FormatLabels(nil, n)
	copy(out, labels)
	return out
}

// makeSlides groups pages into slides: by page label, with the sidecar's
// forced overlays (or its legacy [skip] list), and for Beamer notes pages
// whose labels go back and forth, by notes page.
func (b *builder) makeSlides(labels []string, sc *pdfpc.File) {
	var groups [][]int
	switch {
	case sc != nil && sc.Legacy && len(sc.Skip) > 0:
		groups = groupBySkip(len(labels), sc.Skip)
	case sc != nil:
		groups = groupByLabel(labels, sc.ForcedOverlays(labels))
	default:
		groups = groupByLabel(labels, nil)
	}
	relabel := false
	if b.side != deck.NotesNone && labelsRepeat(labels, groups) {
		groups, relabel = groupByKey(b.keyOf), true
	}
	for i, pages := range groups {
		label := labels[pages[0]-1]
		if relabel {
			label = strconv.Itoa(i + 1)
		}
		b.d.Slides = append(b.d.Slides, deck.Slide{
			Number: i + 1, Label: label, Steps: len(pages), Pages: pages,
		})
	}
}

// setTitles names slides from the outline and the page text, and builds
// the parts from the outline's top level.
func (b *builder) setTitles() {
	d := b.d
	slideOf := map[int]int{}
	for i, s := range d.Slides {
		for _, p := range s.Pages {
			slideOf[p] = i
		}
	}
	if b.outErr != nil {
		d.AddProblem(0, deck.Warning, "outline", fmt.Sprintf(
			"The PDF's outline could not be read, so the talk is one part: %v.", b.outErr))
	}
	oi := readOutline(b.outline, slideOf, len(d.Slides))
	for i := range d.Slides {
		s := &d.Slides[i]
		if oi.titles[i] == "" && b.unread[s.Pages[0]-1] {
			continue // past Options.TextTitles: LateTitles reads it
		}
		s.Title = slideTitle(oi, i, b.titleOf[s.Pages[0]-1])
	}
	b.parts, b.headers = oi.parts, oi.names
}

// setNotes gives each slide its sidecar notes (per step when overlay
// pages carry their own) or else its pages' Beamer notes joined.
func (b *builder) setNotes(sc *pdfpc.File, m pdfpc.Matched) {
	d := b.d
	for i := range d.Slides {
		s := &d.Slides[i]
		if sc != nil {
			if sc.Legacy {
				s.Notes = m.Notes[s.Number-1]
			} else {
				s.Notes, s.StepNotes = pdfpc.NotesFor(s.Pages, m.PageNotes)
			}
			if s.Notes != "" {
				continue
			}
		}
		for _, p := range s.Pages {
			s.Notes = joinNote(s.Notes, b.notesOf[p-1])
		}
	}
	d.NotesSide = b.side
}

func joinNote(have, note string) string {
	switch {
	case note == "" || note == have:
		return have
	case have == "":
		return note
	}
	return have + "\n\n" + note
}

// setMeta fills the talk's title, author, aspect and timings.
func (b *builder) setMeta(sc *pdfpc.File, users []int) {
	d := b.d
	md := b.doc.Metadata()
	d.Meta.Title = md["title"]
	if d.Meta.Title == "" {
		d.Meta.Title = pickTitle(b.titleOf[0], b.headers)
	}
	d.Meta.Author = md["author"]
	w, h := b.w, b.h
	switch b.side {
	case deck.NotesRight, deck.NotesLeft:
		w /= 2
	case deck.NotesBottom:
		h /= 2
	}
	d.Meta.Aspect = snapAspect(w / h)
	if sc != nil {
		applySidecarMeta(d, sc, users)
	}
	d.BuildParts(b.parts)
}

// snapAspect rounds an aspect within 1% of a usual slide shape to it: page
// sizes from MuPDF are whole points.
func snapAspect(a float64) float64 {
	for _, r := range []float64{16.0 / 9, 4.0 / 3, 16.0 / 10, 3.0 / 2, 1, 5.0 / 4, 21.0 / 9} {
		if math.Abs(a-r)/r < 0.01 {
			return r
		}
	}
	return a
}
