package ui

import (
	"time"

	"github.com/lectern-app/lectern/internal/session"
)

// save records where the talk is, so a crash or kill never loses it.
func (p *presenter) save(now time.Time) {
	if p.d == nil {
		return
	}
	_ = session.Save(p.path, session.Saved{Slide: p.st.Slide, Step: p.st.Step, Timer: p.timer.Snapshot(now)})
}

// offerResume looks for a talk this deck was in the middle of; the
// presenter's status line asks whether to go back to it.
func (p *presenter) offerResume() {
	s, ok, err := session.Load(p.path)
	if err != nil || !ok {
		return
	}
	if !s.Resumable() {
		return
	}
	p.resumeOffer = &s
}

// answerResume takes Enter (resume) or Escape (start over) while the offer
// stands; any other key dismisses it and acts as usual.
func (p *presenter) answerResume(key string) bool {
	s := p.resumeOffer
	p.resumeOffer = nil
	switch key {
	case "Return", "KP_Enter", "y":
		now := p.now()
		p.st = p.st.At(s.Slide, s.Step)
		p.timer.Restore(s.Timer, now)
		p.save(now)
		p.redraw()
		return true
	case "Escape", "n":
		p.redraw()
		return true
	}
	return false
}
