package pdfout

import (
	"bytes"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gotext "github.com/go-text/typesetting/font"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// findFont returns an installed font file by name (.ci/deps installs
// fonts-noto-core, fonts-noto-cjk and fonts-noto-color-emoji).
func findFont(t *testing.T, name string) []byte {
	t.Helper()
	var found string
	filepath.WalkDir("/usr/share/fonts", func(p string, e os.DirEntry, err error) error {
		if err == nil && e.Name() == name {
			found = p
		}
		return nil
	})
	if found == "" {
		testtool.Missing(t, "font "+name+" is not installed (.ci/deps installs fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji)")
		return nil
	}
	b, err := os.ReadFile(found)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// nominal sets text one glyph per character from the face's cmap (CJK and
// single emoji need no shaping), as the layout's Glyphs.
func nominal(t *testing.T, face *gotext.Face, size float64, text string) []fonts.Glyph {
	t.Helper()
	var gs []fonts.Glyph
	x := 0.0
	for i, r := range text {
		gid, ok := face.NominalGlyph(r)
		if !ok {
			t.Fatalf("the face has no glyph for %q", r)
		}
		adv := float64(face.HorizontalAdvance(gid)) * size / float64(face.Upem())
		gs = append(gs, fonts.Glyph{ID: uint16(gid), X: x, Advance: adv, Cluster: i})
		x += adv
	}
	return gs
}

// CFF outlines (Noto Sans CJK) and colour bitmaps (Noto Color Emoji) are
// embedded as Type3 fonts: the text extracts, the CJK glyphs have ink, the
// emoji are in colour, and a face with more than 256 glyphs is split into
// several Type3 fonts that all extract.
func TestCFFAndColourEmojiAsType3(t *testing.T) {
	cjkFile := findFont(t, "NotoSansCJK-Regular.ttc")
	emojiFile := findFont(t, "NotoColorEmoji.ttf")
	cjkFaces, err := gotext.ParseTTC(bytes.NewReader(cjkFile))
	if err != nil {
		t.Fatal(err)
	}
	const cjkFont, emojiFont = layout.Font(1 << 20), layout.Font(1<<20 + 1)
	old := faceSource
	defer func() { faceSource = old }()
	faceSource = func(f layout.Font) (string, []byte, *gotext.Face, error) {
		switch f {
		case cjkFont: // a collection: no single sfnt file, so never Type0
			return "NotoSansCJK", nil, cjkFaces[0], nil
		case emojiFont:
			face, err := gotext.ParseTTF(bytes.NewReader(emojiFile))
			return "NotoColorEmoji", emojiFile, face, err
		}
		return old(f)
	}
	emojiFace, err := gotext.ParseTTF(bytes.NewReader(emojiFile))
	if err != nil {
		t.Fatal(err)
	}
	var many strings.Builder
	for r := rune(0x4E00); r < 0x4E00+300; r++ {
		many.WriteRune(r)
	}
	black := color.RGBA{A: 255}
	op := func(y float64, f layout.Font, face *gotext.Face, text string) layout.Text {
		return layout.Text{X: 100, Y: y, Size: 80, Font: f, Color: black, Text: text, Glyphs: nominal(t, face, 80, text)}
	}
	p := &layout.Page{W: 1920, H: 1080, Background: color.RGBA{255, 255, 255, 255}, Ops: []layout.Op{
		op(200, cjkFont, cjkFaces[0], "你好世界"),
		op(400, emojiFont, emojiFace, "🐍🚀✅"),
	}}
	p2 := &layout.Page{W: 1920, H: 1080}
	for i, line := range splitRunes(many.String(), 30) {
		p2.Ops = append(p2.Ops, layout.Text{X: 40, Y: 60 + float64(i)*100, Size: 60, Font: cjkFont, Color: black, Text: line, Glyphs: nominal(t, cjkFaces[0], 60, line)})
	}
	out := filepath.Join(t.TempDir(), "type3.pdf")
	if d := os.Getenv("LECTERN_PNG_DIR"); d != "" {
		out = filepath.Join(d, "type3.pdf")
	}
	if err := WritePages(out, []*layout.Page{p, p2}, Options{}); err != nil {
		t.Fatal(err)
	}
	txt := pdfToText(t, out)
	got := squeeze(txt)
	for _, w := range []string{"你好世界", "🐍🚀✅", many.String()} {
		if !strings.Contains(got, w) {
			t.Errorf("pdftotext does not find %q in:\n%s", w, txt)
		}
	}
	qpdfCheck(t, out)
	if f := pdfFonts(t, out); strings.Count(f, "Type 3") != 3 {
		t.Errorf("want 3 Type3 fonts (CJK 300 glyphs in two, emoji in one):\n%s", f)
	}
	img := mutoolPage(t, out, 72)
	cjkBox := image.Rect(50, 100-35, 50+160, 100+8)
	if n := ink(img, cjkBox); n < 200 {
		t.Errorf("%d inked pixels where 你好世界 is drawn, want ≥ 200", n)
	}
	emojiBox := image.Rect(50, 200-35, 50+130, 200+10)
	if n := colourful(img, emojiBox); n < 200 {
		t.Errorf("%d coloured pixels where the emoji are drawn, want ≥ 200", n)
	}
}

func splitRunes(s string, n int) []string {
	var out []string
	r := []rune(s)
	for len(r) > 0 {
		k := min(n, len(r))
		out = append(out, string(r[:k]))
		r = r[k:]
	}
	return out
}

// colourful counts the pixels in r far from grey.
func colourful(img image.Image, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			hi, lo := max(cr, cg, cb)>>8, min(cr, cg, cb)>>8
			if hi-lo > 80 {
				n++
			}
		}
	}
	return n
}
