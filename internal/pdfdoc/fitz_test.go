package pdfdoc_test

import (
	"errors"
	"image"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/pdfdoc/pdftest"
)

const (
	talk        = "../../testdata/pdf/talk.pdf"
	beamerNotes = "../../testdata/pdf/beamer-notes.pdf"
)

func open(t *testing.T, path string) pdfdoc.Document {
	t.Helper()
	d, err := pdfdoc.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func TestOpenTalk(t *testing.T) {
	d := open(t, talk)
	if d.NumPages() != 12 {
		t.Fatalf("pages = %d, want 12", d.NumPages())
	}
	w, h, err := d.PageSize(1)
	if err != nil || w != 960 || h != 540 {
		t.Fatalf("size = %v×%v, %v", w, h, err)
	}
	m := d.Metadata()
	if m["title"] != "Talks that fit" || m["author"] != "Lectern sample" {
		t.Errorf("metadata = %q", m)
	}
	for k, v := range m {
		if strings.ContainsRune(v, 0) {
			t.Errorf("metadata %s holds NUL bytes", k)
		}
	}
	out, err := d.Outline()
	if err != nil {
		t.Fatal(err)
	}
	want := []pdfdoc.OutlineItem{{1, "Why offline", 2}, {1, "Keeping time", 6}, {1, "Splitting talks", 10}}
	if len(out) != len(want) {
		t.Fatalf("outline = %+v", out)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("outline[%d] = %+v, want %+v", i, out[i], want[i])
		}
	}
	text, err := d.Text(2)
	if err != nil || !strings.Contains(text, "The conference Wi-Fi problem") {
		t.Errorf("text of page 2 = %q, %v", text, err)
	}
}

func TestRenderWidth(t *testing.T) {
	for _, path := range []string{talk, beamerNotes, "../../testdata/pdf/beamer.pdf"} {
		d := open(t, path)
		for _, width := range []int{240, 1280, 1920} {
			img, err := d.Render(1, width)
			if err != nil {
				t.Fatal(err)
			}
			b := img.Bounds()
			if b.Min != (image.Point{}) || b.Dx() < width-3 || b.Dx() > width+3 || img.Stride != 4*b.Dx() {
				t.Errorf("%s at %d px: bounds %v", path, width, b)
			}
			pw, ph, _ := d.PageSize(1)
			if want := float64(b.Dx()) * ph / pw; float64(b.Dy()) < want-4 || float64(b.Dy()) > want+4 {
				t.Errorf("%s at %d px: height %d, want about %.0f", path, width, b.Dy(), want)
			}
		}
	}
	// The title slide of talk.pdf has a dark background and white text.
	d := open(t, talk)
	img, _ := d.Render(1, 480)
	if !hasColour(img, func(r, g, b uint8) bool { return r > 240 && g > 240 && b > 240 }) ||
		!hasColour(img, func(r, g, b uint8) bool { return int(r)+int(g)+int(b) < 300 }) {
		t.Error("page 1 should show light text on a dark background")
	}
}

func TestRenderRegion(t *testing.T) {
	d := open(t, beamerNotes)
	left, err := d.RenderRegion(2, pdfdoc.Region{X0: 0, Y0: 0, X1: 0.5, Y1: 1}, 800)
	if err != nil {
		t.Fatal(err)
	}
	b := left.Bounds()
	if b.Min != (image.Point{}) || b.Dx() < 797 || b.Dx() > 803 || b.Dy() < 445 || b.Dy() > 455 {
		t.Fatalf("left half bounds = %v, want about 800×450", b)
	}
	// Tightly packed, so Pix can be uploaded as it is.
	if left.Stride != 4*b.Dx() || len(left.Pix) != left.Stride*b.Dy() {
		t.Errorf("stride %d for width %d, %d bytes", left.Stride, b.Dx(), len(left.Pix))
	}
	if _, err := d.RenderRegion(2, pdfdoc.Region{X0: 0.6, X1: 0.5, Y1: 1}, 800); err == nil {
		t.Error("an empty region should be refused")
	}
}

func hasColour(img *image.RGBA, ok func(r, g, b uint8) bool) bool {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			c := img.RGBAAt(x, y)
			if ok(c.R, c.G, c.B) {
				return true
			}
		}
	}
	return false
}

func TestLinesOfNotesPage(t *testing.T) {
	d := open(t, beamerNotes)
	h, err := d.HTML(2)
	if err != nil {
		t.Fatal(err)
	}
	var found *pdfdoc.Line
	lines := pdfdoc.Lines(h)
	for i := range lines {
		if strings.HasPrefix(lines[i].Text, "Reveal one item at a time") {
			found = &lines[i]
		}
	}
	if found == nil {
		t.Fatalf("no notes line in %+v", lines)
	}
	if found.Left < 453 || found.Top < 64 || found.Size < 5 {
		t.Errorf("notes line at %+v, want it in the right half below the header", *found)
	}
	if lines[0].Text != "The stack" || lines[0].Left > 20 || lines[0].Size < 14 {
		t.Errorf("first line = %+v", lines[0])
	}
}

func TestLinesParsesMarkup(t *testing.T) {
	h := `<div id="page1" style="width:100pt;height:50pt">
<p style="top:1.5pt;left:2pt;line-height:10.0pt"><b><span style="font-family:A;font-size:9.0pt">Fish &amp; </span></b><span style="font-size:12pt">chips &#x2019;</span></p>
<p style="top:20pt;left:3pt;line-height:10pt"><span style="font-size:9pt">  </span></p>
</div>`
	got := pdfdoc.Lines(h)
	want := []pdfdoc.Line{{Top: 1.5, Left: 2, Height: 10, Size: 12, Text: "Fish & chips \u2019"}}
	if len(got) != 1 || got[0] != want[0] {
		t.Fatalf("lines = %+v, want %+v", got, want)
	}
}

func TestPageOutOfRange(t *testing.T) {
	d := open(t, talk)
	for _, p := range []int{0, 13, -1} {
		_, err := d.Render(p, 100)
		var pe *pdfdoc.PageError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), "talk.pdf") {
			t.Errorf("Render(%d) error = %v", p, err)
		}
		if _, _, err := d.PageSize(p); err == nil {
			t.Errorf("PageSize(%d) gave no error", p)
		}
		if _, err := d.Text(p); err == nil {
			t.Errorf("Text(%d) gave no error", p)
		}
	}
	if _, err := d.Render(1, 0); err == nil {
		t.Error("a width of 0 px should be refused")
	}
}

func TestConcurrentUse(t *testing.T) {
	d := open(t, talk)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 6; i++ {
				p := 1 + (g*6+i)%d.NumPages()
				if _, err := d.Render(p, 200); err != nil {
					errs <- err
				}
				if _, err := d.Outline(); err != nil {
					errs <- err
				}
				_ = d.Metadata()
				if _, err := d.Text(p); err != nil {
					errs <- err
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestClose(t *testing.T) {
	d, err := pdfdoc.Open(talk)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
	if _, err := d.Render(1, 100); !errors.Is(err, pdfdoc.ErrClosed) {
		t.Errorf("Render after Close = %v", err)
	}
	if _, err := d.Outline(); !errors.Is(err, pdfdoc.ErrClosed) {
		t.Errorf("Outline after Close = %v", err)
	}
	if m := d.Metadata(); len(m) != 0 {
		t.Errorf("Metadata after Close = %v", m)
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		path string
		want error
	}{
		{"empty", pdftest.Write(t, dir, "empty.pdf", nil), pdfdoc.ErrEmpty},
		{"not pdf", pdftest.Write(t, dir, "notes.pdf", []byte("just some text\n")), pdfdoc.ErrNotPDF},
		{"header only", pdftest.Write(t, dir, "header.pdf", []byte("%PDF-1.7\n")), pdfdoc.ErrCorrupt},
		{"garbage", pdftest.Write(t, dir, "garbage.pdf", append([]byte("%PDF-1.4\n"), make([]byte, 4000)...)), pdfdoc.ErrCorrupt},
		{"truncated", pdftest.Truncated(t, talk, dir, 0.5), pdfdoc.ErrTruncated},
		{"encrypted", pdftest.Encrypt(t, talk, dir, "secret"), pdfdoc.ErrEncrypted},
		{"missing", dir + "/missing.pdf", os.ErrNotExist},
	}
	for _, c := range cases {
		d, err := pdfdoc.Open(c.path)
		if err == nil {
			d.Close()
			t.Errorf("%s: opened", c.name)
			continue
		}
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: error = %v, want %v naming the file", c.name, err, c.want)
		}
	}
	if err := func() error { _, err := pdfdoc.Open(cases[5].path); return err }(); !strings.Contains(err.Error(), "is encrypted; Lectern cannot open password-protected PDFs") {
		t.Errorf("encrypted message = %v", err)
	}
}

func TestOwnerPasswordOnlyOpens(t *testing.T) {
	// Encrypted with only an owner password: every viewer opens it.
	p := pdftest.Encrypt(t, talk, t.TempDir(), "")
	d := open(t, p)
	if d.NumPages() != 12 {
		t.Fatalf("pages = %d", d.NumPages())
	}
	if _, err := d.Render(1, 100); err != nil {
		t.Fatal(err)
	}
}

func TestMinimalPDF(t *testing.T) {
	p := pdftest.Write(t, t.TempDir(), "min.pdf", pdftest.Minimal(pdftest.Spec{
		Texts: []string{"One (1)", "Two"}, Info: "/Title (Small)"}))
	d := open(t, p)
	if d.NumPages() != 2 || d.Metadata()["title"] != "Small" {
		t.Fatalf("pages %d, meta %v", d.NumPages(), d.Metadata())
	}
	if s, _ := d.Text(1); !strings.Contains(s, "One (1)") {
		t.Errorf("text = %q", s)
	}
	if out, err := d.Outline(); err != nil || out != nil {
		t.Errorf("outline = %v, %v", out, err)
	}
	if !pdfdoc.Complete(p) || pdfdoc.Complete(pdftest.Truncated(t, p, t.TempDir(), 0.9)) {
		t.Error("Complete should tell a whole file from a cut one")
	}
}
