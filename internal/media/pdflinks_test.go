package media

import (
	"path/filepath"
	"testing"

	"github.com/lectern-app/lectern/internal/deckfiles"
)

func TestPDFVideosFromLaunchLinks(t *testing.T) {
	dir := t.TempDir()
	copyClip(t, dir, "clip.mp4")
	copyClip(t, dir, "my talk.webm")
	links := []string{"file:clip.mp4#page=1", "file://my%20talk.webm", "https://example.invalid/v.mp4", "#page=3", "file:///etc/secret.mp4", "file:notes.pdf", "file:clip.mp4"}
	vs := PDFVideos(links, deckfiles.ForDir(dir, nil))
	if len(vs) != 3 {
		t.Fatalf("videos %+v, want clip.mp4, my talk.webm and the refused absolute one", vs)
	}
	if filepath.Base(vs[0].Path) != "clip.mp4" || filepath.Base(vs[1].Path) != "my talk.webm" {
		t.Errorf("resolved %q %q", vs[0].Path, vs[1].Path)
	}
	if vs[2].Path != "" || vs[2].Err == nil {
		t.Errorf("an absolute path outside the deck's folder resolved: %+v", vs[2])
	}
}
