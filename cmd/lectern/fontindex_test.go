package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern-app/lectern/render/fonts/fontstest"
)

// The system font index is built once and then only read: upstream fontscan
// rewrote its cache file and fully loaded the first font of the index (a
// 20 MB Noto CJK collection on Debian) on every start, ~50 ms before the
// first window (third_party/typesetting).
func TestFontIndexIsReadNotRewritten(t *testing.T) {
	fontstest.Need(t, fontstest.Scripts...)
	cache := t.TempDir()
	deck := filepath.Join(t.TempDir(), "cjk.md")
	if err := os.WriteFile(deck, []byte("# 你好\n\nनमस्ते\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func() {
		cmd := exec.Command(lecternBinary(t), "check", deck)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("lectern check: %v\n%s", err, out)
		}
	}
	check() // builds the index
	index := filepath.Join(cache, "lectern", "font_index_v5.cache")
	before, err := os.Stat(index)
	if err != nil {
		t.Fatalf("no font index after the first check: %v", err)
	}
	old := before.ModTime().Add(-time.Hour)
	if err := os.Chtimes(index, old, old); err != nil {
		t.Fatal(err)
	}
	check()
	after, err := os.Stat(index)
	if err != nil {
		t.Fatal(err)
	}
	if !after.ModTime().Equal(old) || after.Size() != before.Size() {
		t.Errorf("the second start rewrote the unchanged font index (%v, %d bytes; was %v, %d bytes)",
			after.ModTime(), after.Size(), old, before.Size())
	}
}
