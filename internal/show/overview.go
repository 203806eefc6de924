package show

// overviewHandlers replace the normal handlers while the overview is open:
// moves act on the cursor, Enter and OverviewPick go to the cursor's slide.
var overviewHandlers = map[Op]handler{
	OpNextStep:     cursorBy(1),
	OpNextSlide:    cursorBy(1),
	OpPrevStep:     cursorBy(-1),
	OpPrevSlide:    cursorBy(-1),
	OpFirst:        cursorTo(func(State) int { return 1 }),
	OpLast:         cursorTo(State.NumSlides),
	OpOverviewMove: overviewMove,
	OpOverviewPick: overviewPick,
	OpEnter:        overviewPick,
	OpGoTo:         jump(func(s State, c Command) (int, int) { return c.N, 1 }),
}

func toggleOverview(s State, _ Command) (State, Effect) {
	if s.NumSlides() == 0 {
		return s, NoEffect
	}
	s.Overview = !s.Overview
	if s.Overview {
		s.Cursor = s.Slide
	}
	return s, NoEffect
}

func cursorBy(d int) handler {
	return func(s State, _ Command) (State, Effect) {
		s.Cursor, _ = s.clamp(s.Cursor+d, 1)
		return s, NoEffect
	}
}

func cursorTo(f func(State) int) handler {
	return func(s State, _ Command) (State, Effect) {
		s.Cursor, _ = s.clamp(f(s), 1)
		return s, NoEffect
	}
}

// overviewMove moves the cursor dx cells and dy rows in a grid of Columns.
// A row move that would leave the deck stays put, except that moving down
// into a shorter last row lands on the last slide.
func overviewMove(s State, c Command) (State, Effect) {
	n := s.NumSlides()
	if n == 0 {
		return s, NoEffect
	}
	cols := s.columns()
	cur := s.Cursor + c.DX
	if c.DY != 0 {
		t := cur + c.DY*cols
		lastRowStart := (n-1)/cols*cols + 1
		switch {
		case t >= 1 && t <= n:
			cur = t
		case c.DY > 0 && cur < lastRowStart:
			cur = n
		}
	}
	s.Cursor, _ = s.clamp(cur, 1)
	return s, NoEffect
}

func overviewPick(s State, _ Command) (State, Effect) {
	s, n, ok := takePending(s)
	if !ok {
		n = s.Cursor
	}
	return goTo(s, n, 1)
}
