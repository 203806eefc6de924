package session

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/timing"
)

var t0 = time.Date(2025, 3, 1, 14, 0, 0, 0, time.UTC)

// setup points the config folder at a temporary one and returns a deck path.
func setup(t *testing.T) (cfg, deckPath string) {
	t.Helper()
	cfg = t.TempDir()
	t.Setenv(EnvDir, cfg)
	deckPath = filepath.Join(t.TempDir(), "talk.md")
	if err := os.WriteFile(deckPath, []byte("# Talk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfg, deckPath
}

func TestSaveLoad(t *testing.T) {
	cfg, deckPath := setup(t)
	if _, ok, err := Load(deckPath); ok || err != nil {
		t.Fatalf("nothing saved yet: ok %v err %v", ok, err)
	}
	want := Saved{Slide: 7, Step: 2, SavedAt: t0,
		Timer: timing.Snapshot{Elapsed: 9 * time.Minute, Started: true, Running: true, StartedAt: t0.Add(-9 * time.Minute), At: t0, Slide: 7}}
	if err := Save(deckPath, want); err != nil {
		t.Fatal(err)
	}
	got, ok, err := Load(deckPath)
	if err != nil || !ok {
		t.Fatalf("Load: ok %v err %v", ok, err)
	}
	if got.Slide != 7 || got.Step != 2 || !got.SavedAt.Equal(t0) || got.Timer.Elapsed != 9*time.Minute || !got.Timer.Running {
		t.Fatalf("loaded %+v", got)
	}
	if abs, _ := filepath.Abs(deckPath); got.Deck != abs {
		t.Fatalf("deck %q, want %q", got.Deck, abs)
	}
	// Where it lives: <config>/sessions/<sha256 of the absolute path>.json, alone.
	sum := sha256.Sum256([]byte(got.Deck))
	file := filepath.Join(cfg, "sessions", hex.EncodeToString(sum[:])+".json")
	if p, _ := Path(deckPath); p != file {
		t.Fatalf("Path = %s, want %s", p, file)
	}
	entries, _ := os.ReadDir(filepath.Join(cfg, "sessions"))
	if len(entries) != 1 || entries[0].Name() != filepath.Base(file) {
		t.Fatalf("sessions folder holds %v", entries)
	}
	if !got.Resumable() || got.Age(t0.Add(time.Minute)) != time.Minute {
		t.Fatal("Resumable/Age")
	}
}

func TestResumeKeepsTheClockCounting(t *testing.T) {
	_, deckPath := setup(t)
	tm := timing.New(timing.Config{Duration: 30 * time.Minute}, timing.Plan{})
	tm.Start(t0)
	tm.OnMove(t0.Add(time.Minute), 2)
	saveAt := t0.Add(10 * time.Minute)
	if err := Save(deckPath, Saved{Slide: 2, Step: 1, Timer: tm.Snapshot(saveAt), SavedAt: saveAt}); err != nil {
		t.Fatal(err)
	}
	// Killed; reopened three minutes later.
	now := saveAt.Add(3 * time.Minute)
	s, ok, err := Load(deckPath)
	if err != nil || !ok {
		t.Fatalf("Load: ok %v err %v", ok, err)
	}
	back := timing.New(timing.Config{Duration: 30 * time.Minute}, timing.Plan{})
	back.Restore(s.Timer, now)
	r := back.Reading(now)
	if !r.Running || r.Elapsed != 13*time.Minute || r.Display != "17:00" {
		t.Fatalf("resumed clock: %+v", r)
	}
}

func TestTimerAtDefaultsToSavedAt(t *testing.T) {
	_, deckPath := setup(t)
	if err := Save(deckPath, Saved{Slide: 3, Step: 1, SavedAt: t0, Timer: timing.Snapshot{Elapsed: time.Minute, Started: true, Running: true}}); err != nil {
		t.Fatal(err)
	}
	s, _, _ := Load(deckPath)
	if !s.Timer.At.Equal(t0) {
		t.Fatalf("timer at %v, want the save time", s.Timer.At)
	}
	before := time.Now()
	if err := Save(deckPath, Saved{Slide: 3, Step: 1}); err != nil {
		t.Fatal(err)
	}
	s, _, _ = Load(deckPath)
	if s.SavedAt.Before(before) {
		t.Fatalf("zero SavedAt was not set to now: %v", s.SavedAt)
	}
}

func TestOverwriteAndClear(t *testing.T) {
	cfg, deckPath := setup(t)
	for i := 1; i <= 3; i++ {
		if err := Save(deckPath, Saved{Slide: i, Step: 1, SavedAt: t0}); err != nil {
			t.Fatal(err)
		}
	}
	s, _, _ := Load(deckPath)
	if s.Slide != 3 {
		t.Fatalf("slide %d, want the last save", s.Slide)
	}
	entries, _ := os.ReadDir(filepath.Join(cfg, "sessions"))
	if len(entries) != 1 {
		t.Fatalf("%d files left behind, want 1", len(entries))
	}
	if err := Clear(deckPath); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := Load(deckPath); ok || err != nil {
		t.Fatalf("after Clear: ok %v err %v", ok, err)
	}
	if err := Clear(deckPath); err != nil {
		t.Fatalf("clearing twice: %v", err)
	}
}

func TestRelativePathIsTheSameDeck(t *testing.T) {
	_, deckPath := setup(t)
	if err := Save(deckPath, Saved{Slide: 4, Step: 1, SavedAt: t0}); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Dir(deckPath))
	s, ok, err := Load("talk.md")
	if err != nil || !ok || s.Slide != 4 {
		t.Fatalf("relative path: %+v ok %v err %v", s, ok, err)
	}
	other := filepath.Join(filepath.Dir(deckPath), "other.md")
	if _, ok, _ := Load(other); ok {
		t.Fatal("another deck found this deck's session")
	}
}

func TestDamagedFile(t *testing.T) {
	_, deckPath := setup(t)
	path, _ := Path(deckPath)
	os.MkdirAll(filepath.Dir(path), 0o700)
	for _, bad := range []string{"{not json", `{"slide": 0, "step": 1}`} {
		os.WriteFile(path, []byte(bad), 0o600)
		_, ok, err := Load(deckPath)
		if ok || err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%q: ok %v err %v; want an error naming %s", bad, ok, err, path)
		}
	}
}

func TestUnwritableFolder(t *testing.T) {
	base := filepath.Join(t.TempDir(), "file")
	os.WriteFile(base, nil, 0o600) // a file where the folder should be
	t.Setenv(EnvDir, base)
	err := Save("talk.md", Saved{Slide: 1, Step: 1})
	if err == nil || !strings.Contains(err.Error(), "save session") || !strings.Contains(err.Error(), base) {
		t.Fatalf("error %v should name the session file", err)
	}
}

func TestNoDeckPath(t *testing.T) {
	setup(t)
	if err := Save("", Saved{Slide: 1, Step: 1}); err == nil {
		t.Fatal("saved a session for no deck")
	}
	if _, _, err := Load(""); err == nil {
		t.Fatal("loaded a session for no deck")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv(EnvDir, "")
	t.Setenv("XDG_CONFIG_HOME", "/tmp/xdg-test-config")
	t.Setenv("HOME", "/tmp/home-test")
	d, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	base, _ := os.UserConfigDir()
	if d != filepath.Join(base, "lectern", "sessions") {
		t.Fatalf("Dir = %s", d)
	}
}

func TestResumable(t *testing.T) {
	if (Saved{Slide: 1, Step: 1}).Resumable() {
		t.Error("the first step with a stopped clock is not worth resuming")
	}
	if !(Saved{Slide: 1, Step: 1, Timer: timing.Snapshot{Started: true}}).Resumable() {
		t.Error("a started clock is worth resuming")
	}
}

func BenchmarkSave(b *testing.B) {
	b.Setenv(EnvDir, b.TempDir())
	s := Saved{Slide: 12, Step: 2, SavedAt: t0, Timer: timing.Snapshot{Elapsed: time.Minute, Spent: make([]time.Duration, 60)}}
	for b.Loop() {
		if err := Save("talk.md", s); err != nil {
			b.Fatal(err)
		}
	}
}
