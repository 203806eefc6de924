package ui

import (
	"fyne.io/fyne/v2/dialog"
)

// closeRequested is the window manager's close button on either window:
// mid-talk (or while a rehearsal runs) it asks in a dialog first, so a
// stray click does not end the talk; before the talk it quits at once.
func (p *presenter) closeRequested() {
	if !p.ctl.QuitNeedsConfirm() {
		p.quit()
		return
	}
	if p.confirm != nil {
		return // already asking
	}
	p.confirm = dialog.NewConfirm("Quit the talk?",
		"The talk clock is running. Quit Lectern now?",
		func(yes bool) {
			p.confirm = nil
			if yes {
				p.quit()
			}
		}, p.window)
	p.confirm.SetDismissText("Keep presenting")
	p.confirm.SetConfirmText("Quit")
	p.confirm.Show()
}

// trackRehearsals keeps the live rehearsal windows and tells the talk
// whether one runs (quitting then asks first).
func (p *presenter) trackRehearsals() {
	live := p.rehearsals[:0]
	for _, r := range p.rehearsals {
		if !r.done {
			r.tick()
			live = append(live, r)
		}
	}
	p.rehearsals = live
	p.ctl.SetRehearsing(len(live) > 0)
}
