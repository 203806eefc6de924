package main

import (
	"fmt"
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

// moviePDF writes a one-page PDF whose page launches clip.mp4 (what Beamer's
// \movie makes), with clip.mp4 beside it.
func moviePDF(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	clip, err := os.ReadFile("../../testdata/media/clip.mp4")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clip.mp4"), clip, 0o644); err != nil {
		t.Fatal(err)
	}
	content := "BT /F1 24 Tf 20 200 Td (Movie) Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Annots [4 0 R] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
		"<< /Type /Annot /Subtype /Link /Rect [10 10 200 150] /Border [0 0 0] /A << /S /Launch /F (clip.mp4) >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	path := filepath.Join(dir, "beamer.pdf")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A PDF page that launches a video (Beamer's \movie) is checked like a
// Markdown video: no player installed is a media warning.
func TestCheckMediaInPDF(t *testing.T) {
	deck := moviePDF(t)
	t.Setenv("PATH", t.TempDir())
	code, out, _ := runCLI(t, "check", deck, "--json")
	var got []string
	for _, p := range parseCheck(t, out).Problems {
		if p.Kind == "media" {
			got = append(got, p.Message)
		}
	}
	if code != 1 || len(got) != 1 || !strings.Contains(got[0], "clip.mp4: no video player is installed") {
		t.Fatalf("exit %d, media problems %q\n%s", code, got, out)
	}
}
