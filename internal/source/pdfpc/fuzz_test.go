package pdfpc

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lectern-app/lectern/internal/deck"
)

// pdfpcSeeds are the sidecars in testdata/pdf and the test cases here.
func pdfpcSeeds(f *testing.F) [][]byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pdf", "*.pdfpc"))
	if len(files) == 0 {
		f.Fatal("no .pdfpc files in testdata/pdf")
	}
	var out [][]byte
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return append(out,
		[]byte(`{"pdfpc_format":1,"pages":[{"idx":"2","label":3,"forced_overlay":1}]}`),
		[]byte(`{"pdfpcFormat":2,"duration":999999999,"lastMinutes":1e9,"pages":[{"label":"x","note":"\u00e9"}]}`))
}

// FuzzParseJSON: the JSON reader never panics, bounds its durations, and
// what it reads survives matching and comes back the same after the writer
// writes it (write → read round trip).
func FuzzParseJSON(f *testing.F) {
	for _, b := range pdfpcSeeds(f) {
		if firstByte(b) == '{' {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := parseJSON(b)
		if err != nil {
			return
		}
		checkFile(t, file)
		again := roundTrip(t, file)
		for _, p := range file.Pages {
			if !utf8.ValidString(p.Note) || !utf8.ValidString(p.Label) {
				return // JSON writes invalid UTF-8 as U+FFFD
			}
		}
		if !reflect.DeepEqual(file.Pages, again.Pages) && !(len(file.Pages) == 0 && len(again.Pages) == 0) {
			t.Fatalf("pages changed in the round trip:\n%+v\n%+v", file.Pages, again.Pages)
		}
	})
}

// FuzzParseINI: the legacy reader never panics, bounds its durations, and
// its timing settings come back the same after writing JSON and reading it.
func FuzzParseINI(f *testing.F) {
	f.Add(legacy)
	f.Add("[notes]\n### 2\nx\n### 1\n")
	f.Add("[duration]\n153722867280912930\n[last_minutes]\n99999999999\n[skip]\n3,5,\n[font_size]\n20480\n")
	f.Fuzz(func(t *testing.T, s string) {
		file, err := parseINI(s)
		if err != nil {
			return
		}
		checkFile(t, file)
		roundTrip(t, file)
	})
}

func checkFile(t *testing.T, file *File) {
	t.Helper()
	if file.Duration < 0 || file.Duration > deck.MaxDuration || file.LastMinutes < 0 || file.LastMinutes > 24*60 {
		t.Fatalf("duration %v, last minutes %d", file.Duration, file.LastMinutes)
	}
	file.Match(talkLayout())
	file.ForcedOverlays(talkLabels)
}

// roundTrip writes file as JSON, reads it back and compares the settings.
func roundTrip(t *testing.T, file *File) *File {
	t.Helper()
	out, err := Marshal(file)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	again, err := Parse(out)
	if err != nil {
		t.Fatalf("the written file cannot be read: %v\n%s", err, out)
	}
	type timing struct {
		Duration                     int64
		LastMinutes, EndSlide, Saved int
		NoteFontSize                 int
		NotesPosition, Start, End    string
		DisableMarkdown              bool
	}
	of := func(f *File) timing {
		return timing{int64(f.Duration), f.LastMinutes, f.EndSlide, f.SavedSlide, f.NoteFontSize,
			f.NotesPosition, f.StartTime, f.EndTime, f.DisableMarkdown}
	}
	want := of(file)
	want.NotesPosition = strings.ToLower(strings.TrimSpace(want.NotesPosition))
	want.Start, want.End = strings.TrimSpace(want.Start), strings.TrimSpace(want.End)
	if got := of(again); got != want && utf8.ValidString(want.NotesPosition+want.Start+want.End) {
		t.Fatalf("settings changed in the round trip:\n%+v\n%+v", want, got)
	}
	return again
}
