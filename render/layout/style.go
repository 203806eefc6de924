package layout

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/mdsyntax"
)

// The look a deck asks for beyond its text: the theme it names and the
// per-slide Hints the reader kept (Marp directives, reveal/remark/Deckset
// backgrounds and classes, presenterm alignment).

// themeFor picks the theme: the one asked for (light or dark, the user's
// or the deck's), or the built-in Marp look-alike the deck names, inverted
// when dark was asked for.
func themeFor(d *deck.Deck, opt Options) Theme {
	// The deck's own theme file, unless a different theme was asked for
	// (a caller passing the deck's Meta.Theme along asks for nothing).
	if d != nil && d.Meta.ThemeSet != nil && (opt.Theme == "" || strings.EqualFold(opt.Theme, d.Meta.Theme)) {
		return themeFromSpec(d.Meta.ThemeSet)
	}
	base := opt.Theme
	if base == "" && d != nil {
		base = d.Meta.Theme
	}
	if b := strings.ToLower(base); b != "" && b != "light" && b != "dark" {
		return ThemeNamed(base)
	}
	if m := marpTheme(d); m != "" {
		t := ThemeNamed(m)
		if strings.EqualFold(base, "dark") {
			t = ThemeNamed(t.Inverse)
		}
		return t
	}
	return ThemeNamed(base)
}

// marpTheme is the Marp theme the deck names when it is one of ours: gaia
// and uncover by name, default only in a deck that says `marp: true`
// (Slidev's and others' "default" are not Marp's).
func marpTheme(d *deck.Deck) string {
	if d == nil {
		return ""
	}
	for _, k := range []string{"theme", "$theme"} {
		v, _ := d.Meta.Extra[k].(string)
		switch v = strings.ToLower(strings.TrimSpace(v)); v {
		case "gaia", "uncover":
			return v
		case "default":
			if m, _ := d.Meta.Extra["marp"].(bool); m {
				return v
			}
		}
	}
	return ""
}

// applyHints changes the theme, alignment and backgrounds for this slide.
func (b *builder) applyHints() {
	h := b.slide.Hints
	b.center, b.middle = b.th.Center, b.th.Middle
	for _, c := range strings.FieldsFunc(h["class"], func(r rune) bool { return r == ' ' || r == ',' }) {
		switch strings.ToLower(c) {
		case "invert", "inverse":
			b.th = ThemeNamed(b.th.Inverse)
		case "lead":
			if !b.th.NoLead {
				b.center, b.middle = true, true
			}
		case "center":
			b.center = true
		case "middle":
			b.middle = true
		}
	}
	if strings.EqualFold(strings.TrimSpace(h["alignment"]), "center") {
		b.center = true
	}
	if c, ok := cssColor(h["color"]); ok {
		b.th.Text, b.th.Heading, b.th.H1 = c, c, c
	}
	if hd := h["header"]; isHeadingStyle(hd) {
		// Deckset's [.header: #FF0000, alignment(center)] styles headings
		if c, ok := cssColor(strings.Split(hd, ",")[0]); ok {
			b.th.Heading, b.th.H1 = c, c
		}
		b.headCenter = strings.Contains(hd, "alignment(center)")
	}
	if side, ok := strings.CutPrefix(h["layout"], "image-"); ok && h["image"] != "" && (side == "left" || side == "right") {
		// Slidev's image-left / image-right: the picture covers one half
		b.bgs = append(b.bgs, bgImage{side: side, frac: 0.5, zoom: 1, item: b.resolve(h["image"], "")})
	}
	for _, k := range []string{"backgroundColor", "background-color"} {
		if c, ok := firstColor(h[k]); ok {
			b.th.Background = c
		}
	}
	for _, k := range []string{"backgroundImage", "background-image"} {
		v := h[k]
		if v == "" {
			continue
		}
		if u := cssURL(v); u != "" || !strings.Contains(v, "(") {
			if u == "" {
				u = v
			}
			bg := bgImage{frac: 0.5, zoom: 1, item: b.resolve(u, "")}
			bg.contain = strings.Contains(h["backgroundSize"], "contain")
			b.bgs = append([]bgImage{bg}, b.bgs...)
		} else if c, ok := firstColor(v); ok {
			b.th.Background = c
		}
	}
}

// isHeadingStyle tells Deckset's header setting (a colour, alignment(…),
// text-scale(…)…) from Marp's header, which is text.
func isHeadingStyle(v string) bool {
	if _, ok := cssColor(strings.Split(v, ",")[0]); ok {
		return true
	}
	for _, f := range []string{"alignment(", "text-scale(", "line-height(", "font-family"} {
		if strings.Contains(v, f) {
			return true
		}
	}
	return false
}

// chromeGap is the distance of header and footer from the page edge, and
// of the page number from the right edge (Marp's 21 and 30 px at 1280).
const (
	chromeGapY = 31.5
	chromeGapX = 45.0
)

// chrome draws the slide's header, footer and Marp page number. It reports
// whether a page number was Marp's to give (then Lectern's is left out).
func (b *builder) chrome() bool {
	h := b.slide.Hints
	if v := h["header"]; v != "" && !isHeadingStyle(v) {
		b.chromeText(v, true)
	}
	if v := h["footer"]; v != "" && h["hide-footer"] != "true" {
		b.chromeText(v, false)
	}
	_, paginated := h["paginate"]
	if p := h["page"]; p != "" {
		size := b.th.Number
		w := measure(Regular, size, p)
		b.seg0(Text{X: b.pageW - chromeGapX - w, Y: b.pageH - chromeGapY - 0.45*size, Size: size, Font: Regular, Color: b.th.Muted, Text: p})
	}
	return paginated
}

// chromeText lays out a header or footer (inline Markdown) on one line at
// the top or bottom of the page, in the theme's small size.
func (b *builder) chromeText(md string, top bool) {
	src := []byte(md)
	doc := mdsyntax.Parse(src)
	var para ast.Node
	for c := doc.FirstChild(); c != nil && para == nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock:
			para = c
		}
	}
	if para == nil {
		return
	}
	keepSrc, keepScale, keepSeg := b.src, b.scale, b.seg
	b.src, b.scale, b.seg = src, 1, 0
	defer func() { b.src, b.scale, b.seg = keepSrc, keepScale, keepSeg }()
	size := b.th.Chrome
	frags, _ := b.inlines(para, style{font: Regular, size: size, color: b.th.Muted})
	w := b.pageW - 2*chromeGapX
	lines := breakLines(frags, w, size)
	if len(lines) > 2 {
		lines = lines[:2]
	}
	hgt := float64(len(lines)) * size * b.th.LineHeight
	y := chromeGapY + 0.15*size // Marp's line box is taller than ours
	if !top {
		y = b.pageH - chromeGapY - hgt - 0.1*size
	}
	al := alignLeft
	if b.th.Center {
		al = alignCenter
	}
	b.emitLines(lines, chromeGapX, y, w, al)
}
