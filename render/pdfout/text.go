package pdfout

import (
	"image/color"
	"strings"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// Style is how plain text is set by TextAt and Lines: sizes in points.
type Style struct {
	Font    layout.Font
	Size    float64
	Color   color.RGBA
	Leading float64 // line height as a multiple of Size; 0: 1.3
}

// LineHeight is the distance between baselines in points.
func (st Style) LineHeight() float64 {
	if st.Leading <= 0 {
		return st.Size * 1.3
	}
	return st.Size * st.Leading
}

// TextAt sets one line of text with its baseline starting at (x, y) points.
func (d *Doc) TextAt(x, y float64, st Style, s string) error {
	if d.cur == nil {
		return nil
	}
	c := st.Color
	if c.A == 0 {
		c = color.RGBA{A: 255}
	}
	return d.text(xform{s: 1}, layout.Text{X: x, Y: y, Size: st.Size, Font: st.Font, Color: c, Text: s})
}

// Width is the advance width of s in st, in points.
func Width(st Style, s string) float64 { return fonts.Measure(st.Font, st.Size, s) }

// Wrap breaks text into lines at most w points wide in st: at spaces when it
// can, inside a word longer than a line when it must. Newlines are kept as
// line breaks and tabs become spaces.
func Wrap(st Style, w float64, text string) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(text, "\t", "    "), "\n") {
		para = strings.TrimRight(para, " \r")
		if para == "" {
			out = append(out, "")
			continue
		}
		indent := para[:len(para)-len(strings.TrimLeft(para, " "))]
		line := ""
		for _, word := range strings.Fields(para) {
			cand := word
			if line != "" {
				cand = line + " " + word
			} else {
				cand = indent + word
			}
			if Width(st, cand) <= w {
				line = cand
				continue
			}
			if line != "" {
				out = append(out, line)
				line = ""
			}
			for Width(st, indent+word) > w && len([]rune(word)) > 1 {
				head := fitRunes(st, w, indent, word)
				out = append(out, indent+head)
				word = word[len(head):]
			}
			line = indent + word
		}
		out = append(out, line)
	}
	return out
}

// fitRunes is the longest prefix of word (at least one rune) that fits in w
// after indent.
func fitRunes(st Style, w float64, indent, word string) string {
	end := 0
	for i, r := range word {
		next := i + len(string(r))
		if end > 0 && Width(st, indent+word[:next]) > w {
			break
		}
		end = next
	}
	return word[:end]
}
