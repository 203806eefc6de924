package main

import (
	"image"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
)

// multiScriptSample is one word of every script issue 8's test deck uses.
var multiScriptSample = []string{"नमस्ते", "নমস্কার", "வணக்கம்", "你好世界", "こんにちは", "안녕하세요", "مرحبا", "שלום", "Καλημέρα", "Привет", "🐍🚀✅", "∑∫≤→"}

// multiScriptLines is the deck's title and bullets, each a line of words.
func multiScriptLines(t *testing.T, deck string) [][]string {
	t.Helper()
	var lines [][]string
	for _, l := range strings.Split(string(fileBytes(t, deck)), "\n") {
		if strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "- ") {
			lines = append(lines, strings.Fields(l[2:]))
		}
	}
	if len(lines) < 9 {
		t.Fatalf("%s has %d title and bullet lines, want 9", deck, len(lines))
	}
	return lines
}

// The exported part PDF of the multi-script deck, with its title slide, and
// its handout (with speaker notes in three scripts) read back with every word of every line, in logical order, on
// that line and the lines in order. poppler wraps a right-to-left run in
// U+202B … U+202C and moves the space after it inside the marks
// ("‫ مرحبا بالعالم‬in English"), so the marks are dropped and words are
// found in order, not by their spaces.
func TestExportMultiScriptPDFHasEveryWordInOrder(t *testing.T) {
	fontstest.Need(t, multiScriptSample...)
	testtool.Need(t, "pdftotext")
	deck := testdataDeck(t, "render/multiscript.md")
	lines := multiScriptLines(t, deck)
	const note = "Say مرحبا بالعالم in English, नमस्ते दुनिया, 你好 🐍" // speaker notes, in the handout
	if err := os.WriteFile(deck, append(fileBytes(t, deck), "\n<!-- "+note+" -->\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if code, so, se := runCLI(t, "export", deck, "--title-slides", "--handout", "-o", out); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, so, se)
	}
	p := readParts(t, out)
	if len(p.Parts) != 1 {
		t.Fatalf("parts %+v, want one", p.Parts)
	}
	for _, name := range []string{"slides.pdf", "handout.pdf"} {
		pdf := filepath.Join(out, filepath.Dir(p.Parts[0].Files[0]), name)
		b, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", pdf, err)
		}
		text := strings.Map(func(r rune) rune {
			if r >= 0x202a && r <= 0x202e { // bidi embedding marks
				return -1
			}
			return r
		}, string(b))
		got := strings.Split(text, "\n")
		want := lines
		if name == "handout.pdf" {
			want = append(want, strings.Fields(note))
		}
		at := 0
		for _, words := range want {
			found := false
			for ; at < len(got); at++ {
				if wordsInOrder(got[at], words) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("%s: no line (after the ones before) has %q in this order; pdftotext:\n%s", name, words, b)
			}
		}
	}
}

// wordsInOrder: each word occurs in line after the one before it.
func wordsInOrder(line string, words []string) bool {
	for _, w := range words {
		i := strings.Index(line, w)
		if i < 0 {
			return false
		}
		line = line[i+len(w):]
	}
	return true
}

// `export --images png` of the multi-script deck has ink in the box of each
// word, where the layout put the word's glyphs (for a right-to-left word,
// where it was drawn), scaled to the picture's width; a box as large below
// the last line has none, so the measure can fail.
func TestExportMultiScriptPNGHasInkWhereEachWordIs(t *testing.T) {
	fontstest.Need(t, multiScriptSample...)
	deck := testdataDeck(t, "render/multiscript.md")
	out := filepath.Join(t.TempDir(), "png")
	if code, so, se := runCLI(t, "export", deck, "--images", "png", "-o", out); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, so, se)
	}
	img := decodePNG(t, filepath.Join(out, "multiscript.001.png"))
	d, err := source.Load(deck, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{PixelScale: 1})
	if err != nil {
		t.Fatal(err)
	}
	page := l.Page(1)
	k := float64(img.Bounds().Dx()) / page.W
	if img.Bounds().Dx() != 1920 {
		t.Fatalf("picture is %v, want 1920 wide", img.Bounds().Size())
	}
	drawn := map[string]bool{}
	lowest := 0.0
	for _, op := range page.Ops {
		tx, ok := op.(layout.Text)
		if !ok {
			continue
		}
		if len(tx.Glyphs) == 0 {
			t.Errorf("text %q reaches the picture unshaped", tx.Text)
		}
		if tx.X < page.W/2 { // not the page number in the corner
			lowest = max(lowest, tx.Y+0.25*tx.Size)
		}
		for _, w := range shapedWordBoxes(tx, k) {
			drawn[w.text] = true
			if got, want := inkPixels(img, w.box, page.Background), w.box.Dx()*w.box.Dy()/40; got < want {
				t.Errorf("%q at %v has %d inked pixels, want at least %d", w.text, w.box, got, want)
			}
		}
	}
	for _, words := range multiScriptLines(t, deck) {
		for _, w := range words {
			if w = strings.Trim(w, "()"); !drawn[w] {
				t.Errorf("the layout has no glyphs for the word %q", w)
			}
		}
	}
	blank := image.Rect(int(100*k), int((lowest+40)*k), int(400*k), int((lowest+80)*k))
	if n := inkPixels(img, blank, page.Background); n > 0 {
		t.Errorf("%d inked pixels in %v below the last line, want none", n, blank)
	}
}

type pictureWord struct {
	text string
	box  image.Rectangle
}

// shapedWordBoxes boxes each space-separated word of a shaped text op by
// the glyphs whose clusters fall in it, k pixels per slide unit.
func shapedWordBoxes(tx layout.Text, k float64) []pictureWord {
	var out []pictureWord
	start := 0
	for _, w := range strings.SplitAfter(tx.Text, " ") {
		end := start + len(w)
		word := strings.TrimSpace(w)
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, g := range tx.Glyphs {
			if g.Cluster >= start && g.Cluster < end && g.Cluster < start+len(word) {
				lo, hi = min(lo, g.X), max(hi, g.X+g.Advance)
			}
		}
		start = end
		if word = strings.Trim(word, "()"); word == "" || math.IsInf(lo, 1) {
			continue
		}
		out = append(out, pictureWord{word, image.Rect(int((tx.X+lo)*k), int((tx.Y-0.8*tx.Size)*k),
			int(math.Ceil((tx.X+hi)*k)), int(math.Ceil((tx.Y+0.25*tx.Size)*k)))})
	}
	return out
}
