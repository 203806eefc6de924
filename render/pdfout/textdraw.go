package pdfout

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// text draws a text op: its shaped glyphs when the layout gave them, else
// the text shaped here as the layout shapes its own (layout.ShapeText: runs
// by face, right-to-left stretches in visual order). A strike line and a
// link box follow the op's measured width.
func (d *Doc) text(t xform, o layout.Text) error {
	if o.Text == "" || o.Color.A == 0 || o.Size <= 0 {
		return nil
	}
	size := o.Size * t.s
	x, y := t.X(o.X), t.Y(o.Y)
	c := straight(o.Color)
	p := d.cur
	p.save(c.A)
	p.fillColor(c)
	var err error
	if o.Glyphs != nil {
		err = d.glyphRun(x, y, t.s, size, o.Font, o.Text, o.Glyphs, o.RTL)
	} else {
		for _, rt := range layout.ShapeText(o) {
			if missingRun(o.Font, rt.Text) {
				d.missingBoxes(t.X(rt.X), y, size, c, fonts.Run{Font: rt.Font, Text: rt.Text, Missing: true})
				continue
			}
			if err = d.glyphRun(t.X(rt.X), y, t.s, size, rt.Font, rt.Text, rt.Glyphs, rt.RTL); err != nil {
				break
			}
		}
	}
	p.restore()
	if err == nil && (o.Strike || o.Link != "") {
		w := fonts.Measure(o.Font, o.Size, o.Text) * t.s
		if o.Strike {
			up := fonts.VMetrics(o.Font, size).Ascent * 0.32
			p.line(x, y-up, x+w, y-up, size*0.06, c)
		}
		if o.Link != "" {
			m := fonts.VMetrics(o.Font, size)
			p.addLink(x, y-m.Ascent, w, m.Ascent+m.Descent, o.Link)
		}
	}
	return err
}

// missingBoxes draws characters no font has as outlined boxes, as the
// raster backend's .notdef draws them, and returns the pen after them.
func (d *Doc) missingBoxes(x, y, size float64, c color.RGBA, r fonts.Run) float64 {
	m := fonts.VMetrics(r.Font, size)
	for _, ch := range r.Text {
		w := fonts.Advance(r.Font, size, ch)
		d.cur.strokeRect(x+0.1*w, y-0.75*m.Ascent, 0.8*w, 0.75*m.Ascent, 0, max(0.3, size*0.04), c)
		x += w
	}
	return x
}

// missingRun: a run of ShapeText holding characters no font has (runs are
// cut where that changes, so its first character tells).
func missingRun(f layout.Font, s string) bool {
	for _, r := range s {
		_, ok := fonts.Resolve(f, r)
		return !ok
	}
	return false
}

// rightToLeft reports whether the first strong character of s is right to
// left (Hebrew, Arabic, Syriac, Thaana, N'Ko…); the tests set runs by it.
func rightToLeft(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x0590 && r <= 0x08FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF,
			r >= 0x10800 && r <= 0x10FFF, r >= 0x1E800 && r <= 0x1EFFF:
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// glyphRun draws glyphs of f (positions in units of k points from the
// baseline origin (x, y) points, y down) at size points. Each glyph maps to
// the text of its cluster the first time the document uses it; when the
// glyphs then do not read back as the text (a glyph first used for other
// text, several glyphs per character), the run is marked with /ActualText
// so copying and searching get the logical text.
func (d *Doc) glyphRun(x, y, k, size float64, f layout.Font, text string, glyphs []fonts.Glyph, rtl bool) error {
	if len(glyphs) == 0 {
		return nil
	}
	fe, err := d.face(f)
	if err != nil {
		return err
	}
	if rtl {
		// Right-to-left glyphs go into the content stream in logical
		// order, each at its visual place: pdftotext and MuPDF then read
		// the word in logical order (glyphs in visual order read
		// reversed in both, with or without /ActualText).
		glyphs = slices.Clone(glyphs)
		slices.Reverse(glyphs)
	}
	wants := glyphTexts(text, glyphs)
	used := make([]*usedGlyph, len(glyphs))
	var reads strings.Builder
	unmapped := false
	for i, g := range glyphs {
		want := wants[i]
		used[i] = d.use(fe, g.ID, want)
		if used[i].text != want {
			reads.WriteString("\x00") // never equal to the text
		}
		unmapped = unmapped || used[i].text == ""
		reads.WriteString(used[i].text)
	}
	p := d.cur
	// A glyph drawing part of a character (a conjunct's second glyph) maps
	// to nothing, which MuPDF copies as U+FFFD: the span's text then comes
	// from /ActualText, as it does when a glyph maps to other text than
	// here. Right-to-left runs only when the glyphs misread (see above).
	actual := reads.String() != text || unmapped && !rtl
	if actual {
		p.printf("/Span << /ActualText %s >> BDC\n", pdfText(text))
	}
	p.c.WriteString("BT\n")
	part, open := -1, false
	var penX, penY float64
	for i, g := range glyphs {
		u := used[i]
		gx, gy := x+g.X*k, p.y(y+g.Y*k)
		if u.part != part || math.Abs(gy-penY) > 1e-3 {
			if open {
				p.c.WriteString("] TJ\n")
			}
			if u.part != part {
				part = u.part
				name := fmt.Sprintf("F%d", part+1)
				p.fonts[name] = part
				p.printf("/%s %s Tf\n", name, num(size))
			}
			p.printf("1 0 0 1 %s %s Tm [", num(gx), num(gy))
			open, penX, penY = true, gx, gy
		} else if adj := (gx - penX) * 1000 / size; math.Abs(adj) > 0.05 {
			p.printf(" %s ", num(-adj))
		}
		if fe.type3 {
			p.printf("<%02X>", u.code)
		} else {
			p.printf("<%04X>", u.code)
		}
		penX = gx + u.width*size/1000
	}
	if open {
		p.c.WriteString("] TJ\n")
	}
	p.c.WriteString("ET\n")
	if actual {
		p.c.WriteString("EMC\n")
	}
	return nil
}

// glyphTexts is the text each glyph maps to: a cluster's characters go one
// by one to its glyphs in order, the last glyph taking what is left, so
// the glyphs read back as the text even where a cluster has several glyphs
// (a conjunct and its vowel sign); glyphs beyond the characters and .notdef
// get none.
func glyphTexts(text string, glyphs []fonts.Glyph) []string {
	spans := clusters(text, glyphs)
	byCluster := map[int][]int{}
	for i, g := range glyphs {
		if g.ID != 0 {
			byCluster[g.Cluster] = append(byCluster[g.Cluster], i)
		}
	}
	out := make([]string, len(glyphs))
	for c, idx := range byCluster {
		rs := []rune(spans[c])
		k := min(len(idx), len(rs))
		for j := 0; j < k; j++ {
			if j == k-1 {
				out[idx[j]] = string(rs[j:])
			} else {
				out[idx[j]] = string(rs[j])
			}
		}
	}
	return out
}

// clusters maps each cluster start (a byte offset) of glyphs to its text:
// from the start to the next cluster's start.
func clusters(text string, glyphs []fonts.Glyph) map[int]string {
	var starts []int
	seen := map[int]bool{}
	for _, g := range glyphs {
		if c := g.Cluster; c >= 0 && c <= len(text) && !seen[c] {
			seen[c] = true
			starts = append(starts, c)
		}
	}
	sort.Ints(starts)
	out := make(map[int]string, len(starts))
	for i, s := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		out[s] = text[s:end]
	}
	return out
}
