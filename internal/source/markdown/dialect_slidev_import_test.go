package markdown

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Slide ranges as @slidev/parser's parseRangeString reads them.
func TestImportRange(t *testing.T) {
	for _, tc := range []struct {
		spec string
		want []int
	}{
		{"", []int{1, 2, 3, 4, 5}},
		{"all", []int{1, 2, 3, 4, 5}},
		{"*", []int{1, 2, 3, 4, 5}},
		{"none", []int{}},
		{"2-3", []int{2, 3}},
		{"4-", []int{4, 5}},
		{"1,3-4;5", []int{1, 3, 4, 5}},
		{"3,1,3", []int{1, 3}},
		{"4-9", []int{4, 5}},
		{"0,x,7", []int{}},
	} {
		got := importRange(5, tc.spec)
		if len(got) == 0 && len(tc.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.spec, got, tc.want)
		}
	}
}

// Relative picture paths of an imported slide name files beside the
// imported file; absolute (public/), remote and code are left as written.
func TestRelocate(t *testing.T) {
	fm := map[string]any{"image": "./cover.jpg", "background": "https://x.org/b.png"}
	in := "![a](pic.png) ![b](</abs.png>) ![c](https://x.org/c.png)\n<img src=\"./d.svg\" width=3>\n```md\n![e](code.png)\n```\n![f](../up.png \"t\")\n"
	want := "![a](sub/pic.png) ![b](</abs.png>) ![c](https://x.org/c.png)\n<img src=\"sub/d.svg\" width=3>\n```md\n![e](code.png)\n```\n![f](up.png \"t\")\n"
	if got := relocate(in, fm, "sub"); got != want {
		t.Errorf("relocate:\n%s\nwant\n%s", got, want)
	}
	if fm["image"] != "sub/cover.jpg" || fm["background"] != "https://x.org/b.png" {
		t.Errorf("front matter %v", fm)
	}
	if got := relocate(in, map[string]any{}, "."); got != in {
		t.Error("a file in the same folder changed")
	}
}

// src: ./part/x.md#2-3 imports only those slides of x.md (its hidden slide
// counted, then dropped), and their pictures are the ones beside x.md;
// one reaching out of the deck's folder is still refused. Before, every
// slide was imported and pictures were looked up beside the deck.
func TestSlidevImportRangeAndPictures(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "deck")
	write := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
	write(filepath.Join(dir, "part", "pic.png"), png)
	write(filepath.Join(root, "outside.png"), png)
	write(filepath.Join(dir, "part", "x.md"), "# X1\n\n---\n\n# X2\n\n![pic](./pic.png)\n\n---\nhide: true\n---\n\n# X3 hidden\n\n---\n\n# X4\n\n![out](../../outside.png)\n")
	main := filepath.Join(dir, "slides.md")
	write(main, "---\ntransition: fade\n---\n\n# One\n\n---\nsrc: ./part/x.md#2-3\n---\n\n---\nsrc: ./part/x.md#4\n---\n")
	d, err := Load(main, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, s := range d.Slides {
		titles = append(titles, s.Title)
	}
	if strings.Join(titles, ",") != "One,X2,X4" {
		t.Fatalf("slides %q", titles)
	}
	img := d.Slides[1].Images
	if len(img) != 1 || img[0].Missing || img[0].Refused != "" || img[0].Path != filepath.Join(dir, "part", "pic.png") {
		t.Errorf("X2 picture = %+v", img)
	}
	out := d.Slides[2].Images
	if len(out) != 1 || out[0].Refused == "" {
		t.Errorf("X4 picture outside the deck = %+v", out)
	}
}
