package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOwnKeysEndToEnd: a keys.toml in the config folder that binds j to
// next moves the real app from 1/9 to 2/9; a bad one is reported with its
// file and line, and the default keys still work.
func TestOwnKeysEndToEnd(t *testing.T) {
	display := needX(t)
	deckPath := copyDeck(t, "talk.md")
	config := t.TempDir()
	keys := filepath.Join(config, "keys.toml")
	if err := os.WriteFile(keys, []byte("[bind]\nj = \"next\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := startApp(t, display, config, deckPath)
	a.focus(a.presenterWindow())
	a.waitTitle("1/9", 10*time.Second)
	a.key("j")
	a.waitTitle("2/9", 10*time.Second)
	a.kill()

	if err := os.WriteFile(keys, []byte("[bind]\nj = \"next\"\nk = \"forward\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := startApp(t, display, config, deckPath)
	b.focus(b.presenterWindow())
	b.waitTitle("1/9", 10*time.Second)
	if want := keys + " line 3: unknown command \"forward\""; !strings.Contains(b.out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, b.out)
	}
	b.key("Return") // the resume offer from the first run: accept it (slide 2)
	b.waitTitle("2/9", 10*time.Second)
	b.key("Next") // the defaults stay
	b.waitTitle("3/9", 10*time.Second)
}
