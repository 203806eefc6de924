package console

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/lectern-app/lectern/internal/show"
)

// Key handles one key from either window, by show's key table. A bug behind
// a key must not end the talk: it is caught, shown to the presenter, and the
// show goes on.
func (c *Controller) Key(name string) (eff Effect) {
	defer c.survive("key "+name, &eff)
	if c.resume != nil && c.answerResume(name) {
		return None
	}
	if c.bookmark > 0 && c.answerBookmark(name) {
		return None
	}
	cmd, ok := c.cfg.Keys.LookupIn(c.st.WithColumns(c.columns), name)
	if !ok {
		return None
	}
	return c.Do(cmd)
}

// Do applies one command: the reducer's state and effect are the truth;
// timer effects are carried out here, window effects returned.
func (c *Controller) Do(cmd show.Command) (eff Effect) {
	defer c.survive(cmd.String(), &eff)
	now := c.deps.Now()
	if c.confirmsQuit(cmd, now) {
		c.quitAt = time.Time{}
		return Quit
	}
	c.quitAt = time.Time{} // any other command cancels a waiting quit
	if cmd.Op == show.OpEscape && !c.marks.zoom.Empty() && c.st.Pending == "" && !c.st.Help && !c.st.Overview {
		c.marks.zoom = Rect{} // Esc leaves a zoom first
		return None
	}
	cmd = c.toEndSlide(cmd)
	prev := c.st
	next, e := show.Apply(c.st.WithColumns(c.columns), cmd)
	c.st = next
	c.notice = ""
	if show.Moved(prev, next) {
		c.resume, c.bookmark = nil, 0
		c.timer.OnMove(now, next.Slide)
		c.marks.zoom, c.marks.drawing = Rect{}, false
	}
	switch e {
	case show.DoQuit:
		eff = c.askQuit(now)
	case show.DoFullScreen:
		eff = FullScreen
	case show.DoTimerToggle:
		c.timer.Toggle(now)
	case show.DoTimerReset:
		c.timer.Reset(now)
	case show.DoTimerStart:
		c.timer.Start(now)
	case show.DoSwapScreens:
		eff = SwapScreens
	case show.DoRehearse:
		eff = StartRehearsal
	case show.DoZoom:
		c.zoomToggle()
	case show.DoUndoStroke, show.DoClearStrokes:
		c.inkEffect(e)
	case show.DoPlayVideo:
		eff = c.playVideo()
	}
	c.save(now)
	c.takeSaveError()
	return eff
}

// stderr is where internal errors and their stacks go (tests read it).
var stderr io.Writer = os.Stderr

// survive turns a panic into a notice on the presenter's status line.
func (c *Controller) survive(what string, eff *Effect) {
	if r := recover(); r != nil {
		*eff = None
		c.notice = fmt.Sprintf("Internal error on %s (the talk goes on): %v", what, r)
		fmt.Fprintf(stderr, "lectern: internal error on %s: %v\n%s", what, r, debug.Stack())
	}
}
