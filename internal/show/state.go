// Package show holds the pure presentation state and the commands that change
// it: Apply(state, command) returns the next state and an effect the UI must
// carry out (quit, toggle full screen, pause the timer, …). It never draws,
// never reads a clock and never imports Fyne; every key a speaker presses is a
// table test.
package show

import "github.com/lectern-app/lectern/internal/deck"

// Blank says whether the audience screen is blanked, and with which colour.
type Blank int

const (
	NoBlank     Blank = iota // the audience sees the slide
	BlackScreen              // the audience sees black
	WhiteScreen              // the audience sees white
)

func (b Blank) String() string {
	switch b {
	case BlackScreen:
		return "black"
	case WhiteScreen:
		return "white"
	}
	return "none"
}

// Limits of the notes font adjustment, in steps from the default size.
const (
	MinNotesFont = -5
	MaxNotesFont = 10
)

// MaxPending is how many digits a slide number typed before Enter may have.
const MaxPending = 4

// DefaultColumns is the overview grid width used until the UI sets Columns.
const DefaultColumns = 4

// State is everything the presenter and audience views show, as a value.
// Apply never mutates Steps; states may share it.
type State struct {
	Slide int   // current slide, 1-based (0 only when the deck has no slides)
	Step  int   // current step within the slide, 1-based
	Steps []int // number of steps of each slide; len(Steps) is the slide count

	Overview bool // the slide overview is open (presenter screen)
	Cursor   int  // slide number highlighted in the overview
	Columns  int  // overview grid width, set by the UI; 0 means DefaultColumns

	Blank       Blank
	Frozen      bool // the audience view stays on FrozenSlide/FrozenStep
	FrozenSlide int
	FrozenStep  int

	Swapped    bool   // audience and presenter screens swapped
	Help       bool   // the key help overlay is shown
	Pending    string // digits typed for "number then Enter"
	QuitArmed  bool   // Esc was pressed once with nothing to close
	NotesFont  int    // notes font size in steps from the default, + bigger
	Rehearsing bool   // rehearsal mode is on

	Laser       bool // the laser dot follows the mouse over the presenter's slide
	Spotlight   bool // the audience sees only a circle around the pointer
	PointerSize int  // pointer size in steps from the default, + bigger
	Pen         bool // mouse drags on the presenter's slide draw
	PenColour   int  // index into the pen colours
}

// Pointer size and pen colour limits.
const (
	MinPointerSize = -3
	MaxPointerSize = 6
	PenColours     = 4
)

// New returns the state at the first slide of d.
func New(d *deck.Deck) State {
	steps := make([]int, len(d.Slides))
	for i, s := range d.Slides {
		steps[i] = s.Steps
	}
	return NewSteps(steps)
}

// NewSteps returns the state at the first slide of a deck whose slides have
// the given step counts (counts below 1 count as 1).
func NewSteps(steps []int) State {
	clean := make([]int, len(steps))
	for i, n := range steps {
		clean[i] = max(n, 1)
	}
	s := State{Steps: clean}
	if len(clean) > 0 {
		s.Slide, s.Step, s.Cursor = 1, 1, 1
	}
	return s
}

// NumSlides is the number of slides.
func (s State) NumSlides() int { return len(s.Steps) }

// StepsOf is the number of steps of slide n (1-based), 0 when out of range.
func (s State) StepsOf(n int) int {
	if n < 1 || n > len(s.Steps) {
		return 0
	}
	return s.Steps[n-1]
}

// At returns s moved to slide and step, clamped into the deck (e.g. to resume
// a saved session). Other fields are kept.
func (s State) At(slide, step int) State {
	s.Slide, s.Step = s.clamp(slide, step)
	return s
}

// WithSteps returns s for a reloaded deck with new step counts, keeping the
// position, overview cursor and frozen position where they still exist.
func (s State) WithSteps(steps []int) State {
	fresh := NewSteps(steps)
	s.Steps = fresh.Steps
	s.Slide, s.Step = s.clamp(s.Slide, s.Step)
	s.Cursor, _ = s.clamp(s.Cursor, 1)
	if s.Frozen {
		s.FrozenSlide, s.FrozenStep = s.clamp(s.FrozenSlide, s.FrozenStep)
	}
	return s
}

// WithColumns returns s with the overview grid width the UI lays out.
func (s State) WithColumns(n int) State {
	s.Columns = max(n, 1)
	return s
}

// Audience is what the audience screen shows: the frozen position while
// frozen, else the current one, and the blank mode.
func (s State) Audience() (slide, step int, blank Blank) {
	if s.Frozen {
		return s.FrozenSlide, s.FrozenStep, s.Blank
	}
	return s.Slide, s.Step, s.Blank
}

// IsLast reports whether the current position is the last step of the last slide.
func (s State) IsLast() bool {
	n := len(s.Steps)
	return n == 0 || (s.Slide == n && s.Step >= s.StepsOf(n))
}

// Moved reports whether the presenter's position changed between two states.
func Moved(prev, next State) bool {
	return prev.Slide != next.Slide || prev.Step != next.Step
}

// clamp brings a slide and step into the deck.
func (s State) clamp(slide, step int) (int, int) {
	n := len(s.Steps)
	if n == 0 {
		return 0, 0
	}
	slide = min(max(slide, 1), n)
	step = min(max(step, 1), s.Steps[slide-1])
	return slide, step
}

func (s State) columns() int {
	if s.Columns < 1 {
		return DefaultColumns
	}
	return s.Columns
}
