package show

import (
	"strings"
	"unicode/utf8"
)

// Binding ties keys to a command. Keys are Fyne key names (fyne.KeyName
// values such as "Right", "Next" for PageDown, "Prior" for PageUp,
// "BackSpace", "Return") for keys that do not type a character, the typed
// character for keys that do ("b", ".", "?", "+"), and "Shift+Right" style
// names (Fyne's desktop.CustomShortcut spelling) for modified keys.
type Binding struct {
	Keys     []string
	Command  Command
	Help     string // what it does, for the help overlay and the README
	Display  string // how the keys are written in help; "" derives it from Keys
	Overview bool   // applies only while the overview is open, before the others
}

// digitKeys are the keys that type a slide number; Lookup fills in the digit.
var digitKeys = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// bindings is the one table of keys. The help overlay and the README's key
// list are rendered from it by HelpMarkdown.
var bindings = []Binding{
	{Keys: []string{"Right", "Down", "Next", "Space"}, Command: NextStep, Help: "Next step (a clicker's PageDown)"},
	{Keys: []string{"Left", "Up", "Prior", "BackSpace"}, Command: PrevStep, Help: "Previous step (a clicker's PageUp)"},
	{Keys: []string{"Shift+Right"}, Command: NextSlide, Help: "Next slide, skipping steps"},
	{Keys: []string{"Shift+Left"}, Command: PrevSlide, Help: "Previous slide, skipping steps"},
	{Keys: []string{"Home"}, Command: First, Help: "First slide"},
	{Keys: []string{"End"}, Command: Last, Help: "Last slide (a .pdfpc end slide first, then the backup slides)"},
	{Keys: digitKeys, Command: Digit(0), Display: "`0` … `9`", Help: "Type a slide number, then Enter to jump to it"},
	{Keys: []string{"Return", "KP_Enter"}, Command: Enter, Help: "Jump to the typed slide number, else next step"},
	{Keys: []string{"Tab", "o"}, Command: Overview, Help: "Open or close the slide overview"},
	{Keys: []string{"Right"}, Command: OverviewMove(1, 0), Overview: true, Display: "Arrows", Help: "Overview: move the cursor"},
	{Keys: []string{"Left"}, Command: OverviewMove(-1, 0), Overview: true, Display: "Arrows", Help: "Overview: move the cursor"},
	{Keys: []string{"Down"}, Command: OverviewMove(0, 1), Overview: true, Display: "Arrows", Help: "Overview: move the cursor"},
	{Keys: []string{"Up"}, Command: OverviewMove(0, -1), Overview: true, Display: "Arrows", Help: "Overview: move the cursor"},
	{Keys: []string{"Return", "KP_Enter", "Space"}, Command: OverviewPick, Overview: true, Help: "Overview: go to the chosen slide"},
	{Keys: []string{"b", "."}, Command: Black, Help: "Black screen on/off"},
	{Keys: []string{"w"}, Command: White, Help: "White screen on/off"},
	{Keys: []string{"f"}, Command: Freeze, Help: "Freeze the audience view on/off"},
	{Keys: []string{"F11", "F5"}, Command: FullScreen, Help: "Full screen on/off"},
	{Keys: []string{"p"}, Command: TimerToggle, Help: "Timer: start, pause or resume"},
	{Keys: []string{"r"}, Command: TimerReset, Help: "Timer: reset"},
	{Keys: []string{"s"}, Command: Swap, Help: "Swap the audience and presenter screens"},
	{Keys: []string{"+", "="}, Command: FontBigger, Help: "Bigger notes font"},
	{Keys: []string{"-"}, Command: FontSmaller, Help: "Smaller notes font"},
	{Keys: []string{"l"}, Command: Laser, Help: "Laser pointer on/off (or hold the mouse button over the slide)"},
	{Keys: []string{"h"}, Command: Spotlight, Help: "Spotlight on/off: dim all but a circle around the pointer"},
	{Keys: []string{"]"}, Command: PointerBigger, Help: "Bigger pointer or spotlight"},
	{Keys: []string{"["}, Command: PointerSmaller, Help: "Smaller pointer or spotlight"},
	{Keys: []string{"z"}, Command: Zoom, Help: "Zoom the audience view 2× around the pointer, or back (Shift+drag zooms to a box)"},
	{Keys: []string{"d"}, Command: Pen, Help: "Pen on/off: drag on the slide to draw"},
	{Keys: []string{"c"}, Command: PenColour, Help: "Next pen colour"},
	{Keys: []string{"e"}, Command: UndoStroke, Help: "Erase the last pen stroke on this slide"},
	{Keys: []string{"x"}, Command: ClearStrokes, Help: "Clear the drawing on this slide"},
	{Keys: []string{"v"}, Command: PlayVideo, Help: "Play the slide's video full screen on the audience screen (mpv, vlc or ffplay)"},
	{Keys: []string{"?"}, Command: Help, Help: "Show or hide this help"},
	{Keys: []string{"Escape"}, Command: Escape, Help: "Close the overview, help, zoom or blank screen; twice in a row: quit"},
	{Keys: []string{"q"}, Command: Quit, Help: "Quit"},
}

// Bindings returns a copy of the default key table.
func Bindings() []Binding { return copyBindings(bindings) }

// Lookup returns the command bound to key outside the overview.
func Lookup(key string) (Command, bool) {
	return lookup(key, false)
}

// LookupIn returns the command bound to key in state s: while the overview
// is open its own bindings come first.
func LookupIn(s State, key string) (Command, bool) {
	return lookup(key, s.Overview)
}

func lookup(key string, overview bool) (Command, bool) {
	return lookupIn(bindings, key, overview)
}

func lookupIn(table []Binding, key string, overview bool) (Command, bool) {
	if c, ok := find(table, key, overview); ok {
		return c, true
	}
	// A typed capital letter (Caps Lock, Shift) means the same key, unless
	// the speaker bound the capital itself.
	if utf8.RuneCountInString(key) == 1 {
		if low := strings.ToLower(key); low != key {
			return find(table, low, overview)
		}
	}
	return Command{}, false
}

func find(table []Binding, key string, overview bool) (Command, bool) {
	for pass := 0; pass < 2; pass++ {
		wantOverview := pass == 0
		if wantOverview && !overview {
			continue
		}
		for _, b := range table {
			if b.Overview != wantOverview {
				continue
			}
			for _, k := range b.Keys {
				if k == key {
					c := b.Command
					if c.Op == OpDigit {
						c.N = int(key[0] - '0')
					}
					return c, true
				}
			}
		}
	}
	return Command{}, false
}

// NamedKey reports whether a key name is looked up from a key event
// (Fyne's OnTypedKey) rather than from a typed character (OnTypedRune).
// The UI should pass OnTypedKey names only when NamedKey is true, and every
// typed rune as a one-character string, so no key acts twice.
func NamedKey(name string) bool {
	return utf8.RuneCountInString(name) > 1
}
