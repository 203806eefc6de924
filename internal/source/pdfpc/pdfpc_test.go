package pdfpc

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// talkLabels are the page labels of testdata/pdf/talk.pdf: 12 pages, 9 slides.
var talkLabels = []string{"1", "2", "3", "3", "3", "4", "5", "5", "6", "7", "8", "9"}

func talkLayout() Layout {
	return Layout{Labels: talkLabels, Slides: [][]int{{1}, {2}, {3, 4, 5}, {6}, {7, 8}, {9}, {10}, {11}, {12}}}
}

func TestReadTalkJSON(t *testing.T) {
	f, err := Read("../../../testdata/pdf/talk.pdfpc")
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != 2 || f.Legacy || f.Duration != 20*time.Minute || f.LastMinutes != 3 || f.NoteFontSize != 20 {
		t.Fatalf("header = %+v", f)
	}
	if len(f.Pages) != 7 || f.Pages[3].Idx != 5 || f.Pages[3].Label != "4" {
		t.Fatalf("pages = %+v", f.Pages)
	}
	m := f.Match(talkLayout())
	want := []string{
		"Welcome. One sentence about yourself.",
		"Ask who has lost the Wi-Fi mid-talk.",
		"Three needs, revealed one by one.",
		"The talk that ran **ten minutes** over.",
		"Amber at three minutes left in this deck.",
		"",
		"Each part gets its own title slide.",
		"",
		"Leave time for questions.",
	}
	if !reflect.DeepEqual(m.Notes, want) || m.Unmatched != 0 {
		t.Fatalf("notes = %q (unmatched %d)", m.Notes, m.Unmatched)
	}
}

func TestMatchStringLabelBeatsShiftedIdx(t *testing.T) {
	// A generator that counts idx from 1 and gives string labels: pdfpc
	// finds the pages by label.
	f, err := Parse([]byte(`{"pdfpcFormat":2,"pages":[
		{"idx":6,"label":"4","overlay":0,"note":"four"},
		{"idx":12,"label":"9","note":"nine"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	m := f.Match(talkLayout())
	if m.Notes[3] != "four" || m.Notes[8] != "nine" || m.Unmatched != 0 {
		t.Fatalf("notes = %q", m.Notes)
	}
}

func TestMatchIdxWithoutLabelsCountsFromZero(t *testing.T) {
	// pdfpc reads idx from 0 whatever the file's author meant: idx 1 is
	// page 2 and idx 12 is past the last page.
	f, err := Parse([]byte(`{"pdfpcFormat":2,"pages":[{"idx":1,"note":"first"},{"idx":12,"note":"last"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	m := f.Match(talkLayout())
	if m.Notes[0] != "" || m.Notes[1] != "first" || m.Notes[8] != "" || m.Unmatched != 1 {
		t.Fatalf("notes = %q (unmatched %d)", m.Notes, m.Unmatched)
	}
	// 0-based without labels: idx 4 is page 5, inside slide 3.
	f, _ = Parse([]byte(`{"pdfpcFormat":2,"pages":[{"idx":0,"note":"a"},{"idx":4,"note":"b"}]}`))
	m = f.Match(talkLayout())
	if m.Notes[0] != "a" || m.Notes[2] != "b" {
		t.Fatalf("notes = %q", m.Notes)
	}
}

func TestMatchLabelBeatsWrongIdx(t *testing.T) {
	// The label wins over an idx pointing elsewhere; an unknown label with an
	// out-of-range idx is unmatched; overlay notes stay on their steps.
	f, _ := Parse([]byte(`{"pdfpcFormat":2,"pages":[
		{"idx":0,"label":"7","note":"seven"},
		{"idx":3,"label":"3","overlay":1,"note":"second step"},
		{"idx":2,"label":"3","overlay":0,"note":"first step"},
		{"idx":4,"label":"3","overlay":2,"note":"first step"},
		{"idx":40,"label":"x","note":"lost"}]}`))
	m := f.Match(talkLayout())
	if m.Notes[6] != "seven" || m.Notes[0] != "" {
		t.Errorf("label match: %q", m.Notes)
	}
	if m.Notes[2] != "first step" || !reflect.DeepEqual(m.StepNotes[2], []string{"first step", "second step", "first step"}) {
		t.Errorf("slide 3: %q, steps %q", m.Notes[2], m.StepNotes[2])
	}
	if m.Unmatched != 1 {
		t.Errorf("unmatched = %d", m.Unmatched)
	}
}

func TestMatchRepeatedLabelUsesIdx(t *testing.T) {
	l := Layout{Labels: []string{"1", "2", "1", "2"}, Slides: [][]int{{1}, {2}, {3}, {4}}}
	f, _ := Parse([]byte(`{"pdfpcFormat":2,"pages":[{"idx":2,"label":"1","note":"again"}]}`))
	m := f.Match(l)
	if m.Notes[2] != "again" || m.Notes[0] != "" {
		t.Fatalf("notes = %q", m.Notes)
	}
}

func TestSnakeCaseJSON(t *testing.T) {
	f, err := Parse([]byte(`{"pdfpc_format":1,"duration":"45","end_time":"14:30","last_minutes":2,
		"end_slide":8,"enable_markdown":false,"font_size":18,"notes_position":"Right",
		"pages":[{"idx":1,"label":2,"overlay":0,"forced_overlay":true,"note":"x"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := &File{Format: 1, Duration: 45 * time.Minute, EndTime: "14:30", LastMinutes: 2, LastSet: true, EndSlide: 8, EndSet: true,
		DisableMarkdown: true, NoteFontSize: 18, NotesPosition: "right",
		Pages: []Page{{Idx: 1, Label: "2", ForcedOverlay: true, Note: "x"}}}
	if !reflect.DeepEqual(f, want) {
		t.Fatalf("got  %+v\nwant %+v", f, want)
	}
	if got := f.ForcedOverlays(talkLabels); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("forced overlays = %v", got)
	}
}

const legacy = `[file]
talk.pdf
[duration]
25
[end_time]
15:45
[last_minutes]
4
[skip]
4,5,8,
[end_user_slide]
8
[font_size]
20480
[notes]
### 1
Open with the question.
### 3
Show the \[draft\] chart.

### Why it matters
Second paragraph.
### 12
Beyond the end.
`

// [end_user_slide] 8 was written by pdfpc ≤ 4.4, which counted from 1:
// it is user slide 7 as JSON counts.
func TestParseLegacy(t *testing.T) {
	f, err := Parse([]byte(legacy))
	if err != nil {
		t.Fatal(err)
	}
	if !f.Legacy || f.Format != 0 || f.PDF != "talk.pdf" || f.Duration != 25*time.Minute ||
		f.EndTime != "15:45" || f.LastMinutes != 4 || f.EndSlide != 7 || !f.EndSet || f.NoteFontSize != 20 {
		t.Fatalf("header = %+v", f)
	}
	if !reflect.DeepEqual(f.Skip, []int{4, 5, 8}) || !reflect.DeepEqual(f.ForcedOverlays(nil), []int{4, 5, 8}) {
		t.Errorf("skip = %v", f.Skip)
	}
	want := map[int]string{
		1:  "Open with the question.",
		3:  "Show the [draft] chart.\n\n### Why it matters\nSecond paragraph.",
		12: "Beyond the end.",
	}
	if !reflect.DeepEqual(f.SlideNotes, want) {
		t.Fatalf("notes = %v", f.SlideNotes)
	}
	m := f.Match(talkLayout())
	if m.Notes[0] != want[1] || m.Notes[2] != want[3] || m.Unmatched != 1 {
		t.Fatalf("matched = %q, unmatched %d", m.Notes, m.Unmatched)
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"":                                    "empty",
		"   \n":                               "empty",
		"hello":                               "neither JSON",
		`{"pdfpcFormat":2,"pages":[`:          "ends too early",
		"{\n\"pdfpcFormat\":2,\n\"pages\":[}": "line 3",
		`{"pdfpcFormat":2,"pages":"x"}`:       "pages",
		`{"pdfpcFormat":2,"duration":-5}`:     "negative",
		`{"pages":[{"note":"x"}]}`:            "neither idx nor label",
		"[duration]\nsoon\n":                  "whole number",
		"[skip]\n3,x,\n":                      "not a page number",
		"[notes]\n### 0\nzero\n":              "count from 1",
		"[not a section]\n[file]\nx.pdf\n":    "outside any [section]",
	}
	for in, want := range cases {
		_, err := Parse([]byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) error = %v, want it to mention %q", in, err, want)
		}
	}
	_, err := Read(filepath.Join(t.TempDir(), "missing.pdfpc"))
	if err == nil || !strings.Contains(err.Error(), "missing.pdfpc") {
		t.Errorf("missing file error = %v", err)
	}
}

func TestWriteRoundTripAndBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "talk.pdfpc")
	orig := []byte("[file]\ntalk.pdf\n[notes]\n### 1\nuser's own\n")
	if err := os.WriteFile(path, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	f := &File{Duration: 20 * time.Minute, EndTime: "14:30", LastMinutes: 3,
		Pages: []Page{{Idx: 0, Label: "1", Note: "Hi \"all\"\nsecond line"}, {Idx: 1, Label: "1", Overlay: 1, Hidden: true}}}
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	bak, err := os.ReadFile(path + ".bak")
	if err != nil || string(bak) != string(orig) {
		t.Fatalf("backup = %q, %v", bak, err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Format != 2 || got.Duration != f.Duration || got.EndTime != "14:30" || got.LastMinutes != 3 ||
		!reflect.DeepEqual(got.Pages, f.Pages) {
		t.Fatalf("round trip = %+v", got)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want the old file's 0600", st.Mode().Perm())
	}
	raw, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(raw), `{"pdfpcFormat":2,"duration":20,"endTime":"14:30","lastMinutes":3,`) ||
		strings.Count(string(raw), "\n") != 4 {
		t.Errorf("layout:\n%s", raw)
	}
	// Writing the same content again leaves the backup alone.
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	if bak, _ := os.ReadFile(path + ".bak"); string(bak) != string(orig) {
		t.Errorf("unchanged write replaced the backup")
	}
	// A changed write keeps the previous version as the backup.
	f.Pages[0].Note = "changed"
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	if bak, _ := os.ReadFile(path + ".bak"); !strings.Contains(string(bak), "second line") {
		t.Errorf("backup after change = %q", bak)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left behind: %v", entries)
	}
}

func TestWriteIntoMissingFolder(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "nope", "x.pdfpc"), &File{})
	if err == nil || !strings.Contains(err.Error(), "x.pdfpc") {
		t.Fatalf("error = %v", err)
	}
}

func TestFromDeckAndPart(t *testing.T) {
	d := &deck.Deck{
		Meta: deck.Meta{Duration: 90 * time.Second, Warn: 2 * time.Minute},
		Slides: []deck.Slide{
			{Number: 1, Label: "i", Pages: []int{1}, Notes: "intro"},
			{Number: 2, Label: "ii", Pages: []int{2, 3}, Notes: "build"},
			{Number: 3, Label: "1", Pages: []int{4}},
		},
	}
	f := FromDeck(d, nil)
	if f.Duration != 90*time.Second || f.LastMinutes != 2 || len(f.Pages) != 4 {
		t.Fatalf("file = %+v", f)
	}
	if p := f.Pages[2]; p.Idx != 2 || p.Label != "ii" || p.Overlay != 1 || p.Note != "build" {
		t.Errorf("page 3 = %+v", p)
	}
	// Read back against the deck's own layout: every note on its slide.
	data, _ := Marshal(f)
	back, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Duration != 2*time.Minute {
		t.Errorf("duration rounds to whole minutes: %v", back.Duration)
	}
	l := Layout{Labels: []string{"i", "ii", "ii", "1"}, Slides: [][]int{{1}, {2, 3}, {4}}}
	if m := back.Match(l); !reflect.DeepEqual(m.Notes, []string{"intro", "build", ""}) {
		t.Errorf("notes = %q", m.Notes)
	}
	// With the PDF's own labels, those are written.
	if g := FromDeck(d, []string{"a", "b", "c", "d"}); g.Pages[2].Label != "c" || g.Pages[3].Label != "d" {
		t.Errorf("page labels not used: %+v", g.Pages)
	}
	// A part made of slides 2-3, in a new PDF without labels.
	part := FromPart(d.Meta, d.Slides[1:], false)
	lp := Layout{Labels: []string{"1", "2", "3"}, Slides: [][]int{{1}, {2}, {3}}}
	if m := part.Match(lp); !reflect.DeepEqual(m.Notes, []string{"build", "build", ""}) {
		t.Errorf("unlabelled part notes = %q", m.Notes)
	}
	// The same part with the new PDF labelling its slides 1, 2.
	part = FromPart(d.Meta, d.Slides[1:], true)
	lp = Layout{Labels: []string{"1", "1", "2"}, Slides: [][]int{{1, 2}, {3}}}
	if m := part.Match(lp); !reflect.DeepEqual(m.Notes, []string{"build", ""}) {
		t.Errorf("labelled part notes = %q", m.Notes)
	}
}
