package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/show"
)

// presenterView is the speaker's console: current slide large, the next slide
// or step, notes, the talk clock with pacing, the wall clock and position.
type presenterView struct {
	current *slideView
	pad     *pointerPad // the mouse over the current slide: pointer, pen, zoom box
	next    *slideView
	nextCap *canvas.Text

	notes *notesPane // drawn by the slides' engine, at the speaker's notes size

	clock     *canvas.Text // the talk clock, coloured by level
	clockMode *canvas.Text
	wall      *canvas.Text
	position  *canvas.Text
	part      *canvas.Text
	pace      *canvas.Text
	partPace  *canvas.Text
	slideTime *canvas.Text
	partsBar  *partsBar
	status    *canvas.Text // reload errors, pending digits, blank/frozen, resume offer

	aspect float64 // of the deck's slides, for the pointer pad

	overview *overview
	help     fyne.CanvasObject
	main     *fyne.Container // current view or overview
	root     *fyne.Container
}

func newPresenterView(onPick func(n int), keys []show.HelpRow) *presenterView {
	v := &presenterView{
		current:   newSlideView(false),
		next:      newSlideView(true),
		nextCap:   text("Next", 16, colDim),
		notes:     newNotesPane(),
		clock:     text("00:00", 72, colNormal),
		clockMode: text("", 16, colDim),
		wall:      text("", 28, colDim),
		position:  text("", 28, colNormal),
		part:      text("", 20, colNormal),
		pace:      text("", 20, colDim),
		partPace:  text("", 20, colDim),
		slideTime: text("", 18, colDim),
		partsBar:  newPartsBar(),
		status:    text("", 18, colWarn),
	}
	v.clock.TextStyle.Monospace = true
	v.overview = newOverview(onPick)
	v.help = newHelpOverlay(keys)
	v.help.Hide()

	clockPanel := container.NewVBox(
		v.clockMode, v.clock, v.partsBar, v.slideTime, v.part, v.partPace, v.pace,
		container.NewHBox(v.position, widget.NewLabel("  "), v.wall),
	)
	right := container.New(&columnLayout{top: 0.36},
		container.NewBorder(v.nextCap, nil, nil, nil, v.next),
		container.NewPadded(clockPanel))
	v.pad = newPointerPad(func() float64 { return v.aspect })
	left := container.New(&columnLayout{top: 0.66}, container.NewStack(v.current, v.pad), v.notes)
	v.main = container.NewStack(container.New(&splitLayout{left: 0.68}, left, right), v.overview.root)
	v.overview.root.Hide()
	bg := canvas.NewRectangle(colPanel)
	v.root = container.NewStack(bg, container.NewBorder(nil, container.NewPadded(v.status), nil, nil, v.main), v.help)
	return v
}

func text(s string, size float32, c color.Color) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = size
	return t
}

// update draws a snapshot of the talk; called on every command and clock tick.
func (v *presenterView) update(s console.View, src *slides) {
	if src != nil {
		v.aspect = src.aspect()
	}
	v.current.SetMarks(s.CurrentMarks)
	v.current.Display(src, s.Current.Slide, s.Current.Step, show.NoBlank)
	v.next.Display(src, s.Next.Slide, s.Next.Step, show.NoBlank)
	setText(v.nextCap, s.NextCap, colDim)
	notesSteps = s.NotesFont
	v.notes.show(s.Current.Slide, s.Current.Step, s.Notes, s.NotesFont)
	setText(v.position, s.Position, colNormal)
	setText(v.wall, s.Wall, colDim)
	setText(v.clock, s.Clock, toneColor(s.ClockTone))
	setText(v.clockMode, s.ClockMode, colDim)
	setText(v.part, s.Part, toneColor(s.PartTone))
	setText(v.partPace, s.PartPace, toneColor(s.PartPaceT))
	setText(v.pace, s.Pace, toneColor(s.PaceTone))
	setText(v.slideTime, s.SlideTime, toneColor(s.SlideTone))
	setText(v.status, s.Status, toneColor(s.StatusTone))
	v.partsBar.set(s.Parts)
	if s.Overview {
		v.overview.show(src, s.Slides, s.Cursor, s.Slide)
	} else {
		v.overview.root.Hide()
	}
	if s.Help {
		v.help.Show()
	} else {
		v.help.Hide()
	}
}

// setText changes a text only when it differs: clock ticks redraw little.
func setText(t *canvas.Text, s string, c color.Color) {
	if t.Text == s && t.Color == c {
		return
	}
	t.Text, t.Color = s, c
	t.Refresh()
}

func toneColor(t console.Tone) color.Color {
	switch t {
	case console.Dim:
		return colDim
	case console.Good:
		return colGood
	case console.Warn:
		return colWarn
	case console.Over:
		return colOver
	case console.Cursor:
		return colCursor
	}
	return colNormal
}

// notesMarkdown is what a notes pane shows for a slide.
func notesMarkdown(sl *deck.Slide) string { return console.NotesMarkdown(sl) }
