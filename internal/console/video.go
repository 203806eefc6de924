package console

import (
	"fmt"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/internal/media"
)

// PlayVideo is the effect of the play key: the window hands Video() to
// Player() on the audience monitor.
const PlayVideo Effect = StartRehearsal + 100

// playVideo finds what the play key plays on the current slide: the first
// video that may be read, is a video file and has a player. Anything else is
// a notice that says why, and no effect.
func (c *Controller) playVideo() Effect {
	c.video = media.Video{}
	vs := c.slideVideos()
	if len(vs) == 0 {
		c.notice = "This slide has no video."
		return None
	}
	var why []string
	for _, v := range vs {
		if v.Path == "" {
			why = append(why, fmt.Sprintf("%s: %v", v.Src, v.Err))
			continue
		}
		if err := media.Sniff(v.Path); err != nil {
			why = append(why, err.Error())
			continue
		}
		p, ok := media.FindPlayer()
		if !ok {
			c.notice = "No video player found: install mpv, vlc or ffmpeg (ffplay) to play " + v.Src + "."
			return None
		}
		c.video, c.player = v, p
		c.notice = "Playing " + v.Src + " in " + p.Name + "."
		return PlayVideo
	}
	c.notice = "The video cannot be played: " + strings.Join(why, "; ")
	return None
}

// PageLinker is a render source that reads a PDF slide's link targets
// (ui's slides does, through MuPDF).
type PageLinker interface {
	PageLinks(slide, step int) []string
}

// slideVideos are the videos of the slide shown: a Markdown slide's, or
// the files a PDF page launches (Beamer's \movie).
func (c *Controller) slideVideos() []media.Video {
	if c.d == nil {
		return nil
	}
	pol := deckfiles.New(c.d.Path, c.d.AllowDirs)
	if c.d.Format == deck.PDF {
		if pl, ok := c.src.(PageLinker); ok {
			return media.PDFVideos(pl.PageLinks(c.st.Slide, c.st.Step), pol)
		}
		return nil
	}
	if s := c.d.Slide(c.st.Slide); s != nil {
		return media.Videos(s, pol)
	}
	return nil
}

// Video is what PlayVideo plays, and the player to play it with.
func (c *Controller) Video() (media.Video, media.Player) { return c.video, c.player }
