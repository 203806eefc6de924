package raster

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	gotext "github.com/go-text/typesetting/font"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// Debian's font files (.ci/deps installs them): a CBDT colour emoji font and
// a CFF-outline collection.
const (
	emojiFile = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
	cjkFile   = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
)

// withFace parses a font file and lets the raster draw it as font f (the
// registry does not take CBDT or CFF faces yet), for the test's duration.
func withFace(t *testing.T, path string, f layout.Font) *gotext.Face {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		testtool.Missing(t, path+" is not installed (.ci/deps installs fonts-noto-color-emoji and fonts-noto-cjk)")
	}
	faces, err := gotext.ParseTTC(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	face := faces[0]
	shaped.draw.Lock()
	shaped.faces[f] = &outlineFace{face: gotext.NewFace(face.Font), upem: float64(face.Upem())}
	shaped.draw.Unlock()
	t.Cleanup(func() {
		shaped.draw.Lock()
		delete(shaped.faces, f)
		shaped.draw.Unlock()
		shaped.Lock()
		shaped.m = map[shapedKey]*shapedGlyph{}
		shaped.bytes = 0
		shaped.Unlock()
	})
	return face
}

func pngDir(t *testing.T) string {
	if dir := os.Getenv("LECTERN_PNG_DIR"); dir != "" {
		return dir
	}
	return t.TempDir()
}

func save(t *testing.T, path string, img image.Image) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A colour emoji (CBDT PNG) is drawn in its own colours, scaled to the text
// size and standing on the baseline like the letters beside it.
func TestColourEmojiDrawnInColourOnTheBaseline(t *testing.T) {
	const emojiFont = layout.Font(1 << 20)
	face := withFace(t, emojiFile, emojiFont)
	gid, ok := face.NominalGlyph('🐍')
	if !ok {
		t.Fatal("no 🐍 in Noto Color Emoji")
	}
	size, baseline := 96.0, 150.0
	sh, err := fonts.Shape(fonts.Regular, size, "Ag", false)
	if err != nil {
		t.Fatal(err)
	}
	adv := float64(face.HorizontalAdvance(gid)) * size / float64(face.Upem())
	p := &layout.Page{W: 400, H: 200, Background: color.RGBA{255, 255, 255, 255}, Ops: []layout.Op{
		layout.Text{X: 20, Y: baseline, Size: size, Font: fonts.Regular, Color: color.RGBA{A: 255}, Text: "Ag", Glyphs: sh.Glyphs},
		layout.Text{X: 20 + sh.Width, Y: baseline, Size: size, Font: emojiFont, Color: color.RGBA{A: 255}, Text: "🐍",
			Glyphs: []fonts.Glyph{{ID: uint16(gid), Advance: adv}}},
	}}
	img := Draw(p, 400)
	save(t, filepath.Join(pngDir(t), "emoji.png"), img)

	// the emoji's box: coloured (not grey) pixels right of the letters
	var box image.Rectangle
	x0 := int(20 + sh.Width)
	for y := 0; y < 200; y++ {
		for x := x0; x < 400; x++ {
			c := img.RGBAAt(x, y)
			if int(c.G)-int(c.B) > 40 || int(c.G)-int(c.R) > 40 { // the snake is green
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if box.Empty() {
		t.Fatal("no green pixels where 🐍 should be: the colour glyph was not drawn")
	}
	if box.Dy() < int(0.6*size) || box.Dy() > int(1.3*size) {
		t.Errorf("🐍 is %d px tall at %.0f px text, want about the em", box.Dy(), size)
	}
	if box.Max.X > x0+int(adv)+2 {
		t.Errorf("🐍 ends at x=%d, past its advance (%d)", box.Max.X, x0+int(adv))
	}
	// Noto's emoji sit a little below the baseline, as descenders do, and top out near the cap height
	if box.Max.Y < int(baseline) || box.Max.Y > int(baseline+0.35*size) {
		t.Errorf("🐍 bottom at y=%d, want just below the baseline %.0f", box.Max.Y, baseline)
	}
	if box.Min.Y > int(baseline-0.6*size) {
		t.Errorf("🐍 top at y=%d, want near the cap height above the baseline %.0f", box.Min.Y, baseline)
	}
}

// CFF outlines (Noto Sans CJK) rasterise: cubic curves, not only glyf's quadratics.
func TestCFFGlyphHasInk(t *testing.T) {
	const cjkFont = layout.Font(1<<20 + 1)
	face := withFace(t, cjkFile, cjkFont)
	gid, ok := face.NominalGlyph('你')
	if !ok {
		t.Fatal("no 你 in Noto Sans CJK")
	}
	if _, ok := face.GlyphData(gid).(gotext.GlyphOutline); !ok {
		t.Fatalf("你 in Noto Sans CJK is %T, want an outline", face.GlyphData(gid))
	}
	p := &layout.Page{W: 200, H: 150, Background: color.RGBA{255, 255, 255, 255}, Ops: []layout.Op{
		layout.Text{X: 20, Y: 110, Size: 96, Font: cjkFont, Color: color.RGBA{A: 255}, Text: "你",
			Glyphs: []fonts.Glyph{{ID: uint16(gid), Advance: 96}}},
	}}
	img := Draw(p, 200)
	save(t, filepath.Join(pngDir(t), "cff.png"), img)
	ink, box := 0, image.Rectangle{}
	for y := 0; y < 150; y++ {
		for x := 0; x < 200; x++ {
			if img.RGBAAt(x, y).R < 128 {
				ink++
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if ink < 96*96/10 || box.Dx() < 70 || box.Dy() < 70 {
		t.Errorf("你 at 96 px: %d inked pixels in %v, want a filled glyph about 90 px square", ink, box)
	}
	if box.Max.Y > 110+20 || box.Min.Y < 110-96 {
		t.Errorf("你 spans y %d..%d, want it on the baseline at 110", box.Min.Y, box.Max.Y)
	}
}
