package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestVideoKeyEndToEnd: on a slide with a video, V starts the installed
// player (here a stand-in mpv that records its arguments) full screen on
// the video file; the app keeps running.
func TestVideoKeyEndToEnd(t *testing.T) {
	display := needX(t)
	dir := t.TempDir()
	clip, err := os.ReadFile("../../testdata/media/clip.mp4")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clip.mp4"), clip, 0o644); err != nil {
		t.Fatal(err)
	}
	deckPath := filepath.Join(dir, "talk.md")
	if err := os.WriteFile(deckPath, []byte("# Demo\n\n![Our demo](clip.mp4)\n\n---\n\n# Thanks\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	played := filepath.Join(bin, "played")
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + played + ".tmp && mv " + played + ".tmp " + played + "\n"
	if err := os.WriteFile(filepath.Join(bin, "mpv"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	a := startApp(t, display, t.TempDir(), deckPath)
	a.focus(a.presenterWindow())
	a.waitTitle("1/2", 10*time.Second)
	a.key("v")
	var args []byte
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if args, err = os.ReadFile(played); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("the player never ran: %v\n%s", err, a.out)
	}
	got := string(args)
	if !strings.Contains(got, "--fs\n") || !strings.HasSuffix(got, "--\n"+filepath.Join(dir, "clip.mp4")+"\n") {
		t.Errorf("mpv got %q", got)
	}
	a.key("Next") // still presenting
	a.waitTitle("2/2", 10*time.Second)
}
