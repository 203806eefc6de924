package markdown

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

var schemeRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// image resolves an image reference against the deck's folder. Remote
// images are never fetched; local ones are only checked to exist.
func (p *parser) image(ref imageRef, st *slideState) (deck.Image, bool) {
	src := strings.TrimSpace(ref.src)
	if src == "" {
		return deck.Image{}, false
	}
	im := deck.Image{Src: ref.src, Alt: ref.alt}
	line := p.idx.line(ref.pos)
	low := strings.ToLower(src)
	switch {
	case strings.HasPrefix(low, "data:"):
		// Embedded in the deck: nothing to find.
	case strings.HasPrefix(src, "//") || (schemeRe.MatchString(src) && !strings.HasPrefix(low, "file://")):
		im.Remote = true
		st.warn("remote-image", fmt.Sprintf("line %d: image %s is on the network; Lectern never fetches it and shows a placeholder with its alt text", line, src))
	default:
		path, ok := p.localImage(src)
		im.Path = path
		if !ok {
			im.Missing = true
			st.warn("missing-image", fmt.Sprintf("line %d: image %s not found (looked for %s)", line, src, path))
		}
	}
	return im, true
}

// localImage finds a local image: relative to the deck's folder; an
// absolute path as is, then under the deck's folder and its public/ folder
// (Slidev); also without a ?query or #fragment and with %XX decoded.
func (p *parser) localImage(src string) (string, bool) {
	if strings.HasPrefix(strings.ToLower(src), "file://") {
		src = src[len("file://"):]
	}
	variants := []string{src}
	if i := strings.IndexAny(src, "?#"); i > 0 {
		variants = append(variants, src[:i])
	}
	for _, v := range variants {
		if u, err := url.PathUnescape(v); err == nil && u != v {
			variants = append(variants, u)
		}
	}
	dir := filepath.Dir(p.path)
	var cands []string
	for _, v := range variants {
		v = filepath.FromSlash(v)
		if filepath.IsAbs(v) {
			cands = append(cands, v, filepath.Join(dir, v), filepath.Join(dir, "public", v))
		} else {
			cands = append(cands, filepath.Join(dir, v))
		}
	}
	for _, c := range cands {
		if p.isFile(c) {
			return c, true
		}
	}
	return cands[0], false
}

// isFile stats a path once per parse: decks repeat their logo on every slide.
func (p *parser) isFile(path string) bool {
	if ok, seen := p.files[path]; seen {
		return ok
	}
	fi, err := os.Stat(path)
	ok := err == nil && !fi.IsDir()
	if p.files == nil {
		p.files = map[string]bool{}
	}
	p.files[path] = ok
	return ok
}
