// Package console is the presenter's controller, free of any UI toolkit: it
// owns the talk (deck, show state, timer, the path, the reload error,
// notices, the resume offer) and the file I/O around it, through injected
// functions. Commands go in (Do, Key, Open, Reload, Tick); a View snapshot
// comes out for the windows to draw, and the few things only a window can
// do (quit, full screen, swap screens, rehearse) come back as Effects.
package console

import (
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/media"
	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/timing"
)

// Config is what the command line asks of the talk.
type Config struct {
	Source   source.Options // e.g. forced Beamer notes side
	Duration time.Duration  // overrides the deck's duration when > 0
	Warn     time.Duration  // overrides the deck's warn time when > 0
	End      string         // overrides the deck's end time when set
	Start    int            // slide to start on (1-based) when > 0
	Theme    string         // "light" or "dark" overrides a Markdown deck's theme
	Keys     show.Keymap    // the keys in effect (LoadKeymap); zero: the defaults
}

// Sessions is where the talk's position is kept across a crash
// (session.Saver). Put must not block on the disk.
type Sessions interface {
	Load(deckPath string) (session.Saved, bool, error)
	Put(deckPath string, s session.Saved)
	Flush() error
	TakeError() error
}

// Deps are the controller's ways out: reading decks, preparing what draws
// them, keeping sessions and reading the clock. Tests pass fakes.
type Deps struct {
	Open     func(path string, opt source.Options) (*deck.Deck, error) // talk.Open
	Prepare  func(*deck.Deck) (any, error)                             // the render source of a deck
	Release  func(any)                                                 // frees a render source; may be nil
	Sessions Sessions                                                  // may be nil: nothing is saved
	Now      func() time.Time
}

// Effect is what a window must carry out after a command.
type Effect int

const (
	None           Effect = iota
	Quit                  // close the talk (the controller has saved it)
	FullScreen            // toggle full screen on the audience window
	SwapScreens           // exchange the windows' monitors (View.Swapped says which way)
	StartRehearsal        // open a rehearsal window on the current deck
)

// Controller is the running talk. It is not safe for concurrent use: the
// window calls it from its one UI goroutine.
type Controller struct {
	cfg  Config
	deps Deps

	path      string
	d         *deck.Deck
	src       any
	st        show.State
	timer     *timing.Timer
	columns   int // the overview grid width the window lays out
	reloadErr string
	notice    string
	resume    *session.Saved
	bookmark  int // the pdfpc savedSlide offered on opening, 0 when none

	marks      marksState
	quitAt     time.Time // a first quit press mid-talk, waiting for the second
	rehearsing bool      // a rehearsal window is running

	video  media.Video  // what the last PlayVideo effect plays
	player media.Player // and with what
}

// New opens the deck at path and prepares it; the talk starts on the first
// slide (or cfg.Start), with a resume offer when a saved session is found.
func New(cfg Config, deps Deps, path string) (*Controller, error) {
	c := &Controller{cfg: cfg, deps: deps, columns: show.DefaultColumns}
	if c.deps.Now == nil {
		c.deps.Now = time.Now
	}
	t, err := c.load(path)
	if err != nil {
		return nil, err
	}
	c.install(path, t, c.deps.Now())
	if cfg.Start > 0 {
		c.st = c.st.At(cfg.Start, 1)
		c.bookmark = 0 // the command line chose where to start
	}
	return c, nil
}

// Deck is the deck on screen.
func (c *Controller) Deck() *deck.Deck { return c.d }

// Path is the file the deck was read from.
func (c *Controller) Path() string { return c.path }

// Source is the render source Deps.Prepare made for the deck on screen.
func (c *Controller) Source() any { return c.src }

// State is the show state (read only: change it with commands).
func (c *Controller) State() show.State { return c.st }

// Keys is the key table in effect, for the help overlay.
func (c *Controller) Keys() show.Keymap { return c.cfg.Keys }

// SetColumns tells the controller how many overview thumbnails fit a row,
// so Up and Down move the cursor a row.
func (c *Controller) SetColumns(n int) { c.columns = max(n, 1) }

// SetNotice shows a short message on the status line until the next command.
func (c *Controller) SetNotice(msg string) { c.notice = msg }

// Flush saves where the talk is and writes it synchronously (on quit).
func (c *Controller) Flush() error {
	c.save(c.deps.Now())
	if c.deps.Sessions == nil {
		return nil
	}
	return c.deps.Sessions.Flush()
}

// Close flushes the session and releases the render source; the controller
// is not used afterwards.
func (c *Controller) Close() error {
	err := c.Flush()
	if c.deps.Release != nil && c.src != nil {
		c.deps.Release(c.src)
	}
	c.src = nil
	return err
}

// save queues where the talk is; the saver writes it off the UI goroutine.
func (c *Controller) save(now time.Time) {
	if c.d == nil || c.deps.Sessions == nil {
		return
	}
	c.deps.Sessions.Put(c.path, session.Saved{
		Slide: c.st.Slide, Step: c.st.Step, Timer: c.timer.Snapshot(now), SavedAt: now,
	})
}

// takeSaveError turns a failed save into a notice, once per failing streak.
func (c *Controller) takeSaveError() {
	if c.deps.Sessions == nil {
		return
	}
	if err := c.deps.Sessions.TakeError(); err != nil {
		c.notice = "Could not save where the talk is (a crash would lose it): " + err.Error()
	}
}
