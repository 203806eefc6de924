package show

import (
	"reflect"
	"testing"
)

// testSteps is a ten-slide deck whose slide 2 has three steps and slide 3 two.
var testSteps = []int{1, 3, 2, 1, 1, 1, 1, 1, 1, 1}

// at returns the test deck at slide 2, step 2.
func at() State { return NewSteps(testSteps).At(2, 2) }

// inOverview returns the test deck at 2/2 with the overview open on slide 6.
func inOverview() State {
	s := at()
	s.Overview, s.Cursor = true, 6
	return s
}

type keyCase struct {
	start  func() State
	want   func(State) State // applied to start() to give the expected state
	effect Effect
}

func move(slide, step int) func(State) State {
	return func(s State) State { s.Slide, s.Step = slide, step; return s }
}

func pending(d string) func(State) State {
	return func(s State) State { s.Pending = d; return s }
}

// keyCases gives, for every key in the table, what it does to at() (or to
// inOverview() for overview bindings).
var keyCases = map[string]keyCase{
	"Right":       {start: at, want: move(2, 3)},
	"Down":        {start: at, want: move(2, 3)},
	"Next":        {start: at, want: move(2, 3)},
	"Space":       {start: at, want: move(2, 3)},
	"Left":        {start: at, want: move(2, 1)},
	"Up":          {start: at, want: move(2, 1)},
	"Prior":       {start: at, want: move(2, 1)},
	"BackSpace":   {start: at, want: move(2, 1)},
	"Shift+Right": {start: at, want: move(3, 1)},
	"Shift+Left":  {start: at, want: move(1, 1)},
	"Home":        {start: at, want: move(1, 1)},
	"End":         {start: at, want: move(10, 1)},
	"Return":      {start: at, want: move(2, 3)},
	"KP_Enter":    {start: at, want: move(2, 3)},
	"Tab":         {start: at, want: func(s State) State { s.Overview, s.Cursor = true, 2; return s }},
	"o":           {start: at, want: func(s State) State { s.Overview, s.Cursor = true, 2; return s }},
	"b":           {start: at, want: func(s State) State { s.Blank = BlackScreen; return s }},
	".":           {start: at, want: func(s State) State { s.Blank = BlackScreen; return s }},
	"w":           {start: at, want: func(s State) State { s.Blank = WhiteScreen; return s }},
	"f": {start: at, want: func(s State) State {
		s.Frozen, s.FrozenSlide, s.FrozenStep = true, 2, 2
		return s
	}},
	"F11":    {start: at, want: same, effect: DoFullScreen},
	"F5":     {start: at, want: same, effect: DoFullScreen},
	"p":      {start: at, want: same, effect: DoTimerToggle},
	"r":      {start: at, want: same, effect: DoTimerReset},
	"s":      {start: at, want: func(s State) State { s.Swapped = true; return s }, effect: DoSwapScreens},
	"+":      {start: at, want: func(s State) State { s.NotesFont = 1; return s }},
	"=":      {start: at, want: func(s State) State { s.NotesFont = 1; return s }},
	"-":      {start: at, want: func(s State) State { s.NotesFont = -1; return s }},
	"?":      {start: at, want: func(s State) State { s.Help = true; return s }},
	"Escape": {start: at, want: func(s State) State { s.QuitArmed = true; return s }},
	"q":      {start: at, want: same, effect: DoQuit},
	"l":      {start: at, want: func(s State) State { s.Laser = true; return s }},
	"h":      {start: at, want: func(s State) State { s.Spotlight = true; return s }},
	"]":      {start: at, want: func(s State) State { s.PointerSize = 1; return s }},
	"[":      {start: at, want: func(s State) State { s.PointerSize = -1; return s }},
	"z":      {start: at, want: same, effect: DoZoom},
	"v":      {start: at, want: same, effect: DoPlayVideo},
	"d":      {start: at, want: func(s State) State { s.Pen = true; return s }},
	"c":      {start: at, want: func(s State) State { s.PenColour = 1; return s }},
	"e":      {start: at, want: same, effect: DoUndoStroke},
	"x":      {start: at, want: same, effect: DoClearStrokes},
	"0":      {start: at, want: pending("0")},
	"1":      {start: at, want: pending("1")},
	"2":      {start: at, want: pending("2")},
	"3":      {start: at, want: pending("3")},
	"4":      {start: at, want: pending("4")},
	"5":      {start: at, want: pending("5")},
	"6":      {start: at, want: pending("6")},
	"7":      {start: at, want: pending("7")},
	"8":      {start: at, want: pending("8")},
	"9":      {start: at, want: pending("9")},
}

// overviewCases are the overview bindings, from inOverview() (cursor 6, 4 columns).
var overviewCases = map[string]keyCase{
	"Right":    {start: inOverview, want: func(s State) State { s.Cursor = 7; return s }},
	"Left":     {start: inOverview, want: func(s State) State { s.Cursor = 5; return s }},
	"Down":     {start: inOverview, want: func(s State) State { s.Cursor = 10; return s }},
	"Up":       {start: inOverview, want: func(s State) State { s.Cursor = 2; return s }},
	"Return":   {start: inOverview, want: picked},
	"KP_Enter": {start: inOverview, want: picked},
	"Space":    {start: inOverview, want: picked},
}

func same(s State) State { return s }

func picked(s State) State {
	s.Overview, s.Slide, s.Step = false, 6, 1
	return s
}

func TestEveryKeyDrivesApply(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range Bindings() {
		cases := keyCases
		if b.Overview {
			cases = overviewCases
		}
		for _, k := range b.Keys {
			name := k
			if b.Overview {
				name = "overview " + k
			}
			seen[name] = true
			kc, ok := cases[k]
			if !ok {
				t.Errorf("key %q (%s) has no test case", name, b.Help)
				continue
			}
			start := kc.start()
			cmd, ok := LookupIn(start, k)
			if !ok {
				t.Errorf("LookupIn(%q) found nothing", name)
				continue
			}
			got, eff := Apply(start, cmd)
			want := kc.want(kc.start())
			if !reflect.DeepEqual(got, want) {
				t.Errorf("key %q (%s):\n got %+v\nwant %+v", name, cmd, got, want)
			}
			if eff != kc.effect {
				t.Errorf("key %q: effect %s, want %s", name, eff, kc.effect)
			}
		}
	}
	for k := range keyCases {
		if !seen[k] {
			t.Errorf("test case for %q, which is not in the table", k)
		}
	}
	for k := range overviewCases {
		if !seen["overview "+k] {
			t.Errorf("overview test case for %q, which is not in the table", k)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		key  string
		want Command
		ok   bool
	}{
		{"Next", NextStep, true},
		{"Prior", PrevStep, true},
		{"7", Digit(7), true},
		{"B", Black, true}, // Caps Lock
		{"Q", Quit, true},
		{"y", Command{}, false},
		{"PageDown", Command{}, false}, // not a Fyne key name
		{"Shift+Up", Command{}, false},
		{"", Command{}, false},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.key)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Lookup(%q) = %v, %v; want %v, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
	// Outside the overview, overview bindings never apply.
	if c, _ := Lookup("Down"); c != NextStep {
		t.Errorf("Lookup(Down) = %v, want next-step", c)
	}
	if c, _ := LookupIn(inOverview(), "Down"); c != OverviewMove(0, 1) {
		t.Errorf("LookupIn(overview, Down) = %v, want overview-move 0,1", c)
	}
	// Keys without an overview binding keep their meaning in the overview.
	if c, _ := LookupIn(inOverview(), "b"); c != Black {
		t.Errorf("LookupIn(overview, b) = %v, want black", c)
	}
}

func TestNoKeyBoundTwice(t *testing.T) {
	for _, overview := range []bool{false, true} {
		seen := map[string]string{}
		for _, b := range bindings {
			if b.Overview != overview {
				continue
			}
			for _, k := range b.Keys {
				if prev, dup := seen[k]; dup {
					t.Errorf("key %q bound to %q and %q", k, prev, b.Help)
				}
				seen[k] = b.Help
			}
		}
	}
}

func TestNamedKey(t *testing.T) {
	for k, want := range map[string]bool{"Right": true, "F5": true, "Space": true, "b": false, ".": false, "7": false, "é": false} {
		if got := NamedKey(k); got != want {
			t.Errorf("NamedKey(%q) = %v", k, got)
		}
	}
}

func TestBindingsIsACopy(t *testing.T) {
	b := Bindings()
	b[0].Keys[0] = "changed"
	if c, ok := Lookup("Right"); !ok || c != NextStep {
		t.Fatal("changing Bindings() changed the table")
	}
}
