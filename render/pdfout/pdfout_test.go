package pdfout

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/layout"
)

func init() { api.DisableConfigDir() }

var (
	black = color.RGBA{A: 255}
	blue  = color.RGBA{B: 200, A: 255}
	glass = color.RGBA{R: 200, A: 100}
)

// writePNG writes a w×h PNG; deep makes it 16 bits per channel (which pdfout
// re-encodes to 8 bits), alpha gives it transparency.
func writePNG(t *testing.T, path string, w, h int, deep, alpha bool) image.Image {
	t.Helper()
	var img image.Image
	if deep {
		m := image.NewRGBA64(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				m.SetRGBA64(x, y, color.RGBA64{R: uint16(x * 600), G: uint16(y * 600), B: 0x8000, A: 0xffff})
			}
		}
		img = m
	} else {
		m := image.NewNRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				a := uint8(255)
				if alpha {
					a = uint8(x * 255 / w)
				}
				m.SetNRGBA(x, y, color.NRGBA{R: uint8(x), G: uint8(y), B: 90, A: a})
			}
		}
		img = m
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return img
}

func samplePages(t *testing.T, dir string) []*layout.Page {
	flat := filepath.Join(dir, "flat.png")
	deep := filepath.Join(dir, "deep.png")
	writePNG(t, flat, 64, 48, false, true)
	deepImg := writePNG(t, deep, 64, 48, true, false)
	mem := image.NewRGBA(image.Rect(0, 0, 10, 10))
	p1 := &layout.Page{W: 1920, H: 1080, Background: color.RGBA{R: 250, G: 250, B: 245, A: 255}, Ops: []layout.Op{
		layout.Text{X: 110, Y: 200, Size: 72, Font: layout.Bold, Color: black, Text: "Keeping time"},
		layout.Text{X: 110, Y: 320, Size: 40, Font: layout.Regular, Color: black, Text: "A timer that warns — ÆØÅ ĳ"},
		layout.Text{X: 110, Y: 400, Size: 40, Font: layout.Italic, Color: blue, Text: "a link", Link: "https://example.com/"},
		layout.Text{X: 110, Y: 480, Size: 40, Font: layout.BoldItalic, Color: glass, Text: "struck out", Strike: true},
		layout.Text{X: 110, Y: 560, Size: 32, Font: layout.Mono, Color: black, Text: "func (t *Timer) State()"},
		layout.Text{X: 110, Y: 600, Size: 32, Font: layout.MonoBold, Color: black, Text: "return OnTime"},
		layout.Rect{X: 100, Y: 620, W: 800, H: 200, Fill: color.RGBA{G: 90, A: 255}, Radius: 16},
		layout.Rect{X: 1000, Y: 620, W: 300, H: 200, Stroke: black, StrokeWidth: 4},
		layout.Rect{X: 1400, Y: 620, W: 0, H: 200, Fill: black}, // empty: skipped
		layout.Line{X1: 100, Y1: 900, X2: 1800, Y2: 900, Width: 3, Color: black},
		layout.Picture{X: 1300, Y: 100, W: 320, H: 240, Path: flat, Alt: "flat"},
		&layout.Picture{X: 1300, Y: 360, W: 320, H: 240, Path: deep, Image: deepImg, Alt: "deep"},
		layout.Picture{X: 1700, Y: 100, W: 100, H: 100, Image: mem, Alt: "memory"},
		layout.Picture{X: 1700, Y: 300, W: 100, H: 100, Alt: "placeholder"},
	}}
	p2 := &layout.Page{W: 1920, H: 1080, Ops: []layout.Op{
		layout.Text{X: 110, Y: 200, Size: 60, Font: layout.Regular, Color: black, Text: "Second page"},
	}}
	p3 := &layout.Page{W: 1920, H: 1080} // nothing drawn at all
	return []*layout.Page{p1, p2, p3}
}

func TestWritePages(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "slides.pdf")
	pages := samplePages(t, dir)
	if err := WritePages(out, pages, Options{Title: "Talk", Labels: []string{"4", "4", ""}}); err != nil {
		t.Fatal(err)
	}
	if err := api.ValidateFile(out, nil); err != nil {
		t.Fatalf("pdfcpu rejects the output: %v", err)
	}
	ctx, err := api.ReadContextFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if ctx.PageCount != 3 {
		t.Fatalf("%d pages, want 3", ctx.PageCount)
	}
	dim, err := ctx.PageDims()
	if err != nil {
		t.Fatal(err)
	}
	if dim[0].Width != 960 || dim[0].Height != 540 {
		t.Errorf("page size %v, want 960×540 pt", dim[0])
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
	if testtool.Need(t, "pdftotext") != "" {
		txt, err := exec.Command("pdftotext", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Keeping time", "A timer that warns — ÆØÅ ĳ", "a link", "struck out", "func (t *Timer) State()", "return OnTime", "Second page"} {
			if !strings.Contains(string(txt), want) {
				t.Errorf("pdftotext does not find %q in:\n%s", want, txt)
			}
		}
	}
	if testtool.Need(t, "pdffonts") != "" {
		f, _ := exec.Command("pdffonts", out).Output()
		for _, name := range []string{"GoRegular", "GoBold", "GoItalic", "GoBoldItalic", "GoMono", "GoMonoBold"} {
			if !strings.Contains(string(f), name) {
				t.Errorf("font %s not embedded:\n%s", name, f)
			}
		}
		if strings.Contains(string(f), " no  ") && !strings.Contains(string(f), "emb sub uni") {
			t.Errorf("a font is not embedded:\n%s", f)
		}
	}
	if testtool.Need(t, "qpdf") != "" {
		j, err := exec.Command("qpdf", "--json", "--json-key=pagelabels", out).Output()
		if err != nil {
			t.Fatalf("qpdf: %v", err)
		}
		s := string(j)
		if !strings.Contains(s, `"index": 0`) || !strings.Contains(s, `"index": 2`) || strings.Contains(s, `"index": 1`) {
			t.Errorf("page labels: %s", s)
		}
		if c, err := exec.Command("qpdf", "--check", out).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, c)
		}
	}
}

func TestWritePagesErrors(t *testing.T) {
	dir := t.TempDir()
	if err := WritePages(filepath.Join(dir, "a.pdf"), nil, Options{}); err == nil {
		t.Error("no pages: want an error")
	}
	if err := WritePages(filepath.Join(dir, "b.pdf"), []*layout.Page{{W: 1920, H: 1080}, nil}, Options{}); err == nil || !strings.Contains(err.Error(), "page 2") {
		t.Errorf("missing page: %v", err)
	}
	bad := []*layout.Page{{W: 1920, H: 1080, Ops: []layout.Op{layout.Picture{W: 10, H: 10, Path: filepath.Join(dir, "gone.png")}}}}
	err := WritePages(filepath.Join(dir, "c.pdf"), bad, Options{})
	if err == nil || !strings.Contains(err.Error(), "gone.png") {
		t.Errorf("missing image file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.pdf")); !os.IsNotExist(err) {
		t.Error("a failed write left a file behind")
	}
	if err := WritePages(filepath.Join(dir, "no", "such", "d.pdf"), []*layout.Page{{W: 100, H: 100}}, Options{}); err == nil {
		t.Error("unwritable folder: want an error")
	}
}

func TestTextAndOutline(t *testing.T) {
	dir := t.TempDir()
	d := New(Options{})
	d.AddPage(595, 842)
	st := Style{Font: layout.Regular, Size: 11}
	y := 60.0
	for _, l := range Wrap(st, 515, "Amber when five minutes remain, red when over.\nPace per part.") {
		if err := d.TextAt(40, y, st, l); err != nil {
			t.Fatal(err)
		}
		y += st.LineHeight()
	}
	d.Outline("Handout")
	d.AddPage(595, 842) // a page with nothing drawn must still be valid
	out := filepath.Join(dir, "handout.pdf")
	if err := d.WriteFile(out); err != nil {
		t.Fatal(err)
	}
	if err := api.ValidateFile(out, nil); err != nil {
		t.Fatalf("pdfcpu rejects the output: %v", err)
	}
	if testtool.Need(t, "pdftotext") != "" {
		txt, _ := exec.Command("pdftotext", out, "-").Output()
		for _, want := range []string{"Amber when five minutes remain, red when over.", "Pace per part."} {
			if !strings.Contains(string(txt), want) {
				t.Errorf("pdftotext does not find %q:\n%s", want, txt)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	st := Style{Font: layout.Regular, Size: 10}
	lines := Wrap(st, 60, "one two three four five\n\n  indented words here\nsupercalifragilisticexpialidocious")
	if len(lines) < 6 {
		t.Fatalf("too few lines: %q", lines)
	}
	for _, l := range lines {
		if Width(st, l) > 60.001 {
			t.Errorf("line %q is %.1f pt wide, over 60", l, Width(st, l))
		}
	}
	joined := strings.Join(lines, "|")
	if !strings.Contains(joined, "||") {
		t.Errorf("blank line lost: %q", lines)
	}
	if !strings.Contains(joined, "|  indented") {
		t.Errorf("indent lost: %q", lines)
	}
	if strings.ReplaceAll(strings.Join(lines[len(lines)-3:], ""), " ", "") == "" {
		t.Errorf("long word lost: %q", lines)
	}
}
