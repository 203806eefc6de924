package console

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/lectern-app/lectern/internal/show"
	"github.com/lectern-app/lectern/internal/timing"
)

// Tone is how a text is coloured: the window maps tones to its theme.
type Tone int

const (
	Normal Tone = iota
	Dim
	Good
	Warn
	Over
	Cursor
)

// Frame is one slide step as a view shows it.
type Frame struct {
	Slide, Step int // Slide 0 shows nothing (the end of the deck)
	Blank       show.Blank
}

// View is everything the presenter and audience windows draw, as a value.
type View struct {
	Audience Frame
	Current  Frame
	Next     Frame
	NextCap  string // "Next: step 2/3", "Next: slide 4", …

	Notes     string // Markdown of the current slide's notes
	NotesFont int    // notes size, in steps from the default

	Position       string // "4/9  step 2/3"
	AudienceTitle  string
	PresenterTitle string
	Wall           string // the time of day, 15:04

	Clock     string
	ClockTone Tone
	ClockMode string // "elapsed", "PAUSED (p resumes)", …
	Part      string
	PartTone  Tone
	PartPace  string
	PartPaceT Tone
	Pace      string
	PaceTone  Tone
	SlideTime string
	SlideTone Tone
	Parts     []Segment

	Status     string
	StatusTone Tone

	Overview bool // the overview is open, its cursor on Cursor
	Cursor   int
	Slide    int // the presenter's current slide
	Slides   int // number of slides
	Help     bool
	Swapped  bool

	AudienceMarks Marks // pointer, zoom and ink over the audience's slide
	CurrentMarks  Marks // the same over the presenter's current slide (never zoomed)
	Pen           bool  // pen mode: drags on the presenter's slide draw
	PenColour     int
}

// View is the snapshot at the current time.
func (c *Controller) View() View { return c.viewAt(c.deps.Now()) }

// Tick is the snapshot at now, for the window's clock ticker; a save that
// failed in the background shows from here.
func (c *Controller) Tick(now time.Time) View {
	if c.timer.AutoStart(now) { // the pdfpc startTime has come
		c.save(now)
	}
	c.takeSaveError()
	return c.viewAt(now)
}

func (c *Controller) viewAt(now time.Time) View {
	st := c.st
	v := View{
		Current:   Frame{Slide: st.Slide, Step: st.Step},
		NotesFont: st.NotesFont,
		Wall:      now.Format("15:04"),
		Overview:  st.Overview,
		Cursor:    st.Cursor,
		Slide:     st.Slide,
		Slides:    st.NumSlides(),
		Help:      st.Help,
		Swapped:   st.Swapped,
	}
	v.Audience.Slide, v.Audience.Step, v.Audience.Blank = st.Audience()
	v.Next.Slide, v.Next.Step, v.NextCap = nextOf(st)
	v.AudienceMarks = c.marksFor(v.Audience.Slide, true)
	v.CurrentMarks = c.marksFor(st.Slide, false)
	v.CurrentMarks.Zoom = c.marks.zoom // the presenter sees which region the audience sees
	v.Pen, v.PenColour = st.Pen, st.PenColour
	sl := c.d.Slide(st.Slide)
	v.Notes = StepNotesMarkdown(sl, st.Step)
	v.Position = c.position()
	if sl != nil && sl.Steps > 1 {
		v.Position += fmt.Sprintf("  step %d/%d", st.Step, sl.Steps)
	}
	title := c.d.Meta.Title
	if title == "" {
		title = filepath.Base(c.path)
	}
	v.AudienceTitle = "Lectern · " + title
	v.PresenterTitle = fmt.Sprintf("Lectern · Presenter · %s · %d/%d", title, st.Slide, st.NumSlides())
	c.clock(&v, now)
	v.Status, v.StatusTone = c.statusLine()
	if c.quitArmed(now) {
		v.Status, v.StatusTone = QuitPrompt, Over
	}
	return v
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

// statusLine is the one line under the console for whatever needs saying.
func (c *Controller) statusLine() (string, Tone) {
	st := c.st
	switch {
	case c.reloadErr != "":
		return "Reload failed, still showing the last good version: " + c.reloadErr, Over
	case c.resume != nil:
		r := c.resume
		return fmt.Sprintf("Resume where you stopped: slide %d, clock at %s? Enter: resume · Esc: start over",
			r.Slide, timing.Clock(r.Timer.Elapsed, false)), Warn
	case c.bookmark > 0:
		return fmt.Sprintf("Go to the bookmarked slide %d (pdfpc savedSlide)? Enter: go there · Esc: stay", c.bookmark), Warn
	case st.Pending != "":
		return "Go to slide " + st.Pending + " (Enter)", Cursor
	case c.notice != "":
		return c.notice, Warn
	}
	var flags []string
	switch st.Blank {
	case show.BlackScreen:
		flags = append(flags, "AUDIENCE SEES BLACK (b)")
	case show.WhiteScreen:
		flags = append(flags, "AUDIENCE SEES WHITE (w)")
	}
	if st.Frozen {
		flags = append(flags, fmt.Sprintf("AUDIENCE FROZEN ON SLIDE %d (f)", st.FrozenSlide))
	}
	if len(flags) > 0 {
		s := flags[0]
		for _, f := range flags[1:] {
			s += " · " + f
		}
		return s, Warn
	}
	return "? shows every key", Dim
}
