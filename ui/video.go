package ui

import (
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/lectern-app/lectern/internal/media"
)

// playVideo starts the player the controller chose on the audience's
// monitor (the second one, or the first when swapped, as placeWindows does)
// and says on the status line when the player could not start or failed.
func (p *presenter) playVideo() {
	v, player := p.ctl.Video()
	if v.Path == "" {
		return
	}
	var scr media.Screen
	if mons := Monitors(); len(mons) >= 2 {
		i := 1
		if p.ctl.State().Swapped {
			i = 0
		}
		b := mons[i].Bounds
		scr = media.Screen{X: b.Min.X, Y: b.Min.Y, W: b.Dx(), H: b.Dy(), Index: i}
	}
	err := player.Play(v.Path, scr, func(err error) {
		if err == nil {
			return
		}
		fyne.Do(func() {
			p.ctl.SetNotice(fmt.Sprintf("%s stopped with an error playing %s: %v", player.Name, v.Src, err))
			p.redraw()
		})
	})
	if err != nil {
		p.ctl.SetNotice(fmt.Sprintf("Could not play %s: %v", v.Src, err))
	}
}
