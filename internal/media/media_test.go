package media

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/internal/testtool"
)

func copyClip(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "media", "clip.mp4"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVideosFindsEverySyntax(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.mp4", "b.webm", "c.mov", "d.mp4", "poster.png"} {
		copyClip(t, dir, n)
	}
	s := &deck.Slide{
		Source: "# Demo\n\n<video src=\"b.webm\" poster='poster.png' controls></video>\n" +
			"<video controls><source src=\"c.mov\" type=\"video/quicktime\"></video>\n" +
			"<!-- .slide: data-background-video=\"d.mp4\" -->\n![clip](a.mp4)\n![](https://example.invalid/x.mp4)\n",
		Images: []deck.Image{{Src: "a.mp4"}, {Src: "https://example.invalid/x.mp4"}, {Src: "pic.png"}},
	}
	vs := Videos(s, deckfiles.ForDir(dir, nil))
	var srcs []string
	for _, v := range vs {
		srcs = append(srcs, v.Src)
	}
	if got := strings.Join(srcs, " "); got != "b.webm c.mov d.mp4 a.mp4 https://example.invalid/x.mp4" {
		t.Fatalf("videos %q", got)
	}
	if vs[0].Poster == "" || filepath.Base(vs[0].Poster) != "poster.png" {
		t.Errorf("poster %q", vs[0].Poster)
	}
	if vs[4].Path != "" || deckfiles.KindOf(vs[4].Err) != deckfiles.KindRemote {
		t.Errorf("remote video resolved: %+v", vs[4])
	}
	for _, v := range vs[:4] {
		if v.Path == "" || v.Err != nil {
			t.Errorf("%s not resolved: %v", v.Src, v.Err)
		}
	}
}

func TestVideosOutsideTheFolderAreRefused(t *testing.T) {
	outer := t.TempDir()
	dir := filepath.Join(outer, "deck")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	copyClip(t, outer, "secret.mp4")
	s := &deck.Slide{Source: `<video src="../secret.mp4"></video>`}
	vs := Videos(s, deckfiles.ForDir(dir, nil))
	if len(vs) != 1 || vs[0].Path != "" || deckfiles.KindOf(vs[0].Err) != deckfiles.KindOutside {
		t.Fatalf("outside video: %+v", vs)
	}
}

func TestIsVideo(t *testing.T) {
	for src, want := range map[string]bool{"a.MP4": true, "x/y.webm?t=3": true, "b.png": false, "movie": false, "c.mkv#x": true} {
		if IsVideo(src) != want {
			t.Errorf("IsVideo(%q) = %v", src, !want)
		}
	}
}

func TestSniffRefusesAPlaylistNamedMP4(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "clip.mp4")
	if err := os.WriteFile(fake, []byte("#EXTM3U\nhttp://example.invalid/a.ts\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Sniff(fake); err == nil {
		t.Fatal("a playlist passed as a video")
	}
	if err := Sniff(copyClip(t, dir, "real.mp4")); err != nil {
		t.Fatal(err)
	}
	if _, err := FirstFrame(fake); err == nil {
		t.Fatal("first frame of a playlist")
	}
}

func TestPlayerOrderAndArguments(t *testing.T) {
	defer func(old func(string) (string, error)) { LookPath = old }(LookPath)
	have := map[string]bool{"vlc": true, "ffplay": true, "xdg-open": true}
	LookPath = func(name string) (string, error) {
		if have[name] {
			return "/usr/bin/" + name, nil
		}
		return "", errors.New("not found")
	}
	p, ok := FindPlayer()
	if !ok || p.Name != "vlc" {
		t.Fatalf("player %+v", p)
	}
	cmd := p.Command("-odd name.mp4", Screen{X: 1920, W: 1920, H: 1080, Index: 1})
	args := strings.Join(cmd.Args[1:], " ")
	if !strings.Contains(args, "--fullscreen") || !strings.Contains(args, "screennumber=1") || !strings.HasSuffix(args, "-- -odd name.mp4") {
		t.Errorf("vlc args %q", args)
	}
	have = map[string]bool{"ffplay": true}
	p, _ = FindPlayer()
	args = strings.Join(p.Command("/talk/clip.mp4", Screen{X: 1920, W: 1920, H: 1080}).Args[1:], " ")
	if !strings.Contains(args, "-fs") || !strings.Contains(args, "-left 1920") || !strings.HasSuffix(args, "file:/talk/clip.mp4") {
		t.Errorf("ffplay args %q", args)
	}
	have = map[string]bool{}
	if _, ok := FindPlayer(); ok {
		t.Error("a player found where none is installed")
	}
}

func TestPlayRunsThePlayer(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "args")
	script := filepath.Join(dir, "mpv")
	if err := os.WriteFile(script, []byte("#!/bin/sh\nprintf '%s\\n' \"$@\" > "+log+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	p := Player{Name: "mpv", Path: script}
	if err := p.Play("/deck/clip.mp4", Screen{}, func(err error) { done <- err }); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "--fs\n") || !strings.HasSuffix(string(got), "--\n/deck/clip.mp4\n") {
		t.Errorf("mpv got %q", got)
	}
}

func TestFirstFrame(t *testing.T) {
	testtool.Need(t, "ffmpeg")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	p := copyClip(t, t.TempDir(), "clip.mp4")
	img, err := FirstFrame(p)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 320 || b.Dy() != 180 {
		t.Fatalf("frame %v, want 320×180", b)
	}
	// ffmpeg's testsrc: colour bars, magenta around x=100, blue around x=140
	if r, g, b, _ := img.At(100, 40).RGBA(); !(r > 0xc000 && g < 0x4000 && b > 0xc000) {
		t.Errorf("(100,40) is %d %d %d, want magenta", r>>8, g>>8, b>>8)
	}
	if r, g, b, _ := img.At(140, 40).RGBA(); !(r < 0x4000 && g < 0x4000 && b > 0xc000) {
		t.Errorf("(140,40) is %d %d %d, want blue", r>>8, g>>8, b>>8)
	}
	// the second time comes from the cache even without ffmpeg
	defer func(old func(string) (string, error)) { LookPath = old }(LookPath)
	LookPath = func(string) (string, error) { return "", errors.New("gone") }
	frames.m = nil
	if _, err := FirstFrame(p); err != nil {
		t.Fatalf("cached frame: %v", err)
	}
}
