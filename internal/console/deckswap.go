package console

import (
	"errors"
	"fmt"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/timing"
)

// loaded is a deck read and prepared, with its timer settings: everything a
// switch needs, built before anything on screen changes.
type loaded struct {
	d     *deck.Deck
	src   any
	timer timing.Config
	plan  timing.Plan
}

// load reads and prepares the deck at path. It changes nothing, so a deck
// that fails at any step leaves the talk as it was.
func (c *Controller) load(path string) (l loaded, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("open %s: internal error: %v", path, r)
		}
	}()
	if c.deps.Open == nil || c.deps.Prepare == nil {
		return loaded{}, errors.New("console: Deps.Open and Deps.Prepare are needed")
	}
	d, err := c.deps.Open(path, c.cfg.Source)
	if err != nil {
		return loaded{}, err
	}
	if c.cfg.Theme != "" {
		d.Meta.Theme, d.Meta.ThemeSet = c.cfg.Theme, nil // --theme wins over the deck's theme file
	}
	src, err := c.deps.Prepare(d)
	if err != nil {
		return loaded{}, err
	}
	return loaded{d: d, src: src, timer: c.timerConfig(d), plan: timing.PlanFrom(d)}, nil
}

// timerConfig is the deck's timing with the command line's overrides.
func (c *Controller) timerConfig(d *deck.Deck) timing.Config {
	cfg := timing.ConfigFrom(d.Meta)
	if c.cfg.Duration > 0 {
		cfg.Duration = c.cfg.Duration
	}
	if c.cfg.Warn > 0 {
		cfg.Warn = c.cfg.Warn
	}
	if c.cfg.End != "" {
		cfg.End = c.cfg.End
	}
	return cfg
}

// Open switches to the deck at path: a new talk with its own clock, offering
// to resume where that deck was left. A deck that does not open changes
// nothing, and the error (naming the file) is returned.
func (c *Controller) Open(path string) error {
	l, err := c.load(path)
	if err != nil {
		return err
	}
	now := c.deps.Now()
	c.save(now) // the old talk's last position
	c.install(path, l, now)
	return nil
}

// install makes l the talk, from its first slide, in one step.
func (c *Controller) install(path string, l loaded, now time.Time) {
	old := c.src
	c.path, c.d, c.src = path, l.d, l.src
	c.timer = timing.New(l.timer, l.plan)
	c.st = show.New(l.d)
	c.reloadErr, c.notice, c.resume = "", "", nil
	c.offerResume()
	c.offerBookmark()
	c.release(old)
}

// Reload reads the deck again and stays on the same slide with the same
// clock. A version that does not load leaves the old one presenting; the
// error shows on the status line (and is returned).
func (c *Controller) Reload() error {
	l, err := c.load(c.path)
	if err != nil {
		c.reloadErr = err.Error()
		return err
	}
	old := c.src
	c.d, c.src = l.d, l.src
	c.timer.SetConfig(l.timer)
	c.timer.SetPlan(l.plan)
	c.st = c.st.WithSteps(show.New(l.d).Steps)
	c.reloadErr = ""
	c.release(old)
	return nil
}

func (c *Controller) release(src any) {
	if src != nil && c.deps.Release != nil {
		c.deps.Release(src)
	}
}

// offerResume looks for a talk this deck was in the middle of; the status
// line asks whether to go back to it.
func (c *Controller) offerResume() {
	if c.deps.Sessions == nil {
		return
	}
	s, ok, err := c.deps.Sessions.Load(c.path)
	if err != nil || !ok || !s.Resumable() {
		return
	}
	c.resume = &s
}

// answerResume takes Enter (resume) or Escape (start over) while the offer
// stands; any other key dismisses it and acts as usual.
func (c *Controller) answerResume(key string) bool {
	s := c.resume
	c.resume = nil
	switch key {
	case "Return", "KP_Enter", "y":
		now := c.deps.Now()
		c.st = c.st.At(s.Slide, s.Step)
		c.timer.Restore(s.Timer, now)
		c.save(now)
		return true
	case "Escape", "n":
		return true
	}
	return false
}

// ResumeOffer is the saved session the status line offers, if any.
func (c *Controller) ResumeOffer() (session.Saved, bool) {
	if c.resume == nil {
		return session.Saved{}, false
	}
	return *c.resume, true
}
