package main

import (
	"fmt"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/internal/media"
)

// checkMedia reports, for every Markdown slide that shows a video, what
// stops the V key from playing it (no player installed, a file that is no
// video, a video the deck may not read) and when its first frame cannot be
// shown (no ffmpeg): kind "media", a warning, as the talk would find out
// on stage.
func checkMedia(d *deck.Deck) {
	if d.Format != deck.Markdown {
		return
	}
	pol := deckfiles.New(d.Path, d.AllowDirs)
	_, havePlayer := media.FindPlayer()
	_, ffErr := media.LookPath("ffmpeg")
	for i := range d.Slides {
		s := &d.Slides[i]
		if !mayShowVideo(s) {
			continue
		}
		for _, v := range media.Videos(s, pol) {
			switch {
			case v.Path == "":
				if deckfiles.KindOf(v.Err) == deckfiles.KindRemote {
					d.AddProblem(s.Number, deck.Warning, "media", fmt.Sprintf("video %s is on the network; Lectern never fetches it, so it cannot be played offline", v.Src))
				} else {
					d.AddProblem(s.Number, deck.Warning, "media", fmt.Sprintf("video %s cannot be played: %v", v.Src, v.Err))
				}
			case media.Sniff(v.Path) != nil:
				d.AddProblem(s.Number, deck.Warning, "media", media.Sniff(v.Path).Error())
			case !havePlayer:
				d.AddProblem(s.Number, deck.Warning, "media", fmt.Sprintf("video %s: no video player is installed, so V cannot play it; install one of %s", v.Src, strings.Join(media.PlayerNames(), ", ")))
			default:
				if v.Poster == "" && ffErr != nil {
					d.AddProblem(s.Number, deck.Warning, "media", fmt.Sprintf("video %s shows as a placeholder: install ffmpeg to see its first frame, or give it a poster", v.Src))
				}
			}
		}
	}
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
