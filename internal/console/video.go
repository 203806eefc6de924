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
	if c.d == nil || c.d.Format != deck.Markdown {
		c.notice = "This slide has no video."
		return None
	}
	s := c.d.Slide(c.st.Slide)
	if s == nil {
		return None
	}
	vs := media.Videos(s, deckfiles.New(c.d.Path, c.d.AllowDirs))
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

// Video is what PlayVideo plays, and the player to play it with.
func (c *Controller) Video() (media.Video, media.Player) { return c.video, c.player }
