package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `lectern check` reports a corrupt rehearsal history and leaves it exactly
// where and as it was: a check writes nothing (it used to move it aside).
func TestCheckLeavesACorruptHistoryInPlace(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	deck := filepath.Join(dir, "talk.md")
	os.WriteFile(deck, []byte("---\ntitle: T\nduration: 10m\n---\n# One\n\n---\n\n# Two\n"), 0o644)
	hist := filepath.Join(dir, "talk.lectern.json")
	corrupt := []byte(`{"version":1,"runs":[{"started":`)
	os.WriteFile(hist, corrupt, 0o644)

	code, out, errOut := runCLI(t, "check", deck)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "talk.lectern.json") || !strings.Contains(out, "not valid JSON") {
		t.Errorf("check does not report the history:\n%s", out)
	}
	if b, err := os.ReadFile(hist); err != nil || !bytes.Equal(b, corrupt) {
		t.Fatalf("the history changed or moved: %q %v", b, err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Fatalf("check wrote into the deck's folder: %v", ents)
	}
}
