package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/timing"
)

// presenterView is the speaker's console: current slide large, the next slide
// or step, notes, the talk clock with pacing, the wall clock and position.
type presenterView struct {
	current *slideView
	next    *slideView
	nextCap *canvas.Text

	notes     *widget.RichText
	notesSrc  string // the Markdown shown, to skip re-parsing on clock ticks
	notesFont int    // the notes size the notes were last shown at

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

	overview *overview
	help     fyne.CanvasObject
	main     *fyne.Container // current view or overview
	root     *fyne.Container
}

func newPresenterView(onPick func(n int)) *presenterView {
	v := &presenterView{
		current:   newSlideView(false),
		next:      newSlideView(true),
		nextCap:   text("Next", 16, colDim),
		notes:     widget.NewRichTextFromMarkdown(""),
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
	v.notes.Wrapping = fyne.TextWrapWord
	v.overview = newOverview(onPick)
	v.help = newHelpOverlay()
	v.help.Hide()

	clockPanel := container.NewVBox(
		v.clockMode, v.clock, v.partsBar, v.slideTime, v.part, v.partPace, v.pace,
		container.NewHBox(v.position, widget.NewLabel("  "), v.wall),
	)
	right := container.New(&columnLayout{top: 0.36},
		container.NewBorder(v.nextCap, nil, nil, nil, v.next),
		container.NewPadded(clockPanel))
	left := container.New(&columnLayout{top: 0.66}, v.current, container.NewVScroll(v.notes))
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

// update draws the presenter state; called on every command and clock tick.
func (v *presenterView) update(a *presenter, now time.Time) {
	st := a.st
	d := a.d
	n := st.NumSlides()
	v.current.Display(a.src, st.Slide, st.Step, show.NoBlank)
	nextSlide, nextStep, caption := nextOf(st)
	v.next.Display(a.src, nextSlide, nextStep, show.NoBlank)
	v.nextCap.Text = caption
	v.nextCap.Refresh()

	sl := d.Slide(st.Slide)
	notes := notesMarkdown(sl)
	if v.notesSrc != notes || v.notesFont != st.NotesFont {
		v.notesSrc, v.notesFont = notes, st.NotesFont
		notesSteps = st.NotesFont
		showNotes(v.notes, notes)
	}

	v.position.Text = fmt.Sprintf("%d/%d", st.Slide, n)
	if sl != nil && sl.Steps > 1 {
		v.position.Text += fmt.Sprintf("  step %d/%d", st.Step, sl.Steps)
	}
	v.position.Refresh()
	v.wall.Text = now.Format("15:04")
	v.wall.Refresh()
	v.updateClock(a.timer, now, st.Slide, d)
	v.status.Text, v.status.Color = a.statusLine()
	v.status.Refresh()

	if st.Overview {
		v.overview.show(a.src, st)
	} else {
		v.overview.root.Hide()
	}
	if st.Help {
		v.help.Show()
	} else {
		v.help.Hide()
	}
}

func (v *presenterView) updateClock(t *timing.Timer, now time.Time, slide int, d *deck.Deck) {
	r := t.Reading(now)
	v.clock.Text = r.Display
	v.clock.Color = levelColor(r.Level)
	switch {
	case r.PreTalk:
		v.clockMode.Text = "until the talk starts"
	case !r.Started:
		v.clockMode.Text = "ready: starts when you leave slide 1, or press p"
	case r.Paused:
		v.clockMode.Text = "PAUSED (p resumes)"
	case r.Mode == timing.CountUp:
		v.clockMode.Text = "elapsed"
	case r.Mode == timing.EndTime:
		v.clockMode.Text = "left until " + t.Config().End
	default:
		v.clockMode.Text = "left of " + timing.Clock(t.Config().Duration, false)
	}
	pace := t.Pace(now, slide)
	v.partsBar.set(partsOf(d, t.Spent(now), slide))
	if part := d.PartOf(slide); part != nil {
		v.part.Text = fmt.Sprintf("Part %d/%d · %s", part.Number, len(d.Parts), part.Title)
		if pace.HasBudget {
			v.part.Text += fmt.Sprintf("  %s / %s", timing.Clock(pace.PartElapsed, false), timing.Clock(pace.PartBudget, false))
		} else {
			v.part.Text += "  " + timing.Clock(pace.PartElapsed, false)
		}
	}
	v.part.Color = colNormal
	if pace.PartOver {
		v.part.Color = colOver
	}
	v.slideTime.Text = "this slide " + timing.Clock(pace.SlideElapsed, false)
	if pace.SlideBudget > 0 {
		v.slideTime.Text += " / " + timing.Clock(pace.SlideBudget, false)
	}
	v.slideTime.Color = colDim
	if pace.SlideOver {
		v.slideTime.Color = colWarn
	}
	v.pace.Text, v.partPace.Text = "", ""
	if pace.HasBudget && r.Started {
		v.partPace.Text = pace.PartSummary()
		v.pace.Text = pace.Summary() + ", at " + pace.Projected.Format("15:04")
		v.pace.Color, v.partPace.Color = colGood, colGood
		if pace.Late > 30*time.Second {
			v.pace.Color = colWarn
		}
		if pace.Ahead < 0 {
			v.partPace.Color = colWarn
		}
	}
	for _, o := range []*canvas.Text{v.clock, v.clockMode, v.part, v.partPace, v.pace, v.slideTime} {
		o.Refresh()
	}
}

// nextOf says what the speaker's next press shows: the next step of this
// slide, else the next slide, else nothing.
func nextOf(st show.State) (slide, step int, caption string) {
	if st.Step < st.StepsOf(st.Slide) {
		return st.Slide, st.Step + 1, fmt.Sprintf("Next: step %d/%d", st.Step+1, st.StepsOf(st.Slide))
	}
	if st.Slide < st.NumSlides() {
		return st.Slide + 1, 1, fmt.Sprintf("Next: slide %d", st.Slide+1)
	}
	return 0, 0, "Next: end of the deck"
}

func levelColor(l timing.Level) color.Color {
	switch l {
	case timing.Warn:
		return colWarn
	case timing.Over:
		return colOver
	}
	return colNormal
}

// notesMarkdown is what the notes pane shows for a slide.
func notesMarkdown(sl *deck.Slide) string {
	if sl == nil || sl.Notes == "" {
		return "*No notes for this slide.*"
	}
	return keepLineBreaks(sl.Notes)
}

// keepLineBreaks makes each line of notes its own line, as speakers write
// them (pdfpc and Keynote keep line breaks), outside code fences. Fyne's
// Markdown renderer ignores hard line breaks, so lines become paragraphs.
func keepLineBreaks(md string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, 2*len(lines))
	fence := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		out = append(out, l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if !fence && t != "" && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}
