package rehearse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestFilePath(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"talk.md", "talk.lectern.json"},
		{"/decks/talk.pdf", "/decks/talk.lectern.json"},
		{"decks/my.talk.md", filepath.Join("decks", "my.talk.lectern.json")},
		{"decks/README", filepath.Join("decks", "README.lectern.json")},
		{".hidden", ".hidden.lectern.json"},
	} {
		if got := FilePath(tc.in); got != tc.want {
			t.Errorf("FilePath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// copyTestdata puts testdata/rehearse/<name> next to a deck in a temp folder
// and returns the deck's path.
func copyTestdata(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	deckPath := filepath.Join(dir, "talk.md")
	if name != "" {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "rehearse", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(FilePath(deckPath), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return deckPath
}

func TestRoundTrip(t *testing.T) {
	deckPath := copyTestdata(t, "")
	h, warn, err := LoadRuns(deckPath)
	if err != nil || len(warn) > 0 || h.Version != 1 || len(h.Runs) != 0 {
		t.Fatalf("no file: got %+v %v %v, want an empty history", h, warn, err)
	}
	d := talkDeck()
	t0 := time.Date(2026, 11, 25, 19, 0, 0, 0, time.UTC)
	var want []Run
	for i := 0; i < 3; i++ {
		r := NewRecorder(d, t0)
		start := t0.Add(time.Duration(i) * time.Hour)
		r.Show(start, 1, 1)
		r.Show(start.Add(41200*time.Millisecond), 5, 2)
		run := r.Finish(start.Add(time.Duration(60+i) * time.Second))
		if err := AppendRun(deckPath, run); err != nil {
			t.Fatal(err)
		}
		want = append(want, run)
	}
	h, warn, err = LoadRuns(deckPath)
	if err != nil || len(warn) > 0 {
		t.Fatalf("load: %v %v", warn, err)
	}
	if !reflect.DeepEqual(h.Runs, want) {
		t.Fatalf("round trip changed runs:\n got %+v\nwant %+v", h.Runs, want)
	}
	data, _ := os.ReadFile(FilePath(deckPath))
	for _, s := range []string{`"version": 1`, `"started": "2026-11-25T19:00:00Z"`, `"total_s": 60`, `"seconds": 41.2`, `"steps": [`} {
		if !strings.Contains(string(data), s) {
			t.Errorf("file lacks %s:\n%s", s, data)
		}
	}
	if strings.Index(string(data), `"version"`) > strings.Index(string(data), `"runs"`) {
		t.Errorf("version should come first:\n%s", data)
	}
}

func TestAppendKeepsEarlierRunsAndUnknownFields(t *testing.T) {
	deckPath := copyTestdata(t, "talk.lectern.json")
	h, _, err := LoadRuns(deckPath)
	if err != nil || len(h.Runs) != 1 || h.Runs[0].TotalS != 1712.4 || h.Runs[0].Slides[0].Steps[1] != 21.1 {
		t.Fatalf("read sample: %+v %v", h, err)
	}
	// Another process appends after we loaded: its run must survive ours.
	other := runOf("2026-11-26T10:00:00Z", 30, 40)
	if err := AppendRun(deckPath, other); err != nil {
		t.Fatal(err)
	}
	mine := runOf("2026-11-26T11:00:00Z", 31, 41)
	if err := AppendRun(deckPath, mine); err != nil {
		t.Fatal(err)
	}
	h, _, err = LoadRuns(deckPath)
	if err != nil || len(h.Runs) != 3 || h.Runs[1].TotalS != 70 || h.Runs[2].TotalS != 72 {
		t.Fatalf("after two appends: %+v %v", h, err)
	}
	var raw struct {
		Notes string `json:"speaker_notes"`
		Runs  []struct {
			Device string `json:"device"`
		} `json:"runs"`
	}
	data, _ := os.ReadFile(FilePath(deckPath))
	if err := json.Unmarshal(data, &raw); err != nil || raw.Notes == "" || raw.Runs[0].Device != "laptop" {
		t.Errorf("unknown fields were lost: %+v %v\n%s", raw, err, data)
	}
}

func TestAtomicWrite(t *testing.T) {
	deckPath := copyTestdata(t, "talk.lectern.json")
	path := FilePath(deckPath)
	// A reader polling the file while runs are appended must always see a
	// whole, valid file with no fewer runs than before.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var bad []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		seen := 0
		for {
			select {
			case <-stop:
				return
			default:
			}
			h, _, err := readHistory(path)
			if err != nil {
				bad = append(bad, err.Error())
				return
			}
			if len(h.Runs) < seen {
				bad = append(bad, "runs went missing")
				return
			}
			seen = len(h.Runs)
		}
	}()
	for i := 0; i < 40; i++ {
		if err := AppendRun(deckPath, runOf("2026-11-26T10:00:00Z", float64(i), 5, 6, 7, 8, 9, 10, 11, 12)); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("a reader saw a broken file: %v", bad)
	}
	h, _, _ := LoadRuns(deckPath)
	if len(h.Runs) != 41 {
		t.Errorf("%d runs, want 41", len(h.Runs))
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if e.Name() != "talk.lectern.json" {
			t.Errorf("left behind %s", e.Name())
		}
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
}

func TestWriteFailureKeepsOldFile(t *testing.T) {
	deckPath := copyTestdata(t, "talk.lectern.json")
	before, _ := os.ReadFile(FilePath(deckPath))
	// A run no recorder could make is refused before anything is touched.
	err := AppendRun(deckPath, Run{TotalS: -1})
	if err == nil || !strings.Contains(err.Error(), "talk.lectern.json") {
		t.Fatalf("bad run: err %v, want one naming the file", err)
	}
	// A folder that cannot be written into, and no data folder to fall back
	// on: the error names the folder and the old file stays as it was.
	noData := filepath.Join(t.TempDir(), "data")
	os.WriteFile(noData, nil, 0o644)
	t.Setenv("XDG_DATA_HOME", noData)
	dir := filepath.Join(t.TempDir(), "missing")
	if err := AppendRun(filepath.Join(dir, "talk.md"), runOf("2026-11-26T10:00:00Z", 1)); err == nil ||
		!strings.Contains(err.Error(), dir) {
		t.Errorf("missing folder: err %v, want one naming %s", err, dir)
	}
	after, _ := os.ReadFile(FilePath(deckPath))
	if string(before) != string(after) {
		t.Errorf("file changed after failed writes")
	}
}

func TestUnreadableFileKeptAside(t *testing.T) {
	now := time.Date(2026, 11, 25, 19, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		file, aside, says string
	}{
		{"corrupt.lectern.json", "talk.lectern.json.corrupt-20261125T190000", "is not valid JSON"},
		{"future.lectern.json", "talk.lectern.json.v2-20261125T190000", "newer Lectern (format version 2"},
		{"badrun.lectern.json", "talk.lectern.json.corrupt-20261125T190000", "runs that cannot be read"},
		{"noversion.lectern.json", "talk.lectern.json.corrupt-20261125T190000", "has no version number"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			deckPath := copyTestdata(t, tc.file)
			path := FilePath(deckPath)
			orig, _ := os.ReadFile(path)
			h, warn, err := loadRuns(deckPath, now)
			if err != nil || h == nil || len(h.Runs) != 0 {
				t.Fatalf("got %+v %v, want an empty history", h, err)
			}
			if len(warn) != 1 || !strings.Contains(warn[0], path) || !strings.Contains(warn[0], tc.aside) ||
				!strings.Contains(warn[0], tc.says) {
				t.Fatalf("warning %q should name %s, %s and say %q", warn, path, tc.aside, tc.says)
			}
			kept, err := os.ReadFile(filepath.Join(filepath.Dir(path), tc.aside))
			if err != nil || string(kept) != string(orig) {
				t.Fatalf("the unreadable file was not kept as it was: %v", err)
			}
			// A new file is started and the kept one is left alone.
			if err := AppendRun(deckPath, runOf("2026-11-26T10:00:00Z", 5)); err != nil {
				t.Fatal(err)
			}
			if h, w, err := LoadRuns(deckPath); err != nil || len(w) > 0 || len(h.Runs) != 1 {
				t.Errorf("new file: %+v %v %v", h, w, err)
			}
			if again, _ := os.ReadFile(filepath.Join(filepath.Dir(path), tc.aside)); string(again) != string(orig) {
				t.Errorf("kept file changed")
			}
		})
	}
}

func TestSaveRunSetsAsideWithoutReplacingEarlierCopies(t *testing.T) {
	now := time.Date(2026, 11, 25, 19, 0, 0, 0, time.UTC)
	deckPath := copyTestdata(t, "corrupt.lectern.json")
	path := FilePath(deckPath)
	if _, _, err := loadRuns(deckPath, now); err != nil {
		t.Fatal(err)
	}
	// The file is corrupted again in the same second, then a run is saved.
	os.WriteFile(path, []byte("{oops"), 0o644)
	saved, err := saveRun(deckPath, runOf("2026-11-26T10:00:00Z", 5), now)
	if err != nil {
		t.Fatal(err)
	}
	warn := saved.Warnings
	second := path + ".corrupt-20261125T190000-2"
	if len(warn) != 1 || !strings.Contains(warn[0], second) {
		t.Fatalf("warning %q should name %s", warn, second)
	}
	if b, _ := os.ReadFile(second); string(b) != "{oops" {
		t.Errorf("second copy holds %q", b)
	}
	if h, _, _ := LoadRuns(deckPath); len(h.Runs) != 1 {
		t.Errorf("the run was not saved in a new file")
	}
}

func TestEmptyFileIsEmptyHistory(t *testing.T) {
	deckPath := copyTestdata(t, "")
	os.WriteFile(FilePath(deckPath), []byte("\n"), 0o644)
	h, warn, err := LoadRuns(deckPath)
	if err != nil || len(warn) > 0 || len(h.Runs) != 0 {
		t.Fatalf("empty file: %+v %v %v", h, warn, err)
	}
}

func BenchmarkAppendRun(b *testing.B) {
	deckPath := filepath.Join(b.TempDir(), "talk.md")
	run := runOf("2026-11-26T10:00:00Z", 41.2, 100, 200, 180, 300, 240, 180, 240, 60)
	for i := 0; i < b.N; i++ {
		if i%50 == 0 { // keep the file at a realistic size: up to 50 runs
			os.Remove(FilePath(deckPath))
		}
		if err := AppendRun(deckPath, run); err != nil {
			b.Fatal(err)
		}
	}
}
