package media

import (
	"net/url"
	"strings"

	"github.com/lectern-app/lectern/internal/deckfiles"
)

// PDFVideos are the videos a PDF page launches (Beamer's \movie, a link to
// a file), from its link targets as pdfdoc.Links gives them, resolved next
// to the PDF through the deck's file policy. Web addresses and links inside
// the document are not videos.
func PDFVideos(links []string, pol deckfiles.Policy) []Video {
	var out []Video
	seen := map[string]bool{}
	for _, l := range links {
		src, ok := launchedFile(l)
		if !ok || !IsVideo(src) || seen[src] {
			continue
		}
		seen[src] = true
		v := Video{Src: src}
		v.Path, v.Err = pol.Resolve(src)
		out = append(out, v)
	}
	return out
}

// launchedFile is the file a link names: MuPDF writes a launch action as
// "file:clip.mp4#page=1", a relative URI as "file://clip.mp4"; absolute
// paths stay absolute (the policy refuses them outside the deck's folders).
func launchedFile(link string) (string, bool) {
	rest, ok := strings.CutPrefix(link, "file:")
	if !ok {
		if strings.Contains(link, ":") || strings.HasPrefix(link, "#") {
			return "", false // a web address, or a place in the document
		}
		rest = link
	}
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest = rest[:i]
	}
	if strings.HasPrefix(rest, "///") {
		rest = rest[2:]
	} else {
		rest = strings.TrimPrefix(rest, "//")
	}
	if u, err := url.PathUnescape(rest); err == nil {
		rest = u
	}
	return rest, rest != ""
}
