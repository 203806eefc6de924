package pdfout

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

// The scripts deck's PDF embeds the fallback faces, so pdftotext finds every
// word; a character no font has is a drawn box and does not fail the export.
func TestScriptsAreSelectableText(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	d, err := layouttest.Load("../../testdata/render/scripts.md", "light")
	if err != nil {
		t.Fatal(err)
	}
	var pages []*layout.Page
	for i := range d.Slides {
		l, err := layout.LayoutSlide(&d.Slides[i], d, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, l.Page(1))
	}
	dir := os.Getenv("LECTERN_PNG_DIR") // kept there for looking at by eye
	if dir == "" {
		dir = t.TempDir()
	}
	out := filepath.Join(dir, "scripts.pdf")
	if err := WritePages(out, pages, Options{Title: "Every script"}); err != nil {
		t.Fatal(err)
	}
	testtool.Need(t, "pdftotext")
	txt, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Every word comes out in logical order, Arabic and Hebrew too (pdftotext
	// wraps right-to-left words in embedding marks, which squeeze drops), and
	// 🐍 past U+FFFF as itself (gopdf wrote 16-bit ToUnicode entries, which
	// made it U+1F40).
	got := squeeze(string(txt))
	for _, w := range []string{"नमस्ते", "வணக்கம்", "你好", "こんにちは", "안녕하세요", "Καλημέρα", "Привет", "∑ ∫ ≤ →", "stays a box", "مرحبا", "שלום", "🐍"} {
		if !strings.Contains(got, squeeze(w)) {
			t.Errorf("pdftotext does not find %q in:\n%s", w, txt)
		}
	}
	testtool.Need(t, "pdffonts")
	f, _ := exec.Command("pdffonts", out).Output()
	// a CFF or colour fallback face is a Type3 font, which pdffonts names [none]
	if n := strings.Count(string(f), "Fallback") + strings.Count(string(f), "Type 3"); n < 6 {
		t.Errorf("%d fallback faces embedded, want one per script:\n%s", n, f)
	}
	for _, line := range strings.Split(string(f), "\n") {
		// name type… encoding emb sub uni object-id generation
		if fs := strings.Fields(line); len(fs) > 6 && (strings.HasPrefix(fs[0], "Fallback") || fs[0] == "[none]") && fs[len(fs)-5] != "yes" {
			t.Errorf("font %s is not embedded:\n%s", fs[0], f)
		}
	}
	t.Logf("pdftotext:\n%s\npdffonts:\n%s", txt, f)
}
