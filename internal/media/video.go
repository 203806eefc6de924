// Package media finds the videos a slide shows and plays them in a local
// player: Lectern never decodes video itself and never fetches one. A slide's
// video is drawn as its poster or first frame (FirstFrame, through a local
// ffmpeg when there is one) with a play sign; a key hands the file to mpv,
// vlc, ffplay or the desktop's opener, full screen on the audience monitor.
package media

import (
	"path"
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// videoExts are the file name endings taken for video.
var videoExts = []string{".mp4", ".m4v", ".webm", ".mov", ".mkv", ".ogv", ".avi", ".mpg", ".mpeg"}

// IsVideo says whether src (a path or address) names a video file.
func IsVideo(src string) bool {
	s := strings.ToLower(strings.TrimSpace(src))
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	ext := path.Ext(s)
	for _, e := range videoExts {
		if ext == e {
			return true
		}
	}
	return false
}

// Video is one video a slide shows.
type Video struct {
	Src    string // as written
	Path   string // the local file, "" when it may not or cannot be read
	Poster string // the poster picture's local file, "" for none
	Err    error  // why Path is empty: remote, missing, outside the deck's folders
}

// The ways decks name videos besides ![](clip.mp4): HTML <video src> and
// <source src> (Marp, Slidev, reveal.js, Quarto), Slidev's <SlidevVideo>,
// and reveal.js background videos.
var (
	videoTagRE  = regexp.MustCompile(`(?is)<(video|slidevvideo)\b([^>]*)>(.*?)</(?:video|slidevvideo)>|<(video|slidevvideo)\b([^>]*)/?>`)
	sourceTagRE = regexp.MustCompile(`(?is)<source\b([^>]*)>`)
	attrRE      = regexp.MustCompile(`(?is)\b(src|poster|data-background-video)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))`)
)

// Videos lists the videos of a Markdown slide, each once (HTML video tags,
// then background videos, then Markdown images), resolved through the deck's file policy (remote videos are never
// fetched: they come back with Err set).
func Videos(s *deck.Slide, pol deckfiles.Policy) []Video {
	var out []Video
	seen := map[string]bool{}
	add := func(src, poster string) {
		src = strings.TrimSpace(src)
		if src == "" || seen[src] {
			return
		}
		seen[src] = true
		v := Video{Src: src}
		v.Path, v.Err = pol.Resolve(src)
		if poster != "" {
			if p, err := pol.Resolve(poster); err == nil {
				v.Poster = p
			}
		}
		out = append(out, v)
	}
	text := s.Source
	if text == "" {
		text = s.Body
	}
	for _, t := range Tags(text) {
		add(t.Src, t.Poster)
	}
	for _, im := range s.Images {
		if IsVideo(im.Src) {
			add(im.Src, "")
		}
	}
	return out
}

// Tag is a video named in HTML: a <video> (its src or first <source>), a
// <SlidevVideo>, or a reveal.js data-background-video.
type Tag struct {
	Src, Poster string
}

// Tags lists the videos text names in HTML, in that order.
func Tags(text string) []Tag {
	var out []Tag
	for _, m := range videoTagRE.FindAllStringSubmatch(text, -1) {
		attrs, inner := m[2], m[3]
		if m[4] != "" {
			attrs, inner = m[5], ""
		}
		a := attrsOf(attrs)
		src := a["src"]
		if src == "" {
			for _, sm := range sourceTagRE.FindAllStringSubmatch(inner, -1) {
				if src = attrsOf(sm[1])["src"]; src != "" {
					break // the first source a player can take is enough
				}
			}
		}
		if src != "" {
			out = append(out, Tag{Src: src, Poster: a["poster"]})
		}
	}
	for _, m := range attrRE.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], "data-background-video") {
			out = append(out, Tag{Src: firstNonEmpty(m[3], m[4], m[5])})
		}
	}
	return out
}

func attrsOf(s string) map[string]string {
	out := map[string]string{}
	for _, m := range attrRE.FindAllStringSubmatch(s, -1) {
		k := strings.ToLower(m[1])
		if _, ok := out[k]; !ok {
			out[k] = firstNonEmpty(m[3], m[4], m[5])
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
