package console

import (
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

// --theme wins over the deck's own theme file; without it the file stays.
func TestThemeFlagWinsOverThemeFile(t *testing.T) {
	s := talk()
	s.meta.ThemeSet = &deck.ThemeSpec{Name: "brand", Extends: "dark"}
	if r := mustRig(t, Config{}, s); r.c.Deck().Meta.ThemeSet == nil {
		t.Error("the deck's theme file was dropped without --theme")
	}
	r := mustRig(t, Config{Theme: "light"}, s)
	if m := r.c.Deck().Meta; m.ThemeSet != nil || m.Theme != "light" {
		t.Errorf("--theme light: theme %q, file %v", m.Theme, m.ThemeSet)
	}
}
