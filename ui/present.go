package ui

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
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

func (c Config) console() console.Config {
	return console.Config{Source: c.Source, Duration: c.Duration, Warn: c.Warn, End: c.End, Start: c.Start, Theme: c.Theme}
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
			current.showAudience()
		}
	})
	try := func(path string) error {
		if started { // chosen from the error window: the app already runs
			p, err := startPresenting(a, cfg, path)
			if err == nil {
				current = p
			}
			return err
		}
		p, err := openPresenter(a, cfg, path)
		if err == nil {
			current = p
		}
		return err
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

// startTitlePages is how many pages of a PDF deck have their text read for
// slide titles before the first frame; the presenter shows no slide titles,
// so the rest are read in the background once the windows are up
// (deck200.pdf: Load 33 ms instead of 140-500 ms).
const startTitlePages = 2

// lateTitlesAfter is how long after the windows show the background title
// reading starts: after the first frames and the neighbours' renders.
const lateTitlesAfter = time.Second

// startPresenting opens the deck and shows the presenter, then the audience window.
func startPresenting(a fyne.App, cfg Config, path string) (*presenter, error) {
	p, err := openPresenter(a, cfg, path)
	if err != nil {
		return nil, err
	}
	p.showAudience()
	return p, nil
}

// openPresenter opens the deck and shows the presenter window alone: the
// speaker's window maps first, showAudience adds the audience window (at
// launch, once the app runs).
func openPresenter(a fyne.App, cfg Config, path string) (*presenter, error) {
	if cfg.Source.TitlePages == 0 {
		cfg.Source.TitlePages = startTitlePages
	}
	p, err := newPresenter(a, cfg, path, time.Now)
	if err != nil {
		return nil, err
	}
	p.window.Show()
	p.startWatching()
	p.addRecent(path)
	return p, nil
}

// showAudience shows the audience window, keeps the presenter in front
// (on one screen the speaker's window stays on top), places both on their
// monitors and lets the background work of a running talk begin.
func (p *presenter) showAudience() {
	p.audience.Show()
	p.window.RequestFocus()
	p.placeWindows()
	p.live = true
	p.redraw()
}

// presenter is the two windows of a running talk. The talk itself is the
// console controller; the windows send it commands and draw its snapshots.
// All methods run on the Fyne main goroutine.
type presenter struct {
	app fyne.App
	ctl *console.Controller
	now func() time.Time

	audience     fyne.Window
	audienceView *slideView
	window       fyne.Window
	view         *presenterView
	watch        *watcher
	onQuit       func()
	rehearsals   []*rehearsal
	confirm      *dialog.ConfirmDialog // the quit question of a window close, while shown
	live         bool                  // both windows are up: background work may start
	titled       *slides               // the render source whose late titles were asked for
	lateTitled   func()                // tests: called once late titles are copied in
}

// newPresenter opens the deck and builds both windows (not shown yet). The
// deck is read on another goroutine while the windows are made.
func newPresenter(a fyne.App, cfg Config, path string, now func() time.Time) (*presenter, error) {
	keys, keysErr := console.LoadKeymap()
	ccfg := cfg.console()
	ccfg.Keys = keys
	open := prefetchDeck(path, ccfg.Source, talk.Open)
	p := &presenter{app: a, now: now}
	p.audience = a.NewWindow("Lectern")
	p.audience.SetPadded(false)
	p.audienceView = newSlideView(false)
	p.audienceView.zoomable = true
	p.audience.SetContent(p.audienceView)
	p.window = a.NewWindow("Lectern · Presenter")
	p.view = newPresenterView(func(n int) { p.do(show.GoTo(n)) }, keys.HelpRows())
	p.window.SetContent(p.view.root)
	ctl, err := console.New(ccfg, console.Deps{
		Open:     open,
		Prepare:  prepareSlides,
		Release:  func(src any) { src.(*slides).close() },
		Sessions: session.NewSaver(),
		Now:      now,
	}, path)
	if err != nil {
		p.audience.Close() // never shown: the error window takes over
		p.window.Close()
		return nil, err
	}
	p.ctl = ctl
	p.view.pad.onMove = func(pt console.Point, in bool) { p.ctl.PointerAt(pt, in); p.redraw() }
	p.view.pad.onHold = func(pt console.Point, down bool) { p.ctl.Hold(pt, down); p.redraw() }
	p.view.pad.onZoom = func(r console.Rect) { p.ctl.ZoomTo(r); p.redraw() }
	p.window.SetMainMenu(p.menu())
	for _, w := range []fyne.Window{p.audience, p.window} {
		bindKeys(w.Canvas(), p.key)
		w.SetOnDropped(p.dropped)
	}
	if keysErr != nil { // the defaults stay; say so where the speaker looks
		fmt.Fprintf(os.Stderr, "lectern: %v\n", keysErr)
		ctl.SetNotice(keysErr.Error())
	}
	p.window.SetCloseIntercept(p.closeRequested)
	p.audience.SetCloseIntercept(p.closeRequested)
	// Sized before the first draw, so slide 1 renders once at its real size.
	p.audience.Resize(fyne.NewSize(960, 540))
	p.window.Resize(fyne.NewSize(1280, 800))
	p.redraw()
	return p, nil
}

// prepareSlides is the controller's Prepare: what draws a deck's slides.
func prepareSlides(d *deck.Deck) (any, error) {
	s, err := newSlides(d)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// src is what draws the slides of the deck on screen.
func (p *presenter) src() *slides {
	s, _ := p.ctl.Source().(*slides)
	return s
}

// deck is the deck on screen.
func (p *presenter) deck() *deck.Deck { return p.ctl.Deck() }

// key handles one key from either window.
func (p *presenter) key(name string) {
	p.ctl.SetColumns(p.view.overview.columns())
	p.carryOut(p.ctl.Key(name))
}

// do sends one command to the talk.
func (p *presenter) do(c show.Command) {
	p.ctl.SetColumns(p.view.overview.columns())
	p.carryOut(p.ctl.Do(c))
}

// carryOut does what only the windows can do, then draws the new state. A
// bug here must not end the talk either: it becomes a notice.
func (p *presenter) carryOut(e console.Effect) {
	defer p.survive("effect")
	switch e {
	case console.Quit:
		p.quit()
		return
	case console.FullScreen:
		p.audience.SetFullScreen(!p.audience.FullScreen())
	case console.SwapScreens:
		p.swapScreens()
	case console.StartRehearsal:
		p.startRehearsal()
	case console.PlayVideo:
		p.playVideo()
	}
	p.redraw()
}

// redraw brings both windows up to date with the talk.
func (p *presenter) redraw() { p.draw(p.ctl.View()) }

// tick refreshes the clocks; the UI ticker calls it a few times a second.
func (p *presenter) tick() {
	p.trackRehearsals()
	p.draw(p.ctl.Tick(p.now()))
}

func (p *presenter) draw(v console.View) {
	src := p.src()
	if p.live && src != nil && src != p.titled {
		p.titled = src
		p.readLateTitles(src)
	}
	p.audienceView.SetMarks(v.AudienceMarks)
	p.audienceView.Display(src, v.Audience.Slide, v.Audience.Step, v.Audience.Blank)
	p.view.update(v, src)
	if p.audience.Title() != v.AudienceTitle {
		p.audience.SetTitle(v.AudienceTitle)
	}
	if p.window.Title() != v.PresenterTitle {
		p.window.SetTitle(v.PresenterTitle)
	}
}

// readLateTitles fills in, a little after the windows show, the slide
// titles the quick open left out (see startTitlePages). The titles are read
// from a copy of the deck on another goroutine and copied in here, on the
// Fyne goroutine, only while that deck is still the one on screen. Then the
// garbage of opening the deck (its text, the first renders) goes back to
// the system at once rather than at the scavenger's pace.
func (p *presenter) readLateTitles(src *slides) {
	d := src.d
	read := src.lateTitles()
	done := p.lateTitled
	time.AfterFunc(lateTitlesAfter, func() {
		if read != nil {
			titles := read()
			fyne.Do(func() {
				if p.src() != src || len(titles) != len(d.Slides) {
					return
				}
				for i := range d.Slides {
					if d.Slides[i].Title == "" {
						d.Slides[i].Title = titles[i]
					}
				}
				if done != nil {
					done()
				}
			})
		}
		debug.FreeOSMemory()
	})
}

// survive turns a panic into a message on the presenter's status line.
func (p *presenter) survive(what string) {
	if r := recover(); r != nil {
		p.ctl.SetNotice(fmt.Sprintf("Internal error on %s (the talk goes on): %v", what, r))
		fmt.Fprintf(os.Stderr, "lectern: internal error on %s: %v\n%s", what, r, debug.Stack())
	}
}

func (p *presenter) quit() {
	if err := p.ctl.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "lectern: %v\n", err)
	}
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
	r := newRehearsal(p.app, p.deck(), p.src(), p.ctl.Keys(), p.now, func(saved bool, msg string) {
		p.ctl.SetNotice(msg)
		if saved {
			p.reload()
		}
		p.redraw()
	})
	p.rehearsals = append(p.rehearsals, r)
	p.ctl.SetRehearsing(true)
	r.w.Show()
	r.start()
}
