package ui

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/internal/timing"
)

// Config is what the command line asks of the presenter.
type Config struct {
	Deck     string         // deck file; "" opens the bundled demo
	Source   source.Options // e.g. forced Beamer notes side
	Duration time.Duration  // overrides the deck's duration when > 0
	Warn     time.Duration  // overrides the deck's warn time when > 0
	End      string         // overrides the deck's end time when set
	Start    int            // slide to start on (1-based) when > 0
	Theme    string         // "light" or "dark" overrides a Markdown deck's theme

	// OnStartError gets each deck error the start-up error window shows, so
	// the command line prints it too; nil prints one line to stderr.
	OnStartError func(error)
}

// present runs the talk on cfg.Deck until the speaker quits. A deck that
// does not open is reported and shown in the error window, from which the
// speaker can open another deck; quitting there returns a *ReportedError.
func present(cfg Config) error {
	a := newApp()
	var current *presenter
	started := false
	a.Lifecycle().SetOnStarted(func() {
		started = true
		if current != nil {
			current.placeWindows()
			current.redraw()
		}
	})
	try := func(path string) error {
		p, err := startPresenting(a, cfg, path)
		if err != nil {
			return err
		}
		current = p
		if started { // chosen from the error window: the app already runs
			p.placeWindows()
			p.redraw()
		}
		return nil
	}
	path, startErr := DeckOrDemo(cfg.Deck)
	if startErr == nil {
		startErr = try(path)
	}
	if startErr != nil {
		report := reportTo(cfg)
		report(startErr)
		newErrorWindow(a, startErr, try, report).w.Show()
	}
	go func() {
		for range time.Tick(250 * time.Millisecond) {
			fyne.Do(func() {
				if current != nil {
					current.tick()
				}
			})
		}
	}()
	a.Run()
	if current == nil {
		return &ReportedError{Err: startErr}
	}
	return nil
}

// startPresenting opens the deck and shows the audience and presenter windows.
func startPresenting(a fyne.App, cfg Config, path string) (*presenter, error) {
	p, err := newPresenter(a, cfg, path, time.Now)
	if err != nil {
		return nil, err
	}
	p.audience.Resize(fyne.NewSize(960, 540))
	p.window.Resize(fyne.NewSize(1280, 800))
	p.audience.Show()
	p.window.Show()
	p.startWatching()
	p.addRecent(path)
	return p, nil
}

// presenter is the running talk: the deck, the pure show state and timer,
// and the two windows that draw them. All its methods run on the Fyne
// main goroutine.
type presenter struct {
	app  fyne.App
	cfg  Config
	path string

	d     *deck.Deck
	src   *slides
	st    show.State
	timer *timing.Timer

	audience     fyne.Window
	audienceView *slideView
	window       fyne.Window
	view         *presenterView
	reloadErr    string
	notice       string // a short message for the speaker (e.g. "only one monitor")
	resumeOffer  *session.Saved
	watch        *watcher
	now          func() time.Time
	onQuit       func()
	rehearsals   []*rehearsal
}

// newPresenter opens the deck and builds both windows (not shown yet).
func newPresenter(a fyne.App, cfg Config, path string, now func() time.Time) (*presenter, error) {
	d, err := talk.Open(path, cfg.Source)
	if err != nil {
		return nil, err
	}
	p := &presenter{app: a, cfg: cfg, path: path, now: now}
	p.audience = a.NewWindow("Lectern")
	p.audience.SetPadded(false)
	p.audienceView = newSlideView(false)
	p.audience.SetContent(p.audienceView)
	p.window = a.NewWindow("Lectern · Presenter")
	p.view = newPresenterView(func(n int) { p.do(show.GoTo(n)) })
	p.window.SetContent(p.view.root)
	p.window.SetMainMenu(p.menu())
	for _, w := range []fyne.Window{p.audience, p.window} {
		bindKeys(w.Canvas(), p.key)
		w.SetOnDropped(p.dropped)
	}
	p.window.SetCloseIntercept(p.quit)
	p.audience.SetCloseIntercept(p.quit)
	if err := p.setDeck(d); err != nil {
		p.audience.Close()
		p.window.Close()
		return nil, err
	}
	p.st = show.New(d)
	if cfg.Start > 0 {
		p.st = p.st.At(cfg.Start, 1)
	}
	p.offerResume()
	p.redraw()
	return p, nil
}

// setDeck installs a freshly loaded deck, keeping the position and timer.
func (p *presenter) setDeck(d *deck.Deck) error {
	src, err := newSlides(d)
	if err != nil {
		return err
	}
	if p.src != nil {
		p.src.close()
	}
	if p.cfg.Theme != "" {
		d.Meta.Theme = p.cfg.Theme
	}
	p.d, p.src = d, src
	cfg := timing.ConfigFrom(d.Meta)
	if p.cfg.Duration > 0 {
		cfg.Duration = p.cfg.Duration
	}
	if p.cfg.Warn > 0 {
		cfg.Warn = p.cfg.Warn
	}
	if p.cfg.End != "" {
		cfg.End = p.cfg.End
	}
	if p.timer == nil {
		p.timer = timing.New(cfg, timing.PlanFrom(d))
	} else {
		p.timer.SetConfig(cfg)
		p.timer.SetPlan(timing.PlanFrom(d))
	}
	p.st = p.st.WithSteps(show.New(d).Steps)
	return nil
}

// key handles one key from either window. A bug behind a key must not end
// the talk: it is caught, shown to the presenter, and the show goes on.
func (p *presenter) key(name string) {
	defer p.survive("key " + name)
	if p.resumeOffer != nil && p.answerResume(name) {
		return
	}
	c, ok := show.LookupIn(p.st.WithColumns(p.view.overview.columns()), name)
	if !ok {
		return
	}
	p.do(c)
}

// do applies one command to the show state and carries out its effect.
func (p *presenter) do(c show.Command) {
	now := p.now()
	prev := p.st
	next, eff := show.Apply(p.st.WithColumns(p.view.overview.columns()), c)
	p.st = next
	p.notice = ""
	if show.Moved(prev, next) {
		p.resumeOffer = nil
		p.timer.OnMove(now, next.Slide)
	}
	switch eff {
	case show.DoQuit:
		p.quit()
		return
	case show.DoFullScreen:
		p.audience.SetFullScreen(!p.audience.FullScreen())
	case show.DoTimerToggle:
		p.timer.Toggle(now)
	case show.DoTimerReset:
		p.timer.Reset(now)
	case show.DoTimerStart:
		p.timer.Start(now)
	case show.DoSwapScreens:
		p.swapScreens()
	case show.DoRehearse:
		p.st.Rehearsing = false
		p.startRehearsal()
	}
	p.save(now)
	p.redraw()
}

// redraw brings both windows up to date with the state.
func (p *presenter) redraw() {
	now := p.now()
	slide, step, blank := p.st.Audience()
	p.audienceView.Display(p.src, slide, step, blank)
	p.view.update(p, now)
	title := p.d.Meta.Title
	if title == "" {
		title = filepath.Base(p.path)
	}
	p.audience.SetTitle("Lectern · " + title)
	p.window.SetTitle(fmt.Sprintf("Lectern · Presenter · %s · %d/%d", title, p.st.Slide, p.st.NumSlides()))
}

// tick refreshes the clocks; the UI ticker calls it a few times a second.
func (p *presenter) tick() {
	p.view.update(p, p.now())
	live := p.rehearsals[:0]
	for _, r := range p.rehearsals {
		if !r.done {
			r.tick()
			live = append(live, r)
		}
	}
	p.rehearsals = live
}

// statusLine is the one line under the console for whatever needs saying.
func (p *presenter) statusLine() (string, color.Color) {
	switch {
	case p.reloadErr != "":
		return "Reload failed, still showing the last good version: " + p.reloadErr, colOver
	case p.resumeOffer != nil:
		r := p.resumeOffer
		return fmt.Sprintf("Resume where you stopped: slide %d, clock at %s? Enter: resume · Esc: start over",
			r.Slide, timing.Clock(r.Timer.Elapsed, false)), colWarn
	case p.st.Pending != "":
		return "Go to slide " + p.st.Pending + " (Enter)", colCursor
	case p.notice != "":
		return p.notice, colWarn
	}
	var flags []string
	switch p.st.Blank {
	case show.BlackScreen:
		flags = append(flags, "AUDIENCE SEES BLACK (b)")
	case show.WhiteScreen:
		flags = append(flags, "AUDIENCE SEES WHITE (w)")
	}
	if p.st.Frozen {
		flags = append(flags, fmt.Sprintf("AUDIENCE FROZEN ON SLIDE %d (f)", p.st.FrozenSlide))
	}
	if len(flags) > 0 {
		s := flags[0]
		for _, f := range flags[1:] {
			s += " · " + f
		}
		return s, colWarn
	}
	return "? shows every key", colDim
}

// survive turns a panic into a message on the presenter's status line.
func (p *presenter) survive(what string) {
	if r := recover(); r != nil {
		p.notice = fmt.Sprintf("Internal error on %s (the talk goes on): %v", what, r)
		fmt.Fprintf(os.Stderr, "lectern: internal error on %s: %v\n%s", what, r, debug.Stack())
	}
}

func (p *presenter) quit() {
	p.save(p.now())
	if p.watch != nil {
		p.watch.close()
	}
	if p.onQuit != nil {
		p.onQuit()
		return
	}
	p.app.Quit()
}

// startRehearsal opens a rehearsal window on the current deck; when the run
// is saved, the deck is read again so the budgets follow the new runs.
func (p *presenter) startRehearsal() {
	r := newRehearsal(p.app, p.d, p.src, p.now, func(saved bool, msg string) {
		p.notice = msg
		if saved {
			p.reload()
		}
		p.redraw()
	})
	p.rehearsals = append(p.rehearsals, r)
	r.w.Show()
	r.start()
}
