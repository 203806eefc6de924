package ui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/rehearse"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/timing"
)

// rehearsal is one timed run through the deck in its own window: the slide,
// the notes, the talk clock, this slide's and this part's clocks against
// their budgets. q ends and saves the run; x twice discards it.
type rehearsal struct {
	w      fyne.Window
	d      *deck.Deck
	src    *slides
	st     show.State
	rec    *rehearse.Recorder
	now    func() time.Time
	onDone func(saved bool, msg string)
	save   func(deckPath string, run rehearse.Run) (rehearse.Saved, error) // rehearse.SaveRun; tests fail it
	keys   show.Keymap                                                     // the speaker's keys (keys.toml), as in the presenter

	slide     *slideView
	notes     *notesPane
	notesSrc  string
	total     *canvas.Text
	slideClk  *canvas.Text
	partClk   *canvas.Text
	stepClk   *canvas.Text
	status    *canvas.Text
	bottom    *fyne.Container // the status line, or the save outcome once the run ended
	discardOK bool            // x was pressed once
	done      bool            // the run has ended (the window may stay open to say how it was saved)
	closed    bool
	run       rehearse.Run // the ended run, kept until it is saved
	saveErr   error        // why the run could not be saved, shown with Retry and Save as…
	held      string       // a saved run's message the window shows until closed
}

// newRehearsal opens a rehearsal window on an already loaded deck; the clock
// starts as the first slide is shown.
func newRehearsal(a fyne.App, d *deck.Deck, src *slides, keys show.Keymap, now func() time.Time, onDone func(bool, string)) *rehearsal {
	r := &rehearsal{d: d, src: src, keys: keys, now: now, onDone: onDone, save: rehearse.SaveRun, st: show.New(d),
		slide:    newSlideView(false),
		notes:    newNotesPane(),
		total:    text("00:00", 64, colNormal),
		slideClk: text("", 24, colNormal),
		partClk:  text("", 24, colNormal),
		stepClk:  text("", 18, colDim),
		status:   text("", 18, colDim),
	}
	r.total.TextStyle = fyne.TextStyle{Monospace: true}
	r.w = a.NewWindow("Lectern · Rehearsal")
	panel := container.NewVBox(text("Rehearsal: talk clock", 16, colDim), r.total, r.slideClk, r.partClk, r.stepClk)
	right := container.New(&columnLayout{top: 0.4}, container.NewPadded(panel), r.notes)
	body := container.New(&splitLayout{left: 0.62}, r.slide, right)
	r.bottom = container.NewStack(container.NewPadded(r.status))
	r.w.SetContent(container.NewStack(canvas.NewRectangle(colPanel),
		container.NewBorder(nil, r.bottom, nil, nil, body)))
	bindKeys(r.w.Canvas(), r.key)
	r.w.SetCloseIntercept(r.closeRequested)
	r.w.Resize(fyne.NewSize(1280, 800))
	r.rec = rehearse.NewRecorder(d, now())
	r.redraw()
	return r
}

// start starts the clock once the window is up: the run begins when the
// first slide is on screen.
func (r *rehearsal) start() {
	r.rec.Show(r.now(), r.st.Slide, r.st.Step)
	r.redraw()
}

func (r *rehearsal) key(name string) {
	if r.done {
		r.endedKey(name)
		return
	}
	switch name {
	case "q", "Q":
		r.finish(true)
		return
	case "x", "X":
		if r.discardOK {
			r.finish(false)
			return
		}
		r.discardOK = true
		r.redraw()
		return
	case "p", "P":
		if r.rec.Paused() {
			r.rec.Resume(r.now())
		} else {
			r.rec.Pause(r.now())
		}
		r.discardOK = false
		r.redraw()
		return
	}
	r.discardOK = false
	c, ok := r.keys.LookupIn(r.st, name)
	if !ok {
		return
	}
	switch c.Op { // the rest of the presenter's keys mean nothing here
	case show.OpOverview, show.OpBlack, show.OpWhite, show.OpFreeze, show.OpSwap,
		show.OpTimerToggle, show.OpTimerReset, show.OpTimerStart, show.OpRehearse, show.OpQuit:
		return
	}
	next, eff := show.Apply(r.st, c)
	r.st = next
	if eff == show.DoQuit {
		r.finish(true)
		return
	}
	r.rec.Show(r.now(), r.st.Slide, r.st.Step)
	r.redraw()
}

func (r *rehearsal) tick() {
	if !r.done {
		r.redraw()
	}
}

func (r *rehearsal) redraw() {
	now := r.now()
	st := r.st
	r.slide.Display(r.src, st.Slide, st.Step, show.NoBlank)
	sl := r.d.Slide(st.Slide)
	r.notesSrc = console.StepNotesMarkdown(sl, st.Step) // a pdfpc overlay's own note
	r.notes.show(st.Slide, st.Step, r.notesSrc, notesSteps)
	r.total.Text = timing.Clock(r.rec.TotalElapsed(now), false)
	r.total.Color = colNormal
	if d := r.d.Meta.Duration; d > 0 && r.rec.TotalElapsed(now) > d {
		r.total.Color = colOver
	}
	r.slideClk.Text, r.slideClk.Color = againstBudget("This slide", r.rec.SlideElapsed(now), budgetOf(sl))
	part := r.d.PartOf(st.Slide)
	if part != nil {
		r.partClk.Text, r.partClk.Color = againstBudget("Part "+fmt.Sprint(part.Number)+" · "+part.Title, r.rec.PartElapsed(now), part.Budget)
	}
	r.stepClk.Text = ""
	if sl != nil && sl.Steps > 1 {
		r.stepClk.Text = fmt.Sprintf("Step %d/%d: %s", st.Step, sl.Steps, timing.Clock(r.rec.StepElapsed(now), false))
	}
	switch {
	case r.discardOK:
		r.status.Text, r.status.Color = "Press x again to throw this run away, any other key to go on.", colOver
	case r.rec.Paused():
		r.status.Text, r.status.Color = "PAUSED: p resumes. q ends and saves the run.", colWarn
	default:
		r.status.Text, r.status.Color = "q: end and save the run · p: pause · x x: discard · arrows/PageDown: move", colDim
	}
	for _, t := range []*canvas.Text{r.total, r.slideClk, r.partClk, r.stepClk, r.status} {
		t.Refresh()
	}
	r.w.SetTitle(fmt.Sprintf("Lectern · Rehearsal · %s · %d/%d", r.d.Meta.Title, st.Slide, st.NumSlides()))
}

func budgetOf(s *deck.Slide) time.Duration {
	if s == nil {
		return 0
	}
	return s.Budget
}

// againstBudget formats "label 1:10 / 2:00" coloured amber past the budget.
func againstBudget(label string, spent, budget time.Duration) (string, color.Color) {
	if budget <= 0 {
		return label + "  " + timing.Clock(spent, false), colNormal
	}
	c := color.Color(colNormal)
	if spent > budget {
		c = colWarn
	}
	return fmt.Sprintf("%s  %s / %s", label, timing.Clock(spent, false), timing.Clock(budget, false)), c
}
