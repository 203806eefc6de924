package pdf

import (
	"reflect"
	"testing"
	"time"
)

// A pdfpc format 2 file whose labels are numbers (as generators such as
// polylux write them) is read by idx, as pdfpc reads it: before, label 3
// and 4 were looked up as page labels and their notes went to slides 3
// and 4. Notes on overlay pages stay on their steps; the hidden page is
// in no slide; startTime, endTime, lastMinutes, endSlide and savedSlide
// are taken.
func TestLoadPdfpcNumericLabelsAndOverlayNotes(t *testing.T) {
	d := load(t, testdata+"overlays.pdf", Options{})
	if got := pages(d); !reflect.DeepEqual(got, [][]int{{1}, {2, 3, 4}, {5}}) {
		t.Fatalf("pages = %v", got)
	}
	if got := notesOf(d); !reflect.DeepEqual(got, []string{"Welcome everyone.", "Ask the question.", "Sum up."}) {
		t.Errorf("notes = %q", got)
	}
	want := []string{"Ask the question.", "Ask the question.", "Now give the answer."}
	if got := d.Slides[1].StepNotes; !reflect.DeepEqual(got, want) {
		t.Errorf("step notes = %q, want %q", got, want)
	}
	if d.Slides[0].StepNotes != nil || d.Slides[1].NotesAt(3) != "Now give the answer." {
		t.Errorf("slide 1 steps %q, slide 2 step 3 %q", d.Slides[0].StepNotes, d.Slides[1].NotesAt(3))
	}
	if !reflect.DeepEqual(d.Hidden, []int{6}) || d.PageCount != 6 {
		t.Errorf("hidden = %v of %d pages", d.Hidden, d.PageCount)
	}
	var labels []string
	for _, s := range d.Slides {
		labels = append(labels, s.Label)
	}
	if !reflect.DeepEqual(labels, []string{"1", "2", "3"}) {
		t.Errorf("labels = %q (the PDF's own)", labels)
	}
	m := d.Meta
	if m.Start != "10:00" || m.End != "10:20" || m.Duration != 20*time.Minute || m.Warn != 2*time.Minute ||
		m.EndSlide != 3 || m.Saved != 2 {
		t.Errorf("meta = %+v", m)
	}
}

// Without page labels in the PDF, every page is a slide until the file's
// forced overlays join them, and the slide label is the file's string label.
func TestLoadPdfpcLabelsWhenThePDFHasNone(t *testing.T) {
	d := load(t, testdata+"overlays-nolabels.pdf", Options{})
	if got := pages(d); !reflect.DeepEqual(got, [][]int{{1}, {2, 3, 4}, {5}}) {
		t.Fatalf("pages = %v", got)
	}
	var labels []string
	for _, s := range d.Slides {
		labels = append(labels, s.Label)
	}
	if !reflect.DeepEqual(labels, []string{"intro", "Q", "end"}) {
		t.Errorf("labels = %q", labels)
	}
	if got := d.Slides[1].StepNotes; !reflect.DeepEqual(got, []string{"Ask the question.", "Ask the question.", "Now give the answer."}) {
		t.Errorf("step notes = %q", got)
	}
	if d.Meta.Duration != 15*time.Minute || d.Meta.EndSlide != 0 || d.Meta.Saved != 0 {
		t.Errorf("meta = %+v", d.Meta)
	}
}
