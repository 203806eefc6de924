package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/lectern-app/lectern/internal/show"
)

// bindKeys routes a window's keys to handle, by the names show's key table
// uses: named keys from key events, characters from typed runes, so no key
// acts twice, and Shift+arrows as shortcuts.
func bindKeys(c fyne.Canvas, handle func(key string)) {
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if name := string(e.Name); show.NamedKey(name) {
			handle(name)
		}
	})
	c.SetOnTypedRune(func(r rune) {
		if r != ' ' { // Space arrives as a named key too
			handle(string(r))
		}
	})
	// Fyne's desktop driver keeps Tab for focus traversal and never types
	// it; it does report the key going down, which is enough for Tab.
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(func(e *fyne.KeyEvent) {
			if e.Name == fyne.KeyTab {
				handle(string(fyne.KeyTab))
			}
		})
	}
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyLeft} {
		name := "Shift+" + string(k)
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShift}, func(fyne.Shortcut) {
			handle(name)
		})
	}
}
