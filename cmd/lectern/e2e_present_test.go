package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/session"
)

// copyDeck copies testdata/decks/<name> (and its images) into a fresh folder,
// so tests never write next to the repository's files.
func copyDeck(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("..", "..", "testdata", "decks")
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dst, name)
}

// TestPresentTalkEndToEnd starts the real binary on talk.md under X, presses
// PageDown three times, checks the presenter title says 4/9 and that the
// screen shows a slide; then kills it with SIGKILL and checks that starting
// again offers to resume on the same slide with the clock still counting.
func TestPresentTalkEndToEnd(t *testing.T) {
	display := needX(t)
	deckPath := copyDeck(t, "talk.md")
	config := t.TempDir()

	a := startApp(t, display, config, deckPath)
	win := a.presenterWindow()
	a.focus(win)
	a.waitTitle("1/9", 10*time.Second)
	a.key("Next", "Next", "Next")
	title := a.waitTitle("4/9", 10*time.Second)
	if !strings.Contains(title, "Talks that fit") {
		t.Errorf("presenter title %q does not name the talk", title)
	}
	time.Sleep(1500 * time.Millisecond) // let the clock run and the frame settle
	shot := a.screenshot(filepath.Join(t.TempDir(), "present.png"), "")
	if n := distinctColours(shot); n < 20 {
		t.Fatalf("screenshot has %d colours: the windows look blank", n)
	}
	t.Setenv(session.EnvDir, config)
	before, ok, err := session.Load(deckPath)
	if err != nil || !ok || before.Slide != 4 || !before.Timer.Running {
		t.Fatalf("saved session before the kill = %+v, %v, %v; want slide 4 with a running clock", before, ok, err)
	}

	a.cmd.Process.Signal(syscall.SIGKILL)
	a.cmd.Wait()
	time.Sleep(1 * time.Second)

	b := startApp(t, display, config, deckPath)
	win = b.presenterWindow()
	b.focus(win)
	b.waitTitle("1/9", 10*time.Second)
	b.key("Return") // accept the offer to resume
	b.waitTitle("4/9", 10*time.Second)
	b.key("Right") // a step or slide on, so the session is saved again
	time.Sleep(500 * time.Millisecond)
	after, ok, err := session.Load(deckPath)
	if err != nil || !ok {
		t.Fatalf("no session after resume: %v", err)
	}
	if !after.Timer.Running || after.Timer.Elapsed < before.Timer.Elapsed+time.Second {
		t.Fatalf("clock after resume = %v (running %v); want it still counting from %v", after.Timer.Elapsed, after.Timer.Running, before.Timer.Elapsed)
	}
}
