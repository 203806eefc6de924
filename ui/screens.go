package ui

// placeWindows puts the audience window full screen on the second monitor
// when there is one, the presenter on the first. With one monitor both stay
// where the window system put them (speakers then mirror or drag + F11).
func (p *presenter) placeWindows() {
	mons := Monitors()
	if len(mons) < 2 {
		return
	}
	aud, pres := mons[1], mons[0]
	if p.st.Swapped {
		aud, pres = pres, aud
	}
	moveToMonitor(p.window, pres)
	if moveToMonitor(p.audience, aud) {
		p.audience.SetFullScreen(true)
	}
}

// swapScreens exchanges the monitors of the two windows (key s).
func (p *presenter) swapScreens() {
	mons := Monitors()
	if len(mons) < 2 {
		p.notice = "Only one monitor: nothing to swap. Connect the projector, or drag the audience window and press F11."
		return
	}
	full := p.audience.FullScreen()
	p.audience.SetFullScreen(false)
	p.placeWindows()
	if !full {
		p.audience.SetFullScreen(false)
	}
}
