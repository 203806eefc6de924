package layout_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/media"
	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

func videoDeck(t *testing.T, md string) *layout.Laid {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile("../../testdata/media/clip.mp4")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clip.mp4"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	d := layouttest.FromMarkdown(md, dir, "light")
	d.Path = filepath.Join(dir, "talk.md")
	return laid(t, d, 1)
}

func TestVideoShowsItsFirstFrameWithAPlaySign(t *testing.T) {
	testtool.Need(t, "ffmpeg")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for _, md := range []string{"# Demo\n\n![](clip.mp4)\n", "# Demo\n\n<video src=\"clip.mp4\" controls></video>\n",
		"# Demo\n\n<video controls>\n  <source src=\"clip.mp4\" type=\"video/mp4\">\n</video>\n"} {
		p := videoDeck(t, md).Page(1)
		pics := pictures(p)
		if len(pics) != 1 || pics[0].Image == nil || pics[0].Image.Bounds().Dx() != 320 {
			t.Fatalf("%q: pictures %+v, want the 320×180 first frame", md, pics)
		}
		if pics[0].Path != "" {
			t.Errorf("a frame's pixels are not the file %s: export must not embed the video as a picture", pics[0].Path)
		}
		if w, h := pics[0].W, pics[0].H; w/h < 1.7 || w/h > 1.85 {
			t.Errorf("aspect %.2f, want 16:9", w/h)
		}
		find(t, p, "clip.mp4  ·  V plays it")
	}
}

func TestVideoWithoutFFmpegSaysSo(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	defer func(old func(string) (string, error)) { media.LookPath = old }(media.LookPath)
	media.LookPath = func(string) (string, error) { return "", errors.New("none") }
	p := videoDeck(t, "# Demo\n\n![Our demo](clip.mp4)\n").Page(1)
	if len(pictures(p)) != 0 {
		t.Fatal("a picture without a frame")
	}
	find(t, p, "Our demo")
	var said bool
	for _, x := range texts(p) {
		said = said || strings.Contains(x.Text, "install ffmpeg")
	}
	if !said {
		t.Errorf("the placeholder does not say how to see the frame: %v", texts(p))
	}
	find(t, p, "V plays it")
}
