package main

import (
	"fmt"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/internal/media"
	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// checkMedia reports, for every slide that shows a video (Markdown) or
// launches one (a PDF page's link, Beamer's \movie), what
// stops the V key from playing it (no player installed, a file that is no
// video, a video the deck may not read) and when its first frame cannot be
// shown (no ffmpeg): kind "media", a warning, as the talk would find out
// on stage.
func checkMedia(d *deck.Deck) {
	pol := deckfiles.New(d.Path, d.AllowDirs)
	_, havePlayer := media.FindPlayer()
	_, ffErr := media.LookPath("ffmpeg")
	report := func(slide int, vs []media.Video, pdf bool) {
		for _, v := range vs {
			if msg := mediaProblem(v, pdf, havePlayer, ffErr == nil); msg != "" {
				d.AddProblem(slide, deck.Warning, "media", msg)
			}
		}
	}
	switch d.Format {
	case deck.Markdown:
		for i := range d.Slides {
			if s := &d.Slides[i]; mayShowVideo(s) {
				report(s.Number, media.Videos(s, pol), false)
			}
		}
	case deck.PDF:
		doc, err := pdfdoc.Open(d.Path)
		if err != nil {
			return // the reader has said why the PDF cannot be read
		}
		defer doc.Close()
		for _, s := range d.Slides {
			var links []string
			for _, pg := range s.Pages {
				l, _ := doc.Links(pg)
				links = append(links, l...)
			}
			report(s.Number, media.PDFVideos(links, pol), true)
		}
	}
}

// mediaProblem is what stops video v on stage, "" when nothing does; the
// file is read (sniffed) once.
func mediaProblem(v media.Video, pdf, havePlayer, haveFFmpeg bool) string {
	if v.Path == "" {
		if deckfiles.KindOf(v.Err) == deckfiles.KindRemote {
			return fmt.Sprintf("video %s is on the network; Lectern never fetches it, so it cannot be played offline", v.Src)
		}
		return fmt.Sprintf("video %s cannot be played: %v", v.Src, v.Err)
	}
	if err := media.Sniff(v.Path); err != nil {
		return err.Error()
	}
	switch {
	case !havePlayer:
		return fmt.Sprintf("video %s: no video player is installed, so V cannot play it; install one of %s", v.Src, strings.Join(media.PlayerNames(), ", "))
	case !pdf && v.Poster == "" && !haveFFmpeg:
		// a PDF page draws its own poster (Beamer's \movie)
		return fmt.Sprintf("video %s shows as a placeholder: install ffmpeg to see its first frame, or give it a poster", v.Src)
	}
	return ""
}

// mayShowVideo skips the slides that name no video at all, cheaply.
func mayShowVideo(s *deck.Slide) bool {
	low := strings.ToLower(s.Source)
	if strings.Contains(low, "<video") || strings.Contains(low, "slidevvideo") || strings.Contains(low, "data-background-video") {
		return true
	}
	for _, im := range s.Images {
		if media.IsVideo(im.Src) {
			return true
		}
	}
	return false
}
