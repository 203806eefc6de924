package show

import "fmt"

// Op names what a command does.
type Op int

const (
	OpNone Op = iota
	OpNextStep
	OpPrevStep
	OpNextSlide
	OpPrevSlide
	OpFirst
	OpLast
	OpGoTo
	OpDigit
	OpEnter
	OpOverview
	OpOverviewMove
	OpOverviewPick
	OpBlack
	OpWhite
	OpFreeze
	OpSwap
	OpHelp
	OpTimerToggle
	OpTimerReset
	OpTimerStart
	OpFullScreen
	OpQuit
	OpEscape
	OpFontBigger
	OpFontSmaller
	OpRehearse
	OpLaser
	OpSpotlight
	OpPointerBigger
	OpPointerSmaller
	OpZoom
	OpPen
	OpPenColour
	OpUndoStroke
	OpClearStrokes
	OpPlayVideo
)

// opNames are the stable names of commands, e.g. for a user's key file.
var opNames = [...]string{
	OpNone:           "none",
	OpNextStep:       "next-step",
	OpPrevStep:       "prev-step",
	OpNextSlide:      "next-slide",
	OpPrevSlide:      "prev-slide",
	OpFirst:          "first",
	OpLast:           "last",
	OpGoTo:           "goto",
	OpDigit:          "digit",
	OpEnter:          "enter",
	OpOverview:       "overview",
	OpOverviewMove:   "overview-move",
	OpOverviewPick:   "overview-pick",
	OpBlack:          "black",
	OpWhite:          "white",
	OpFreeze:         "freeze",
	OpSwap:           "swap",
	OpHelp:           "help",
	OpTimerToggle:    "timer-toggle",
	OpTimerReset:     "timer-reset",
	OpTimerStart:     "timer-start",
	OpFullScreen:     "fullscreen",
	OpQuit:           "quit",
	OpEscape:         "escape",
	OpFontBigger:     "font-bigger",
	OpFontSmaller:    "font-smaller",
	OpRehearse:       "rehearse",
	OpLaser:          "laser",
	OpSpotlight:      "spotlight",
	OpPointerBigger:  "pointer-bigger",
	OpPointerSmaller: "pointer-smaller",
	OpZoom:           "zoom",
	OpPen:            "pen",
	OpPenColour:      "pen-colour",
	OpUndoStroke:     "erase",
	OpClearStrokes:   "clear",
	OpPlayVideo:      "play-video",
}

func (o Op) String() string {
	if o >= 0 && int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", int(o))
}

// Command is one thing the speaker asks for. N is the slide of GoTo or the
// digit of Digit; DX, DY are the overview cursor move. Commands are comparable.
type Command struct {
	Op     Op
	N      int
	DX, DY int
}

func (c Command) String() string {
	switch c.Op {
	case OpGoTo, OpDigit:
		return fmt.Sprintf("%s %d", c.Op, c.N)
	case OpOverviewMove:
		return fmt.Sprintf("%s %d,%d", c.Op, c.DX, c.DY)
	}
	return c.Op.String()
}

// The commands without arguments.
var (
	NextStep       = Command{Op: OpNextStep}
	PrevStep       = Command{Op: OpPrevStep}
	NextSlide      = Command{Op: OpNextSlide}
	PrevSlide      = Command{Op: OpPrevSlide}
	First          = Command{Op: OpFirst}
	Last           = Command{Op: OpLast}
	Enter          = Command{Op: OpEnter}
	Overview       = Command{Op: OpOverview}
	OverviewPick   = Command{Op: OpOverviewPick}
	Black          = Command{Op: OpBlack}
	White          = Command{Op: OpWhite}
	Freeze         = Command{Op: OpFreeze}
	Swap           = Command{Op: OpSwap}
	Help           = Command{Op: OpHelp}
	TimerToggle    = Command{Op: OpTimerToggle}
	TimerReset     = Command{Op: OpTimerReset}
	TimerStart     = Command{Op: OpTimerStart}
	FullScreen     = Command{Op: OpFullScreen}
	Quit           = Command{Op: OpQuit}
	Escape         = Command{Op: OpEscape}
	FontBigger     = Command{Op: OpFontBigger}
	FontSmaller    = Command{Op: OpFontSmaller}
	Rehearse       = Command{Op: OpRehearse}
	Laser          = Command{Op: OpLaser}
	Spotlight      = Command{Op: OpSpotlight}
	PointerBigger  = Command{Op: OpPointerBigger}
	PointerSmaller = Command{Op: OpPointerSmaller}
	Zoom           = Command{Op: OpZoom}
	Pen            = Command{Op: OpPen}
	PenColour      = Command{Op: OpPenColour}
	UndoStroke     = Command{Op: OpUndoStroke}
	ClearStrokes   = Command{Op: OpClearStrokes}
	PlayVideo      = Command{Op: OpPlayVideo}
)

// GoTo jumps to slide n (clamped), first step.
func GoTo(n int) Command { return Command{Op: OpGoTo, N: n} }

// Digit types digit d (0-9) of a slide number; Enter then jumps to it.
func Digit(d int) Command { return Command{Op: OpDigit, N: d} }

// OverviewMove moves the overview cursor dx slides and dy grid rows.
func OverviewMove(dx, dy int) Command { return Command{Op: OpOverviewMove, DX: dx, DY: dy} }

// ParseOp returns the op with the given stable name ("next-step", …).
func ParseOp(name string) (Op, bool) {
	for i, n := range opNames {
		if n == name && Op(i) != OpNone {
			return Op(i), true
		}
	}
	return OpNone, false
}

// Effect is what the UI must do after a command, beyond drawing the new state.
type Effect int

const (
	NoEffect       Effect = iota
	DoQuit                // close the app
	DoFullScreen          // toggle full screen on the audience window
	DoTimerToggle         // timing: Toggle (pause/resume, or start)
	DoTimerReset          // timing: Reset
	DoTimerStart          // timing: Start
	DoSwapScreens         // swap audience and presenter windows (State.Swapped says which way)
	DoRehearse            // rehearsal mode switched (State.Rehearsing says which way)
	DoZoom                // zoom the audience view 2× around the pointer, or back
	DoUndoStroke          // erase the last pen stroke on the current slide
	DoClearStrokes        // erase every pen stroke on the current slide
	DoPlayVideo           // play the current slide's video in a local player
)

var effectNames = [...]string{
	NoEffect:       "none",
	DoQuit:         "quit",
	DoFullScreen:   "fullscreen",
	DoTimerToggle:  "timer-toggle",
	DoTimerReset:   "timer-reset",
	DoTimerStart:   "timer-start",
	DoSwapScreens:  "swap-screens",
	DoRehearse:     "rehearse",
	DoZoom:         "zoom",
	DoUndoStroke:   "undo-stroke",
	DoClearStrokes: "clear-strokes",
	DoPlayVideo:    "play-video",
}

func (e Effect) String() string {
	if e >= 0 && int(e) < len(effectNames) {
		return effectNames[e]
	}
	return fmt.Sprintf("effect(%d)", int(e))
}
