package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
)

// The export dialog offers the session's pen drawings for the handout only
// when there are some; ticking it ticks the handout and passes the strokes
// in the pen's colours.
func TestExportFormCarriesThePenDrawings(t *testing.T) {
	test.NewTempApp(t)
	d, err := talk.Open(testDeck(t, "talk.md"), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := newExportForm(d, exportInk(nil), nil); f.inkOn.Visible() {
		t.Error("the pen option shows with no drawings")
	}
	ink := exportInk(map[int][]console.Stroke{2: {{Colour: 1, Points: []console.Point{{X: 0.1, Y: 0.2}, {X: 0.5, Y: 0.6}}}}})
	if s := ink[2]; len(s) != 1 || s[0].Points[1] != [2]float64{0.5, 0.6} || s[0].Width != penWidth ||
		s[0].Colour.R != penColours[1].R || s[0].Colour.G != penColours[1].G || s[0].Colour.A != 255 {
		t.Fatalf("strokes %+v", ink)
	}
	f := newExportForm(d, ink, nil)
	if !f.inkOn.Visible() {
		t.Fatal("the pen option is hidden with a drawing on slide 2")
	}
	test.Tap(f.inkOn)
	if !f.handout.Checked {
		t.Error("pen drawings without the handout")
	}
	out := filepath.Join(t.TempDir(), "parts")
	f.folder.SetText(out)
	test.Tap(f.run)
	select {
	case <-f.done:
	case <-time.After(20 * time.Second):
		t.Fatal("export did not finish in 20 s")
	}
	if f.result == nil {
		t.Fatalf("export failed: %q", f.status.Text)
	}
	if _, err := os.Stat(filepath.Join(out, f.result.Parts[0].Slug, "handout.pdf")); err != nil {
		t.Fatal(err)
	}
}
