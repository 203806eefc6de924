package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mediaDeck is a deck whose slide 2 shows clip.mp4 through an HTML tag.
func mediaDeck(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	clip, err := os.ReadFile("../../testdata/media/clip.mp4")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clip.mp4"), clip, 0o644); err != nil {
		t.Fatal(err)
	}
	deck := filepath.Join(dir, "talk.md")
	md := "# Talk\n\n---\n\n# Demo\n\n<video src=\"clip.mp4\" poster=\"clip.mp4\"></video>\n\n---\n\n# Remote\n\n<video src=\"https://example.invalid/a.mp4\"></video>\n"
	if err := os.WriteFile(deck, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	return deck
}

// A video with no player installed is a media warning naming what to install;
// a network video is one too; with a player the local video is fine.
func TestCheckMediaWithoutPlayer(t *testing.T) {
	deck := mediaDeck(t)
	t.Setenv("PATH", t.TempDir()) // no mpv, vlc, ffplay, xdg-open, ffmpeg
	code, out, _ := runCLI(t, "check", deck, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	var got []string
	for _, p := range parseCheck(t, out).Problems {
		if p.Kind == "media" {
			got = append(got, p.Message)
			if p.Severity != "warning" {
				t.Errorf("severity %q", p.Severity)
			}
		}
	}
	if len(got) != 2 || !strings.Contains(got[0], "clip.mp4: no video player is installed") || !strings.Contains(got[0], "mpv, vlc, ffplay") ||
		!strings.Contains(got[1], "on the network") {
		t.Fatalf("media problems %q", got)
	}

	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "mpv"), []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	_, out, _ = runCLI(t, "check", deck, "--json")
	for _, p := range parseCheck(t, out).Problems {
		if p.Kind == "media" && strings.Contains(p.Message, "clip.mp4") {
			t.Errorf("with mpv installed: %q", p.Message)
		}
	}
}
