package markdown

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// image resolves an image reference through the deck's file policy. Remote
// images are never fetched; files outside the deck's folder (and the folders
// the user allowed), devices and FIFOs are refused and reported; local ones
// are only checked to exist.
func (p *parser) image(ref imageRef, st *slideState) (deck.Image, bool) {
	src := strings.TrimSpace(ref.src)
	if src == "" {
		return deck.Image{}, false
	}
	im := deck.Image{Src: ref.src, Alt: ref.alt}
	if strings.HasPrefix(strings.ToLower(src), "data:") {
		return im, true // embedded in the deck: nothing to find
	}
	path, err := p.resolve(src)
	if err == nil {
		im.Path = path
		return im, true
	}
	line := p.idx.line(ref.pos)
	kind := deckfiles.KindOf(err)
	switch kind {
	case deckfiles.KindRemote:
		im.Remote = true
		st.warn(kind, fmt.Sprintf("line %d: image %s is on the network; Lectern never fetches it and shows a placeholder with its alt text", line, src))
	case deckfiles.KindMissing:
		im.Missing = true
		im.Path = missingPath(err)
		st.warn(kind, fmt.Sprintf("line %d: %v", line, err))
	default:
		im.Refused = kind
		st.warn(kind, fmt.Sprintf("line %d: %v; it shows as a placeholder and export never copies it", line, err))
	}
	return im, true
}

// resolve looks a reference up once per parse: decks repeat their logo on
// every slide.
func (p *parser) resolve(src string) (string, error) {
	if r, seen := p.files[src]; seen {
		return r.path, r.err
	}
	path, err := p.policy.Resolve(src)
	if p.files == nil {
		p.files = map[string]resolved{}
	}
	p.files[src] = resolved{path, err}
	return path, err
}

type resolved struct {
	path string
	err  error
}

// linkedFiles reports the other local files a slide names (CSS url(), links,
// src= of other tags) that the policy refuses: export copies such targets
// when they are allowed, so a refused one must not pass unnoticed.
func (p *parser) linkedFiles(s *deck.Slide, st *slideState) {
	known := map[string]bool{}
	for _, im := range s.Images {
		known[im.Src] = true
	}
	for _, t := range deckfiles.LinkTargets(s.Source) {
		if known[t] {
			continue
		}
		known[t] = true
		if _, err := p.resolve(t); err != nil {
			switch k := deckfiles.KindOf(err); k {
			case deckfiles.KindOutside, deckfiles.KindNotFile:
				st.warn(k, fmt.Sprintf("line %d: %v; export never copies it", s.Line, err))
			}
		}
	}
}

func missingPath(err error) string {
	var e *deckfiles.Error
	if errors.As(err, &e) {
		return e.Path
	}
	return ""
}
