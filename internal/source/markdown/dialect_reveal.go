package markdown

// reveal.js / reveal-md rules, as reveal.js's markdown plugin (slidify)
// reads them: `Note:` notes (notes.go); `----` vertical slides, read in
// order as slides; reveal-md's front matter `separator`,
// `verticalSeparator` and `notesSeparator`, regular expressions over the
// whole text that replace the default separators; `<!-- .slide: … -->`
// attributes recorded as the slide's hints (data-background-color …);
// `<!-- .element: class="fragment" -->` making its element a step (the
// comment becomes a fragment mark that reveal.go reads: a list item or block
// holding it, or the block before it when it stands alone).

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// revealSeps are the separators a reveal-md front matter sets; nil
// patterns keep the defaults.
type revealSeps struct {
	slide, vertical, notes *regexp.Regexp
}

// The separators when the front matter sets only one: reveal.js's
// markdown plugin's, and reveal-md's vertical one.
const (
	revealSlideSep    = `\r?\n---\r?\n`
	revealVerticalSep = `^(\r\n?|\n)----(\r\n?|\n)$`
)

// revealHead reads reveal-md's separators. A pattern Go cannot compile
// (JavaScript look-arounds) is a problem and the default is kept.
func (p *parser) revealHead(fields []field) {
	var seps revealSeps
	set := false
	for _, k := range []struct {
		key string
		re  **regexp.Regexp
	}{{"separator", &seps.slide}, {"verticalSeparator", &seps.vertical}, {"notesSeparator", &seps.notes}} {
		f := find(fields, k.key)
		if f == nil || f.node.Value == "" {
			continue
		}
		flags := "(?m)"
		if k.key == "notesSeparator" {
			flags = "(?mi)" // slidify splits notes with flags mgi
		}
		re, err := regexp.Compile(flags + f.node.Value)
		if err != nil {
			p.d.AddProblem(0, deck.Warning, "bad-separator", fmt.Sprintf("front matter line %d: %s %q is not a regular expression Lectern can read; the default is used", f.line, k.key, f.node.Value))
			continue
		}
		*k.re, set = re, true
	}
	if set {
		p.fl.reveal = &seps
	}
}

// revealCuts are the cuts of a deck whose front matter sets reveal-md
// separators: every match of the slide or vertical pattern from offset
// from, code included, as slidify cuts.
func (p *parser) revealCuts(from int) []cut {
	r := p.fl.reveal
	if r.slide == nil && r.vertical == nil {
		return nil
	}
	pats := []string{}
	for _, re := range []*regexp.Regexp{r.slide, r.vertical} {
		if re != nil {
			pats = append(pats, strings.TrimPrefix(re.String(), "(?m)"))
		}
	}
	if r.slide == nil {
		pats = append(pats, revealSlideSep)
	}
	if r.vertical == nil {
		pats = append(pats, revealVerticalSep)
	}
	all := regexp.MustCompile("(?m)(?:" + strings.Join(pats, ")|(?:") + ")")
	var cuts []cut
	for _, m := range all.FindAllIndex(p.src[from:], -1) {
		if m[1] > m[0] {
			cuts = append(cuts, cut{from + m[0], from + m[1], cutRegex})
		}
	}
	return cuts
}

// revealNotes finds the notes of slide text [top, b) with a reveal-md
// notesSeparator: slidify takes notes only when the pattern splits the
// slide in exactly two.
func (p *parser) revealNotes(top, b int) ([]region, bool) {
	if p.fl.reveal == nil || p.fl.reveal.notes == nil {
		return nil, false
	}
	ms := p.fl.reveal.notes.FindAllIndex(p.src[top:b], 3)
	if len(ms) != 1 {
		return nil, true
	}
	m := ms[0]
	return []region{{start: top + m[0], end: b, cs: top + m[1], ce: b}}, true
}

// revealAttrRe is slidify's attribute pattern (name="value" or a bare
// data-name), without its look-ahead.
var revealAttrRe = regexp.MustCompile(`([^"= ]+?)="([^"]+?)"|(data-[^"= ]+)`)

// revealAttrComment reads `.slide: attrs` and `.element: attrs` comments:
// slide attributes become hints (without their data- prefix; reveal's
// data-background is a colour or a picture), an element's fragment class
// a step. Other element attributes are only hidden.
func revealAttrComment(t string) (directive, bool) {
	rest, slide := strings.CutPrefix(t, ".slide:")
	if !slide {
		var ok bool
		if rest, ok = strings.CutPrefix(t, ".element"); !ok {
			return directive{}, false
		}
		rest = strings.TrimPrefix(rest, ":")
	}
	d := directive{kind: kindHidden}
	for _, m := range revealAttrRe.FindAllStringSubmatch(rest, -1) {
		k, v := m[1], m[2]
		if m[3] != "" {
			k, v = m[3], "true"
		}
		if !slide {
			if k == "class" && hasWord(v, "fragment") {
				d.fragment = true
			}
			continue
		}
		k = strings.TrimPrefix(k, "data-")
		if k == "background" {
			k = "background-color"
			if isPicture(v) {
				k = "background-image"
			}
		}
		if d.hints == nil {
			d.hints = map[string]string{}
		}
		d.hints[k] = v
	}
	return d, true
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// isPicture tells reveal's data-background picture from a colour.
func isPicture(v string) bool {
	v = strings.ToLower(v)
	return strings.Contains(v, "/") || strings.Contains(v, "url(") || pictureExtRe.MatchString(v)
}

var pictureExtRe = regexp.MustCompile(`\.(png|jpe?g|gif|svg|webp|avif)$`)
