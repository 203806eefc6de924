package console

import (
	"time"

	"github.com/lectern-app/lectern/internal/show"
)

// QuitWindow is how long after a first q (or Esc Esc) mid-talk a second one quits.
const QuitWindow = 2 * time.Second

// QuitPrompt is the status line while a quit waits for its second press.
const QuitPrompt = "Press q again within 2 s to quit"

// SetRehearsing tells the controller whether a rehearsal window is running,
// so quitting the presenter then asks first.
func (c *Controller) SetRehearsing(running bool) { c.rehearsing = running }

// QuitNeedsConfirm reports whether quitting now would cut a running talk or
// rehearsal short: the clock has started, or a rehearsal runs. Before the
// talk starts a quit needs no question.
func (c *Controller) QuitNeedsConfirm() bool {
	return c.rehearsing || (c.timer != nil && c.timer.Started())
}

// quitArmed reports whether a first quit press is waiting at now.
func (c *Controller) quitArmed(now time.Time) bool {
	return !c.quitAt.IsZero() && now.Sub(c.quitAt) < QuitWindow && !now.Before(c.quitAt)
}

// confirmsQuit reports whether cmd is the second press of an armed quit:
// q, or Esc when there is nothing for it to close.
func (c *Controller) confirmsQuit(cmd show.Command, now time.Time) bool {
	if !c.quitArmed(now) {
		return false
	}
	st := c.st
	nothingOpen := st.Pending == "" && !st.Help && !st.Overview && st.Blank == show.NoBlank
	return cmd.Op == show.OpQuit || (cmd.Op == show.OpEscape && nothingOpen)
}

// askQuit turns the reducer's quit into a question while the talk runs:
// the first press arms, a second within QuitWindow quits.
func (c *Controller) askQuit(now time.Time) Effect {
	if !c.QuitNeedsConfirm() || c.quitArmed(now) {
		c.quitAt = time.Time{}
		return Quit
	}
	c.quitAt = now
	return None
}
