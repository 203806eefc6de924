package export

import (
	"bytes"
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// ImagesDir is the folder, inside a part's folder, its images are copied to.
const ImagesDir = "images"

// mdPart is a Markdown part's deck.md and the images it uses.
type mdPart struct {
	text   []byte
	copies map[string]string // source file → path relative to the part folder
	warns  []string
}

// buildMarkdown makes a part's deck.md: front matter with the part's title
// and duration (the deck's other keys kept as written), then the part's
// slides verbatim, joined by "---" lines, with links to local images
// pointed at the copies under images/. titleSlide, when not empty, is put
// first as a slide of its own.
func buildMarkdown(d *deck.Deck, p PartPlan, titleSlide string) (*mdPart, error) {
	fm, err := frontMatter(d, p)
	if err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	m := &mdPart{copies: map[string]string{}}
	used := map[string]string{} // new relative name → source file
	files := deckfiles.New(d.Path, d.AllowDirs)
	var slides []string
	if titleSlide != "" {
		slides = append(slides, titleSlide)
	}
	for n := p.First; n <= p.Last; n++ {
		s := d.Slides[n-1]
		src := s.Source
		if src == "" {
			src = s.Body
		}
		refs := imageRefs(s, src, files)
		for _, r := range refs {
			if r.refused != "" {
				m.warns = append(m.warns, fmt.Sprintf("slide %d: %s is not copied: the deck may not read it (%s); its link is kept as written", n, r.src, r.refused))
				continue
			}
			if r.missing {
				m.warns = append(m.warns, fmt.Sprintf("slide %d: image %s is missing; its link is kept as written", n, r.src))
				continue
			}
			rel, ok := m.copies[r.path]
			if !ok {
				rel = uniqueName(used, r.path)
				used[rel] = r.path
				m.copies[r.path] = rel
			}
			src = rewriteLink(src, r.src, rel)
		}
		slides = append(slides, strings.Trim(src, "\n"))
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(fm)
	b.WriteString("---\n\n")
	b.WriteString(strings.Join(slides, separator(slides)))
	b.WriteString("\n")
	m.text = b.Bytes()
	return m, nil
}

// ruleRE is a line the loader could read as a slide separator.
var ruleRE = regexp.MustCompile(`(?m)^ {0,3}(?:-[ \t]*){3,}$`)

// separator joins a part's slides: a "---" line, unless a slide itself
// holds such a line (a rule in a presenterm deck, which separates its
// slides with end_slide comments); then presenterm's separator, with which
// "---" is a rule again.
func separator(slides []string) string {
	for _, s := range slides {
		if ruleRE.MatchString(s) {
			return "\n\n<!-- end_slide -->\n\n"
		}
	}
	return "\n\n---\n\n"
}

// frontMatter writes the part's YAML: title, author, duration and warn
// first, then the deck's other keys in name order.
func frontMatter(d *deck.Deck, p PartPlan) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(k string, v any) error {
		var val yaml.Node
		if err := val.Encode(v); err != nil {
			return fmt.Errorf("key %s: %w", k, err)
		}
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, &val)
		return nil
	}
	title := p.Title
	if title == "" {
		title = d.Meta.Title
	}
	if err := add("title", title); err != nil {
		return nil, err
	}
	if d.Meta.Author != "" {
		if err := add("author", d.Meta.Author); err != nil {
			return nil, err
		}
	}
	if p.Budget > 0 {
		if err := add("duration", fmtDur(p.Budget)); err != nil {
			return nil, err
		}
	}
	if w := partWarn(d.Meta.Warn, p.Budget); d.Meta.Warn > 0 && w > 0 {
		if err := add("warn", fmtDur(w)); err != nil {
			return nil, err
		}
	}
	skip := map[string]bool{"title": true, "author": true, "authors": true, "duration": true, "warn": true, "end": true}
	var keys []string
	for k := range d.Meta.Extra {
		if !skip[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := add(k, d.Meta.Extra[k]); err != nil {
			return nil, err
		}
	}
	if _, ok := d.Meta.Extra["theme"]; !ok && d.Meta.Theme != "" && d.Meta.Theme != "light" {
		if err := add("theme", d.Meta.Theme); err != nil {
			return nil, err
		}
	}
	return yaml.Marshal(doc)
}

// imageRef is a local image a slide links to.
type imageRef struct {
	src     string // as written in the slide
	path    string // the file
	missing bool
	refused string // why the deck may not read it (deckfiles kind), "" when it may
}

// imageRefs lists the local files a slide uses: the images the loader
// found, and any other link target in the source that names a file beside
// the deck (Marp backgrounds, HTML images, CSS url()). Every one passes the
// deck's file policy: a file outside the deck's folder, a device or a FIFO
// is never copied.
func imageRefs(s deck.Slide, src string, files deckfiles.Policy) []imageRef {
	var out []imageRef
	seen := map[string]bool{}
	for _, im := range s.Images {
		if im.Remote || im.Src == "" || seen[im.Src] || strings.HasPrefix(strings.ToLower(strings.TrimSpace(im.Src)), "data:") {
			continue
		}
		seen[im.Src] = true
		r := imageRef{src: im.Src, missing: im.Missing, refused: im.Refused}
		if !r.missing && r.refused == "" {
			// Checked again: the file may have changed since the deck was read.
			p, err := files.Resolve(im.Src)
			switch k := deckfiles.KindOf(err); {
			case err == nil:
				r.path = p
			case k == deckfiles.KindMissing:
				r.missing = true
			default:
				r.refused = k
			}
		}
		out = append(out, r)
	}
	for _, target := range deckfiles.LinkTargets(src) {
		if seen[target] || deckfiles.IsRemote(target) {
			continue
		}
		seen[target] = true
		p, err := files.Resolve(target)
		switch k := deckfiles.KindOf(err); {
		case err == nil:
			out = append(out, imageRef{src: target, path: p})
		case k == deckfiles.KindOutside || k == deckfiles.KindNotFile:
			out = append(out, imageRef{src: target, refused: k})
		}
	}
	return out
}

// uniqueName picks images/<base name> for a file, adding -2, -3… when
// another file already took that name.
func uniqueName(used map[string]string, file string) string {
	name := filepath.Base(file)
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for i := 1; ; i++ {
		cand := ImagesDir + "/" + name
		if i > 1 {
			cand = fmt.Sprintf("%s/%s-%d%s", ImagesDir, stem, i, ext)
		}
		if prev, ok := used[cand]; !ok || prev == file {
			return cand
		}
	}
}

// rewriteLink points every link to src in text at rel.
func rewriteLink(text, src, rel string) string {
	if src == rel {
		return text
	}
	for _, pat := range []string{"](<%s>", "](%s", "src=\"%s\"", "src='%s'", "url(%s", "url('%s'", "url(\"%s\"", "]: %s", "]: <%s>"} {
		text = strings.ReplaceAll(text, fmt.Sprintf(pat, src), fmt.Sprintf(pat, rel))
	}
	return text
}
