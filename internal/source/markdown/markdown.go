// Package markdown reads a Markdown deck into the format-neutral deck.Deck.
//
// It reads the decks speakers already have, written for Marp, Slidev,
// reveal-md, Deckset, remark, presenterm or Quarto, without asking them to
// change a line: front matter, slide separators, every speaker notes syntax,
// directives, pauses and images. Incremental reveals (presenterm and remark
// pauses, Quarto dots, Marp fragmented lists, Slidev clicks) all become
// `<!-- pause -->` lines in a slide's Body, which render/layout cuts into
// steps; Source keeps the slide as written. The whole file is parsed once with goldmark
// so code blocks, setext headings and HTML blocks are understood as
// CommonMark understands them; the slide text kept in the model has LF line
// endings.
package markdown

import (
	"fmt"
	gmparser "github.com/yuin/goldmark/parser"
	"unsafe"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// Options are the reader's settings that do not come from the deck.
type Options struct {
	// AllowDirs are folders besides the deck's own that its images may be
	// read from: the user's choice, never the deck's.
	AllowDirs []string
}

// Load reads the deck file at path and parses it.
func Load(path string, opt Options) (*deck.Deck, error) {
	text, err := readText(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return parseText(path, normalizeText(text), opt)
}

// parser holds one Parse call.
type parser struct {
	path string
	text string // the deck with LF line endings and no BOM; slides' Source share it
	src  []byte // the same bytes, for goldmark (which only reads them)
	idx  lineIndex
	d    *deck.Deck
	fl   flavour
	f    facts
	dirs []directive // what each of f.comments says

	fmFields []field // the front matter's entries

	policy    deckfiles.Policy     // which files the deck may read
	files     map[string]resolved  // image references already looked up
	refs      []gmparser.Reference // a chunked deck's link definitions, nil until needed
	recovered int                  // unclosed comments ended at a --- line
	incrClose map[int]string       // Quarto: closing fences of ::: {.incremental} and {.nonincremental} divs, and the mark each becomes
}

// Parse reads a Markdown deck held in memory. path names the deck file: images
// are looked up relative to its folder and messages name it. Only a front
// matter that cannot be read is an error; everything else wrong in a deck is
// a Problem on the returned Deck.
func Parse(path string, src []byte) (*deck.Deck, error) {
	return ParseWith(path, src, Options{})
}

// ParseWith is Parse with the reader's options.
func ParseWith(path string, src []byte, opt Options) (*deck.Deck, error) {
	return parseText(path, normalizeText(string(src)), opt)
}

// parseText parses a deck already normalised. The deck is held once, as
// a string, and every slide's Source is a piece of it: a big deck costs its
// size once, not once more per copy.
func parseText(path string, text string, opt Options) (*deck.Deck, error) {
	policy := deckfiles.New(path, opt.AllowDirs)
	text, imported := expandSlidevImports(path, text, policy)
	text, flattened := flattenNesting(text)
	src := unsafe.Slice(unsafe.StringData(text), len(text))
	p := &parser{path: path, text: text, src: src, idx: newLineIndex(src), policy: policy}
	p.d = &deck.Deck{
		Path:      path,
		AllowDirs: opt.AllowDirs,
		Format:    deck.Markdown,
		Meta:      deck.Meta{Aspect: 16.0 / 9.0, Theme: "light"},
		Problems:  imported,
	}
	fields, from, err := p.frontMatter()
	if err != nil {
		return nil, err
	}
	if fields == nil && from == 0 {
		if df, end := p.decksetHeader(0); df != nil {
			fields, from = df, end
			p.fl.decksetFM = true
		}
	}
	p.applyMeta(fields)
	for pos := from; pos < len(src); {
		pos = p.scan(pos)
	}
	p.dirs = make([]directive, len(p.f.comments))
	for i, c := range p.f.comments {
		p.dirs[i] = readComment(c.body)
		if p.dirs[i].dividers != nil {
			p.setDividers(p.dirs[i].dividers)
		}
		if s := p.dirs[i].size; s != "" {
			// Marp's global size directive may sit in any comment.
			if r, ok := parseRatio(s); ok {
				p.d.Meta.Aspect = r
			} else {
				p.d.AddProblem(0, deck.Warning, "bad-aspect", fmt.Sprintf("line %d: size %q is not a ratio like 16:9 or 4:3; slides use 16:9", p.idx.line(c.start), s))
			}
		}
	}
	p.detectComments()
	p.build(p.ranges(from))
	p.reportNesting(flattened)
	return p.d, nil
}

// build reads every slide, then sets the title, parts and budgets.
func (p *parser) build(ranges []slideRange) {
	d := p.d
	var starts []deck.PartStart
	var pending *deck.PartStart
	d.Slides = make([]deck.Slide, 0, len(ranges)) // grown by append, a big deck's slides would be copied ~20 times
	var templates remarkTemplates
	marp := p.marpCursor()
	for _, r := range ranges {
		s, st := p.slide(r, len(d.Slides)+1)
		if (st.remark != nil || templates.layout != nil) && !st.drop {
			st.drop = !templates.apply(&s, st.remark)
		}
		if st.drop {
			// A hidden slide's part marker moves to the next shown slide.
			if st.hasPart {
				pending = &deck.PartStart{Title: st.part}
			}
			continue
		}
		switch {
		case st.hasPart:
			starts = append(starts, deck.PartStart{Slide: s.Number, Title: st.part})
		case pending != nil:
			starts = append(starts, deck.PartStart{Slide: s.Number, Title: pending.Title})
		}
		pending = nil
		marp.apply(&s, st.marp)
		for _, pr := range st.problems {
			d.AddProblem(s.Number, pr.Severity, pr.Kind, pr.Message)
		}
		d.Slides = append(d.Slides, s)
	}
	marp.finish(d.Slides)
	if d.Meta.Title == "" && len(d.Slides) > 0 {
		d.Meta.Title = d.Slides[0].Title
	}
	if len(d.Slides) == 0 {
		d.AddProblem(0, deck.Warning, "empty-deck", "the deck has no slides")
	}
	d.BuildParts(starts)
	d.ComputeBudgets()
}
