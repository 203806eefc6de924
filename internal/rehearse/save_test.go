package rehearse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps every test's data folder out of the user's home.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lectern-data-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_DATA_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// unwritableDeck is a deck path whose folder cannot take a new file, even for
// root: its "folder" is a regular file (a deck on a medium that went away).
func unwritableDeck(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	notDir := filepath.Join(dir, "slides")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(notDir, "talk.md")
}

func TestSaveRunFallsBackToTheDataFolder(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	deckPath := unwritableDeck(t)
	run := runOf("2026-11-26T10:00:00Z", 5, 7)
	saved, err := SaveRun(deckPath, run)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := DataPath(deckPath)
	if saved.Path != want || saved.Fallback == nil || !strings.HasPrefix(want, filepath.Join(data, "lectern", "rehearsals")+"/") {
		t.Fatalf("saved %+v, want %s under %s", saved, want, data)
	}
	msg := saved.Describe(deckPath, run)
	if !strings.Contains(msg, want) || !strings.Contains(msg, "not a directory") || !strings.Contains(msg, "0:12") {
		t.Errorf("message %q should name %s, say why and give the time", msg, want)
	}
	h, warn, err := LoadRuns(deckPath)
	if err != nil || len(warn) > 0 || len(h.Runs) != 1 {
		t.Fatalf("the saved run is not read back: %+v %v %v", h, warn, err)
	}
	if got := Files(deckPath); len(got) != 1 || got[0] != want {
		t.Errorf("Files = %v, want [%s]", got, want)
	}
}

func TestSaveRunFailsNamingBothPlaces(t *testing.T) {
	// The data folder's parent is a file too: nowhere to save.
	notDir := filepath.Join(t.TempDir(), "data")
	os.WriteFile(notDir, nil, 0o644)
	t.Setenv("XDG_DATA_HOME", notDir)
	deckPath := unwritableDeck(t)
	_, err := SaveRun(deckPath, runOf("2026-11-26T10:00:00Z", 5))
	if err == nil || !strings.Contains(err.Error(), FilePath(deckPath)) || !strings.Contains(err.Error(), notDir) {
		t.Fatalf("error %v should name both files", err)
	}
}

func TestLoadRunsMergesBothFilesOldestFirst(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	deckPath := copyTestdata(t, "")
	data, err := DataPath(deckPath)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(data), 0o755)
	if _, err := SaveRunTo(data, runOf("2026-11-26T10:00:00Z", 2)); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"2026-11-25T10:00:00Z", "2026-11-27T10:00:00Z"} {
		if err := AppendRun(deckPath, runOf(s, 1)); err != nil {
			t.Fatal(err)
		}
	}
	h, _, err := LoadRuns(deckPath)
	if err != nil || len(h.Runs) != 3 {
		t.Fatalf("%+v %v", h, err)
	}
	for i, day := range []int{25, 26, 27} {
		if h.Runs[i].Started.Day() != day {
			t.Errorf("run %d started %v, want day %d", i+1, h.Runs[i].Started, day)
		}
	}
	if got := Files(deckPath); len(got) != 2 || got[0] != FilePath(deckPath) || got[1] != data {
		t.Errorf("Files = %v", got)
	}
}

func TestReadRunsLeavesACorruptFileInPlace(t *testing.T) {
	deckPath := copyTestdata(t, "corrupt.lectern.json")
	path := FilePath(deckPath)
	orig, _ := os.ReadFile(path)
	h, warn, err := ReadRuns(deckPath)
	if err != nil || len(h.Runs) != 0 {
		t.Fatalf("%+v %v", h, err)
	}
	if len(warn) != 1 || !strings.Contains(warn[0], path) || !strings.Contains(warn[0], "is not valid JSON") {
		t.Fatalf("warning %q", warn)
	}
	if now, err := os.ReadFile(path); err != nil || string(now) != string(orig) {
		t.Fatalf("the file moved or changed: %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(path)); len(ents) != 1 {
		t.Fatalf("ReadRuns wrote beside it: %v", ents)
	}
}

func TestDataPath(t *testing.T) {
	base := t.TempDir()
	t.Setenv("XDG_DATA_HOME", base)
	a, _ := DataPath("/one/talk.md")
	b, _ := DataPath("/two/talk.md")
	if a == b || filepath.Dir(a) != filepath.Join(base, "lectern", "rehearsals") ||
		!strings.HasPrefix(filepath.Base(a), "talk-") || !strings.HasSuffix(a, ".lectern.json") {
		t.Fatalf("DataPath gave %s and %s", a, b)
	}
	t.Setenv("XDG_DATA_HOME", "relative/dir") // ignored, as the XDG spec says
	t.Setenv("HOME", base)
	if c, _ := DataPath("/one/talk.md"); filepath.Dir(c) != filepath.Join(base, ".local", "share", "lectern", "rehearsals") {
		t.Fatalf("without XDG_DATA_HOME: %s", c)
	}
}

func TestDescribeBesideTheDeck(t *testing.T) {
	run := runOf("2026-11-26T10:00:00Z", 60, 5)
	msg := Saved{Path: "/d/talk.lectern.json"}.Describe("/d/talk.md", run)
	if msg != "Rehearsal saved to talk.lectern.json: 1:05 in all." {
		t.Fatalf("%q", msg)
	}
}
