package show

import "strconv"

type handler func(State, Command) (State, Effect)

// handlers is the dispatch table of Apply, by op.
var handlers = map[Op]handler{
	OpNextStep:       clicker(nextStep),
	OpPrevStep:       clicker(prevStep),
	OpNextSlide:      clicker(nextSlide),
	OpPrevSlide:      clicker(prevSlide),
	OpFirst:          jump(func(s State, _ Command) (int, int) { return 1, 1 }),
	OpLast:           jump(func(s State, _ Command) (int, int) { return s.NumSlides(), 1 }),
	OpGoTo:           jump(func(s State, c Command) (int, int) { return c.N, 1 }),
	OpDigit:          digit,
	OpEnter:          enter,
	OpOverview:       toggleOverview,
	OpOverviewMove:   func(s State, _ Command) (State, Effect) { return s, NoEffect },
	OpOverviewPick:   func(s State, _ Command) (State, Effect) { return s, NoEffect },
	OpBlack:          blank(BlackScreen),
	OpWhite:          blank(WhiteScreen),
	OpFreeze:         freeze,
	OpSwap:           func(s State, _ Command) (State, Effect) { s.Swapped = !s.Swapped; return s, DoSwapScreens },
	OpHelp:           func(s State, _ Command) (State, Effect) { s.Help = !s.Help; return s, NoEffect },
	OpTimerToggle:    effect(DoTimerToggle),
	OpTimerReset:     effect(DoTimerReset),
	OpTimerStart:     effect(DoTimerStart),
	OpFullScreen:     effect(DoFullScreen),
	OpQuit:           effect(DoQuit),
	OpEscape:         escape,
	OpFontBigger:     fontBy(1),
	OpFontSmaller:    fontBy(-1),
	OpRehearse:       func(s State, _ Command) (State, Effect) { s.Rehearsing = !s.Rehearsing; return s, DoRehearse },
	OpLaser:          func(s State, _ Command) (State, Effect) { s.Laser = !s.Laser; return s, NoEffect },
	OpSpotlight:      func(s State, _ Command) (State, Effect) { s.Spotlight = !s.Spotlight; return s, NoEffect },
	OpPointerBigger:  pointerBy(1),
	OpPointerSmaller: pointerBy(-1),
	OpZoom:           effect(DoZoom),
	OpPlayVideo:      effect(DoPlayVideo),
	OpPen:            func(s State, _ Command) (State, Effect) { s.Pen = !s.Pen; return s, NoEffect },
	OpPenColour: func(s State, _ Command) (State, Effect) {
		s.PenColour = (s.PenColour + 1) % PenColours
		return s, NoEffect
	},
	OpUndoStroke:   effect(DoUndoStroke),
	OpClearStrokes: effect(DoClearStrokes),
}

func pointerBy(d int) handler {
	return func(s State, _ Command) (State, Effect) {
		s.PointerSize = min(max(s.PointerSize+d, MinPointerSize), MaxPointerSize)
		return s, NoEffect
	}
}

// Apply returns the state after command c and the effect the UI must carry out.
//
// Rules beyond the obvious:
//   - Stepping back from step 1 goes to the previous slide's last step;
//     PrevSlide also lands on the previous slide's last step (as the audience
//     last saw it). NextSlide, GoTo, First and Last land on step 1.
//   - While the screen is blanked, a clicker move (next/previous step or
//     slide, Enter without digits) only brings the slide back, without moving.
//     Explicit jumps (GoTo, First, Last, number+Enter, overview pick) move and
//     unblank.
//   - While the overview is open, moves act on its cursor; Enter and
//     OverviewPick go to the cursor's slide and close it.
//   - Digits typed are kept until Enter (jump) or any other command (dropped).
//   - Escape drops typed digits, else closes help, else the overview, else
//     the blank screen; with nothing to close it arms quitting, and a second
//     Escape in a row quits.
func Apply(s State, c Command) (State, Effect) {
	if c.Op != OpEscape {
		s.QuitArmed = false
	}
	if c.Op != OpDigit && c.Op != OpEnter && c.Op != OpOverviewPick && c.Op != OpEscape {
		s.Pending = ""
	}
	if s.Overview {
		if h, ok := overviewHandlers[c.Op]; ok {
			return h(s, c)
		}
	}
	if h, ok := handlers[c.Op]; ok {
		return h(s, c)
	}
	return s, NoEffect
}

// ApplyAll applies commands in order and returns the final state and the
// effects produced, in order (NoEffect left out).
func ApplyAll(s State, cmds ...Command) (State, []Effect) {
	var effects []Effect
	for _, c := range cmds {
		var e Effect
		s, e = Apply(s, c)
		if e != NoEffect {
			effects = append(effects, e)
		}
	}
	return s, effects
}

// clicker wraps a relative move: while blanked it only unblanks.
func clicker(move func(State) State) handler {
	return func(s State, _ Command) (State, Effect) {
		if s.NumSlides() == 0 {
			return s, NoEffect
		}
		if s.Blank != NoBlank {
			s.Blank = NoBlank
			return s, NoEffect
		}
		return move(s), NoEffect
	}
}

// jump wraps an absolute move: it moves, unblanks and closes the overview.
func jump(target func(State, Command) (int, int)) handler {
	return func(s State, c Command) (State, Effect) {
		slide, step := target(s, c)
		return goTo(s, slide, step)
	}
}

func goTo(s State, slide, step int) (State, Effect) {
	if s.NumSlides() == 0 {
		return s, NoEffect
	}
	s.Slide, s.Step = s.clamp(slide, step)
	s.Blank = NoBlank
	s.Overview = false
	s.Pending = ""
	return s, NoEffect
}

func nextStep(s State) State {
	switch {
	case s.Step < s.StepsOf(s.Slide):
		s.Step++
	case s.Slide < s.NumSlides():
		s.Slide, s.Step = s.Slide+1, 1
	}
	return s
}

func prevStep(s State) State {
	switch {
	case s.Step > 1:
		s.Step--
	case s.Slide > 1:
		s.Slide--
		s.Step = s.StepsOf(s.Slide)
	}
	return s
}

func nextSlide(s State) State {
	if s.Slide < s.NumSlides() {
		s.Slide, s.Step = s.Slide+1, 1
	}
	return s
}

func prevSlide(s State) State {
	if s.Slide > 1 {
		s.Slide--
		s.Step = s.StepsOf(s.Slide)
	} else {
		s.Step = 1
	}
	return s
}

func digit(s State, c Command) (State, Effect) {
	if c.N < 0 || c.N > 9 || len(s.Pending) >= MaxPending {
		return s, NoEffect
	}
	s.Pending += strconv.Itoa(c.N)
	return s, NoEffect
}

// takePending returns the typed slide number and clears it.
func takePending(s State) (State, int, bool) {
	if s.Pending == "" {
		return s, 0, false
	}
	n, err := strconv.Atoi(s.Pending)
	s.Pending = ""
	return s, n, err == nil
}

func enter(s State, c Command) (State, Effect) {
	s, n, ok := takePending(s)
	if ok {
		return goTo(s, n, 1)
	}
	return clicker(nextStep)(s, c)
}

func blank(b Blank) handler {
	return func(s State, _ Command) (State, Effect) {
		if s.Blank == b {
			s.Blank = NoBlank
		} else {
			s.Blank = b
		}
		return s, NoEffect
	}
}

func freeze(s State, _ Command) (State, Effect) {
	s.Frozen = !s.Frozen
	if s.Frozen {
		s.FrozenSlide, s.FrozenStep = s.Slide, s.Step
	} else {
		s.FrozenSlide, s.FrozenStep = 0, 0
	}
	return s, NoEffect
}

func fontBy(d int) handler {
	return func(s State, _ Command) (State, Effect) {
		s.NotesFont = min(max(s.NotesFont+d, MinNotesFont), MaxNotesFont)
		return s, NoEffect
	}
}

func effect(e Effect) handler {
	return func(s State, _ Command) (State, Effect) { return s, e }
}

func escape(s State, _ Command) (State, Effect) {
	switch {
	case s.Pending != "":
		s.Pending = ""
	case s.Help:
		s.Help = false
	case s.Overview:
		s.Overview = false
	case s.Blank != NoBlank:
		s.Blank = NoBlank
	case s.QuitArmed:
		s.QuitArmed = false
		return s, DoQuit
	default:
		s.QuitArmed = true
		return s, NoEffect
	}
	s.QuitArmed = false
	return s, NoEffect
}
