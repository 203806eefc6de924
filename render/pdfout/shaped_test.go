package pdfout

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
)

// scriptLines are one line per script, each "label word": the word must
// come out of the PDF as text, in logical order, and be drawn.
var scriptLines = [][2]string{
	{"Hindi", "नमस्ते"}, {"Tamil", "வணக்கம்"}, {"Chinese", "你好世界"}, {"Japanese", "こんにちは"},
	{"Korean", "안녕하세요"}, {"Arabic", "مرحبا"}, {"Hebrew", "שלום"}, {"Greek", "Καλημέρα"},
	{"Cyrillic", "Привет"}, {"Emoji", "🐍 🚀 ✅ 👩\u200d💻"}, {"Math", "∑ ∫ ≤ →"},
	{"Struck", "𝔸"}, {"Accents", "Cafe\u0301 n\u0303"},
}

const lineSize, lineGap, lineX = 40.0, 64.0, 100.0

// scriptPage lays the lines out as the layout does before shaping (Glyphs
// nil: pdfout splits and shapes), or shaped run by run (fonts.Shape into
// Glyphs, as the layout does once it shapes). Arabic and Hebrew lines end
// in English, so each line mixes directions.
func scriptPage(shaped bool) *layout.Page {
	p := &layout.Page{W: 1920, H: 1080, Background: color.RGBA{255, 255, 255, 255}}
	for i, l := range scriptLines {
		y := 70 + float64(i)*lineGap
		x := lineX
		line := l[0] + " " + l[1] + " and more"
		if !shaped {
			p.Ops = append(p.Ops, layout.Text{X: x, Y: y, Size: lineSize, Font: layout.Regular, Color: color.RGBA{A: 255}, Text: line})
			continue
		}
		fonts.EachRun(layout.Regular, line, func(r fonts.Run) {
			rtl := rightToLeft(r.Text)
			sh, err := fonts.Shape(r.Font, lineSize, r.Text, rtl)
			if err != nil {
				panic(err)
			}
			p.Ops = append(p.Ops, layout.Text{X: x, Y: y, Size: lineSize, Font: r.Font, Color: color.RGBA{A: 255}, Text: r.Text, Glyphs: sh.Glyphs, RTL: rtl})
			x += sh.Width
		})
	}
	return p
}

// TestEveryScriptExtractsInOrder writes the lines both ways and with both
// kinds of font (Type0 TrueType; Type3 as CFF and colour faces get) and
// checks pdftotext reads every word in logical order, qpdf finds no error,
// pdffonts lists the faces embedded, and MuPDF draws ink where each word is.
func TestEveryScriptExtractsInOrder(t *testing.T) {
	var sample []string
	for _, l := range scriptLines {
		sample = append(sample, strings.ReplaceAll(strings.ReplaceAll(l[1], " ", ""), "\u200d", ""))
	}
	fontstest.Need(t, sample...)
	for _, c := range []struct {
		name          string
		shaped, type3 bool
	}{{"unshaped", false, false}, {"shaped", true, false}, {"type3", true, true}} {
		t.Run(c.name, func(t *testing.T) {
			forceType3 = c.type3
			defer func() { forceType3 = false }()
			dir := t.TempDir()
			out := filepath.Join(dir, "scripts.pdf")
			if err := WritePages(out, []*layout.Page{scriptPage(c.shaped)}, Options{}); err != nil {
				t.Fatal(err)
			}
			txt := pdfToText(t, out)
			got := squeeze(txt)
			for _, l := range scriptLines {
				if want := squeeze(l[0] + " " + l[1] + " and more"); !strings.Contains(got, want) {
					t.Errorf("pdftotext does not find %q (%+q) in:\n%s", want, want, txt)
				}
			}
			qpdfCheck(t, out)
			f := pdfFonts(t, out)
			kind := "CID TrueType"
			if c.type3 {
				kind = "Type 3"
			}
			if n := strings.Count(f, kind); n < 6 {
				t.Errorf("%d %s fonts, want one per face:\n%s", n, kind, f)
			}
			img := mutoolPage(t, out, 72)
			for i, l := range scriptLines {
				x0 := (lineX + fonts.Measure(layout.Regular, lineSize, l[0]+" ")) / 2
				x1 := x0 + fonts.Measure(layout.Regular, lineSize, l[1])/2
				y := (70 + float64(i)*lineGap) / 2
				box := image.Rect(int(x0), int(y-lineSize*0.45), int(x1)+1, int(y+lineSize*0.15))
				if n := ink(img, box); n < 12 {
					t.Errorf("%s: %d inked pixels where %q is drawn (%v), want ≥ 12", l[0], n, l[1], box)
				}
			}
			t.Logf("pdftotext:\n%s\npdffonts:\n%s", txt, f)
		})
	}
}

// squeeze drops spaces and the bidi embedding marks pdftotext puts around
// right-to-left words (it also moves the space after such a word before
// it): what is left must hold each line's characters in logical order.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r >= 0x202a && r <= 0x202e {
			return -1
		}
		return r
	}, s)
}

// pdfToText is the file's text as pdftotext reads it; any warning it
// prints (an unbalanced marked-content span, say) fails the test.
func pdfToText(t *testing.T, path string) string {
	t.Helper()
	testtool.Need(t, "pdftotext")
	var stderr strings.Builder
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", path, "-")
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if stderr.Len() > 0 {
		t.Errorf("pdftotext warns: %s", stderr.String())
	}
	return string(b)
}

// A glyph keeps the text of its first use in the ToUnicode CMap; a later
// run that draws the same glyph for other text (fonts that share a glyph
// between µ and μ, or Ω and Ω) is marked with /ActualText, so it still
// copies out as its own text.
func TestSharedGlyphCopiesAsItsOwnText(t *testing.T) {
	gx := fonts.Glyph{ID: 0x5b} // 'x' in the Go fonts
	black := color.RGBA{A: 255}
	p := &layout.Page{W: 1920, H: 1080, Ops: []layout.Op{
		layout.Text{X: 100, Y: 200, Size: 60, Font: layout.Regular, Color: black, Text: "x", Glyphs: []fonts.Glyph{gx}},
		layout.Text{X: 100, Y: 400, Size: 60, Font: layout.Regular, Color: black, Text: "y", Glyphs: []fonts.Glyph{gx}},
	}}
	out := filepath.Join(t.TempDir(), "shared.pdf")
	if err := WritePages(out, []*layout.Page{p}, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(pdfToText(t, out)); len(got) != 2 || got[0] != "x" || got[1] != "y" {
		t.Errorf("pdftotext reads %q, want [x y]", got)
	}
	qpdfCheck(t, out)
}

func qpdfCheck(t *testing.T, path string) {
	t.Helper()
	testtool.Need(t, "qpdf")
	if c, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, c)
	}
}

func pdfFonts(t *testing.T, path string) string {
	t.Helper()
	testtool.Need(t, "pdffonts")
	b, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// mutoolPage draws page 1 with MuPDF's command-line tool at dpi.
func mutoolPage(t *testing.T, path string, dpi int) image.Image {
	t.Helper()
	testtool.Need(t, "mutool")
	png1 := filepath.Join(t.TempDir(), "page.png")
	if c, err := exec.Command("mutool", "draw", "-q", "-r", strconv.Itoa(dpi), "-o", png1, path, "1").CombinedOutput(); err != nil {
		t.Fatalf("mutool draw: %v\n%s", err, c)
	}
	f, err := os.Open(png1)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// ink counts the pixels in r that are clearly not white.
func ink(img image.Image, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr>>8+cg>>8+cb>>8 < 3*160 {
				n++
			}
		}
	}
	return n
}

// Shaped text sits where the layout placed each glyph: the PDF drawn by
// MuPDF matches render/raster's drawing of the same glyphs (a wrong /W
// width shifts every glyph after it and fails this).
func TestShapedTextMatchesRaster(t *testing.T) {
	fontstest.Need(t, "नमस्ते", "你好", "مرحبا", "🐍")
	samePixels(t, []string{"scripts"}, []*layout.Page{scriptPage(true)})
	forceType3 = true // the same glyphs as Type3 outlines
	defer func() { forceType3 = false }()
	samePixels(t, []string{"scripts-type3"}, []*layout.Page{scriptPage(true)})
}
