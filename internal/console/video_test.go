package console

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/media"
	"github.com/lectern-app/lectern/internal/source"
)

// videoController opens a two-slide deck in a temporary folder: slide 1
// shows clip.mp4, slide 2 has none.
func videoController(t *testing.T, clip []byte) *Controller {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "clip.mp4"), clip, 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "talk.md")
	open := func(p string, _ source.Options) (*deck.Deck, error) {
		d := &deck.Deck{Path: p, Format: deck.Markdown}
		d.Slides = []deck.Slide{
			{Number: 1, Steps: 1, Source: "# Demo\n\n<video src=\"clip.mp4\"></video>\n"},
			{Number: 2, Steps: 1, Source: "# Thanks\n"},
		}
		return d, nil
	}
	c, err := New(Config{}, Deps{Open: open, Prepare: func(*deck.Deck) (any, error) { return nil, nil }, Now: func() time.Time { return time.Unix(1e9, 0) }}, path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func realClip(t *testing.T) []byte {
	data, err := os.ReadFile("../../testdata/media/clip.mp4")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func withPlayers(t *testing.T, have ...string) {
	old := media.LookPath
	t.Cleanup(func() { media.LookPath = old })
	media.LookPath = func(name string) (string, error) {
		for _, h := range have {
			if h == name {
				return "/usr/bin/" + name, nil
			}
		}
		return "", errors.New("not installed")
	}
}

func TestPlayKeyHandsTheSlidesVideoToAPlayer(t *testing.T) {
	withPlayers(t, "ffplay", "mpv")
	c := videoController(t, realClip(t))
	if eff := c.Key("v"); eff != PlayVideo {
		t.Fatalf("effect %v, want PlayVideo (status %q)", eff, c.View().Status)
	}
	v, p := c.Video()
	if filepath.Base(v.Path) != "clip.mp4" || p.Name != "mpv" {
		t.Errorf("plays %q with %q, want clip.mp4 with mpv", v.Path, p.Name)
	}
	if st := c.View().Status; !strings.Contains(st, "Playing clip.mp4 in mpv") {
		t.Errorf("status %q", st)
	}
	c.Key("Right")
	if eff := c.Key("v"); eff != None || !strings.Contains(c.View().Status, "no video") {
		t.Errorf("slide without video: effect %v, status %q", eff, c.View().Status)
	}
}

func TestPlayKeyWithoutPlayerSaysWhatToInstall(t *testing.T) {
	withPlayers(t)
	c := videoController(t, realClip(t))
	if eff := c.Key("v"); eff != None {
		t.Fatalf("effect %v with no player", eff)
	}
	if st := c.View().Status; !strings.Contains(st, "install mpv, vlc or ffmpeg") {
		t.Errorf("status %q", st)
	}
}

func TestPlayKeyRefusesAFileThatIsNoVideo(t *testing.T) {
	withPlayers(t, "mpv")
	c := videoController(t, []byte("#EXTM3U\nhttp://example.invalid/live.ts\n"))
	if eff := c.Key("v"); eff != None {
		t.Fatal("a playlist named clip.mp4 went to the player")
	}
	if st := c.View().Status; !strings.Contains(st, "not a video file") {
		t.Errorf("status %q", st)
	}
}

// linker is a render source whose PDF page 1 launches clip.mp4.
type linker struct{}

func (linker) PageLinks(slide, step int) []string {
	if slide == 1 {
		return []string{"file:clip.mp4#page=1"}
	}
	return nil
}

func TestPlayKeyPlaysAPDFPagesMovie(t *testing.T) {
	withPlayers(t, "vlc")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "clip.mp4"), realClip(t), 0o644); err != nil {
		t.Fatal(err)
	}
	open := func(p string, _ source.Options) (*deck.Deck, error) {
		d := &deck.Deck{Path: p, Format: deck.PDF}
		d.Slides = []deck.Slide{{Number: 1, Steps: 1, Pages: []int{1}}, {Number: 2, Steps: 1, Pages: []int{2}}}
		return d, nil
	}
	c, err := New(Config{}, Deps{Open: open, Prepare: func(*deck.Deck) (any, error) { return linker{}, nil }, Now: func() time.Time { return time.Unix(1e9, 0) }}, filepath.Join(dir, "beamer.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if eff := c.Key("v"); eff != PlayVideo {
		t.Fatalf("effect %v (status %q)", eff, c.View().Status)
	}
	if v, p := c.Video(); filepath.Base(v.Path) != "clip.mp4" || p.Name != "vlc" {
		t.Errorf("plays %q with %q", v.Path, p.Name)
	}
	c.Key("Right")
	if eff := c.Key("v"); eff != None {
		t.Error("page 2 has no movie")
	}
}
