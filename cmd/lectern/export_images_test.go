package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/render/layout"
)

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

func pngNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".png") {
			out = append(out, e.Name())
		}
	}
	return out
}

// `export --images png`: one picture per slide beside the deck, width ×
// the deck's aspect, with ink where the slide's title is.
func TestExportImagesMarkdown(t *testing.T) {
	deckPath := copyDeck(t, "talk.md")
	code, stdout, stderr := runCLI(t, "export", deckPath, "--images", "png", "--width", "960")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	d, err := source.Load(deckPath, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(filepath.Dir(deckPath), "talk-png")
	names := pngNames(t, dir)
	if len(names) != len(d.Slides) || names[0] != "talk.001.png" || names[len(names)-1] != "talk.009.png" {
		t.Fatalf("wrote %v for %d slides", names, len(d.Slides))
	}
	if !strings.Contains(stdout, "9 pictures written") {
		t.Errorf("stdout %q does not say what was written", stdout)
	}
	w, h := layout.PageSize(d)
	wantH := int(math.Round(960 * h / w))
	for _, n := range names {
		b := decodePNG(t, filepath.Join(dir, n)).Bounds()
		if b.Dx() != 960 || b.Dy() != wantH {
			t.Errorf("%s is %v, want 960×%d", n, b.Size(), wantH)
		}
	}

	// the title of slide 2, where the layout puts it
	l, err := layout.LayoutSlide(d.Slide(2), d, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Page(d.Slide(2).Steps)
	var title *layout.Text
	for _, op := range p.Ops {
		if tx, ok := op.(layout.Text); ok && strings.Contains(d.Slide(2).Title, tx.Text) {
			title = &tx
			break
		}
	}
	if title == nil {
		t.Fatalf("no text op of the title %q on slide 2", d.Slide(2).Title)
	}
	k := 960 / w
	box := image.Rect(int(title.X*k), int((title.Y-0.8*title.Size)*k), int((title.X+4*title.Size)*k), int(title.Y*k))
	img := decodePNG(t, filepath.Join(dir, "talk.002.png"))
	if ink := inkPixels(img, box, p.Background); ink < box.Dx()*box.Dy()/20 {
		t.Errorf("title %q box %v has %d inked pixels, want at least %d", title.Text, box, ink, box.Dx()*box.Dy()/20)
	}
	if inkPixels(img, image.Rect(0, 0, 960, 4), p.Background) > 0 {
		t.Error("ink along the top edge: the picture is not the slide")
	}
}

// inkPixels counts the pixels of r that differ clearly from the background.
func inkPixels(img image.Image, r image.Rectangle, bg color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			d := absInt(int(c.R)-int(bg.R)) + absInt(int(c.G)-int(bg.G)) + absInt(int(c.B)-int(bg.B))
			if d > 120 {
				n++
			}
		}
	}
	return n
}

func absInt(v int) int { return max(v, -v) }

// --steps writes one picture per step; a re-run replaces only its own
// files, and a picture edited since stops it until --force.
func TestExportImagesStepsAndSafety(t *testing.T) {
	deckPath := copyDeck(t, "talk.md")
	out := filepath.Join(t.TempDir(), "pics")
	if code, so, se := runCLI(t, "export", deckPath, "--images", "png", "--width", "320", "--steps", "-o", out); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, so, se)
	}
	d, err := source.Load(deckPath, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := pngNames(t, out)
	if len(names) != d.TotalSteps() {
		t.Fatalf("%d pictures for %d steps: %v", len(names), d.TotalSteps(), names)
	}
	if !slices.Contains(names, "talk.001.1.png") {
		t.Errorf("no talk.001.1.png in %v", names)
	}
	if code, so, se := runCLI(t, "export", deckPath, "--images", "png", "--width", "320", "--steps", "-o", out); code != 0 {
		t.Fatalf("re-run: exit %d\n%s%s", code, so, se)
	}
	edited := filepath.Join(out, names[0])
	if err := os.WriteFile(edited, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "export", deckPath, "--images", "png", "-o", out)
	if code != 2 || !strings.Contains(stderr, names[0]) || !strings.Contains(stderr, "--force") {
		t.Fatalf("over an edited picture: exit %d, stderr %q; want 2 naming %s and --force", code, stderr, names[0])
	}
	if b, _ := os.ReadFile(edited); string(b) != "mine" {
		t.Fatal("the edited picture was overwritten")
	}
	if code, so, se := runCLI(t, "export", deckPath, "--images", "png", "-o", out, "--force"); code != 0 {
		t.Fatalf("--force: exit %d\n%s%s", code, so, se)
	}
	if got := pngNames(t, out); len(got) != len(d.Slides) {
		t.Errorf("after --force without --steps the folder holds %v, want %d slide pictures", got, len(d.Slides))
	}
}

func TestExportImagesPDF(t *testing.T) {
	deckPath := copyDeck(t, "talk.pdf")
	out := filepath.Join(t.TempDir(), "pics")
	if code, so, se := runCLI(t, "export", deckPath, "--images", "png", "--width", "640", "-o", out); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, so, se)
	}
	d, err := source.Load(deckPath, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := pngNames(t, out)
	if len(names) != len(d.Slides) {
		t.Fatalf("%d pictures for %d slides", len(names), len(d.Slides))
	}
	img := decodePNG(t, filepath.Join(out, names[0]))
	if img.Bounds().Dx() != 640 {
		t.Errorf("%s is %v wide, want 640", names[0], img.Bounds().Size())
	}
	white := color.RGBA{255, 255, 255, 255}
	if inkPixels(img, img.Bounds(), white) < 200 {
		t.Error("the first page's picture is blank")
	}
}

// --allow-dir lets a picture from another folder into the PNG, as it does
// for the screen; without it the picture is a placeholder.
func TestExportImagesAllowDir(t *testing.T) {
	root := t.TempDir()
	pics, talkDir := filepath.Join(root, "pics"), filepath.Join(root, "talk")
	os.Mkdir(pics, 0o755)
	os.Mkdir(talkDir, 0o755)
	red := image.NewRGBA(image.Rect(0, 0, 800, 450))
	for i := 0; i < len(red.Pix); i += 4 {
		red.Pix[i], red.Pix[i+3] = 255, 255
	}
	f, err := os.Create(filepath.Join(pics, "red.png"))
	if err != nil {
		t.Fatal(err)
	}
	png.Encode(f, red)
	f.Close()
	deckPath := filepath.Join(talkDir, "deck.md")
	os.WriteFile(deckPath, []byte("# Red\n\n![](../pics/red.png)\n"), 0o644)

	redShare := func(dir string) float64 {
		img := decodePNG(t, filepath.Join(dir, "deck.001.png"))
		n := 0
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
				if c.R > 200 && c.G < 60 && c.B < 60 {
					n++
				}
			}
		}
		return float64(n) / float64(b.Dx()*b.Dy())
	}
	without, with := filepath.Join(root, "without"), filepath.Join(root, "with")
	if code, so, se := runCLI(t, "export", deckPath, "--images", "png", "--width", "480", "-o", without); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, so, se)
	}
	if code, so, se := runCLI(t, "export", deckPath, "--images", "png", "--width", "480", "-o", with, "--allow-dir", pics); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, so, se)
	}
	if s := redShare(without); s > 0.001 {
		t.Errorf("without --allow-dir %.1f%% of the picture is the outside image's red", 100*s)
	}
	if s := redShare(with); s < 0.05 {
		t.Errorf("with --allow-dir only %.1f%% is red: the allowed picture was not drawn", 100*s)
	}
}

func TestExportImagesBadFlags(t *testing.T) {
	deckPath := copyDeck(t, "talk.md")
	for _, args := range [][]string{
		{"--images", "jpeg"},
		{"--images", "png", "--split", "auto"},
		{"--images", "png", "--dry-run"},
		{"--images", "png", "--width", "0"},
		{"--width", "640"}, // --width alone: pictures were asked without a format
	} {
		code, _, stderr := runCLI(t, append([]string{"export", deckPath}, args...)...)
		if code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(deckPath), "talk-png")); err == nil {
		t.Error("a refused command made the output folder")
	}
}
