package ui

import "fmt"

// placeWindows puts the audience window full screen on the second monitor
// when there is one, the presenter on the first, and tells the speaker what
// it did. With one monitor both stay where the window system put them
// (speakers then mirror, or drag the audience window and press F11).
func (p *presenter) placeWindows() {
	mons := Monitors()
	if len(mons) < 2 {
		return
	}
	aud, pres := mons[1], mons[0]
	if p.ctl.State().Swapped {
		aud, pres = pres, aud
	}
	moveToMonitor(p.window, pres)
	if !moveToMonitor(p.audience, aud) {
		p.ctl.SetNotice(fmt.Sprintf("%d monitors. This system does not let Lectern place windows: drag the audience window to %s and press F11.", len(mons), aud.Name))
		return
	}
	p.audience.SetFullScreen(true)
	p.ctl.SetNotice(fmt.Sprintf("Audience full screen on %s, presenter on %s (s swaps).", aud, pres))
}

// swapScreens exchanges the monitors of the two windows (key s).
func (p *presenter) swapScreens() {
	if len(Monitors()) < 2 {
		p.ctl.SetNotice("Only one monitor: nothing to swap. Connect the projector, or drag the audience window and press F11.")
		return
	}
	p.audience.SetFullScreen(false)
	p.placeWindows()
}
