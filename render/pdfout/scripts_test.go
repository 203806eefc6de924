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
	// Hindi and Tamil come out in logical order as written (not shaped yet);
	// Arabic and Hebrew are drawn left to right in logical order (no bidi
	// yet), which pdftotext turns around: the test holds what it gives today.
	// 🐍 is drawn (Symbola) but gopdf writes ToUnicode entries as 16-bit
	// hex, so characters past U+FFFF extract wrongly (U+1F40D as U+1F40).
	for _, w := range []string{"नमस्ते", "வணக்கம்", "你好", "こんにちは", "안녕하세요", "Καλημέρα", "Привет", "∑ ∫ ≤ →", "stays a box"} {
		if !strings.Contains(string(txt), w) {
			t.Errorf("pdftotext does not find %q in:\n%s", w, txt)
		}
	}
	for _, w := range []string{"مرحبا", "שלום"} {
		if !strings.Contains(string(txt), w) && !strings.Contains(string(txt), reverse(w)) {
			t.Errorf("pdftotext finds %q in neither order in:\n%s", w, txt)
		}
	}
	testtool.Need(t, "pdffonts")
	f, _ := exec.Command("pdffonts", out).Output()
	if n := strings.Count(string(f), "Fallback"); n < 6 {
		t.Errorf("%d fallback faces embedded, want one per script:\n%s", n, f)
	}
	for _, line := range strings.Split(string(f), "\n") {
		// name type… encoding emb sub uni object-id generation
		if fs := strings.Fields(line); len(fs) > 6 && strings.HasPrefix(fs[0], "Fallback") && fs[len(fs)-5] != "yes" {
			t.Errorf("font %s is not embedded:\n%s", fs[0], f)
		}
	}
	t.Logf("pdftotext:\n%s\npdffonts:\n%s", txt, f)
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
