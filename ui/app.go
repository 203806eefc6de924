// Package ui is Lectern's windows, widgets and key bindings over the core:
// the audience and presenter windows, the overview, the rehearsal window,
// the report and the export dialog. All state lives in internal/show,
// internal/timing and internal/rehearse; this package only draws it.
package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/lectern-app/lectern/assets"
	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/talk"
)

// AppID identifies Lectern's preferences and settings.
const AppID = "app.lectern.presenter"

// goMemoryLimit is the soft limit on Go's heap: page images are large and
// short-lived, and without it the collector lets garbage grow to twice the
// live heap (a 200-page PDF stepped through reached 600 MB resident).
const goMemoryLimit = 100 << 20

func newApp() fyne.App {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(goMemoryLimit)
	}
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(newStageTheme())
	return a
}

// DeckOrDemo returns path, or the bundled demo deck written to the user's
// cache folder when path is empty.
func DeckOrDemo(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return assets.DemoDeck(filepath.Join(dir, "lectern"))
}

// Present opens the audience and presenter windows on a deck and runs until
// the speaker quits. A deck that cannot be read is reported and shown in the
// error window (see present); with no display no window opens and the
// returned error says so.
func Present(cfg Config) error {
	if err := needDisplay(); err != nil {
		return err
	}
	return windowing(func() error { return present(cfg) })
}

// Rehearse opens the rehearsal window alone (`lectern rehearse DECK`) and
// returns what happened to the run once the window is closed: a
// *RunNotSavedError when it was closed on a run that could not be saved.
func Rehearse(cfg Config) (msg string, err error) {
	if err := needDisplay(); err != nil {
		return "", err
	}
	err = windowing(func() (e error) {
		msg, e = rehearseAlone(cfg)
		return e
	})
	return msg, err
}

func rehearseAlone(cfg Config) (string, error) {
	path, err := DeckOrDemo(cfg.Deck)
	if err != nil {
		return "", err
	}
	d, err := talk.Open(path, cfg.Source)
	if err != nil {
		return "", err
	}
	if cfg.Duration > 0 {
		d.Meta.Duration = cfg.Duration
		d.ComputeBudgets()
		talk.PlanFromRehearsals(d)
	}
	src, err := newSlides(d)
	if err != nil {
		return "", err
	}
	defer src.close()
	keys, keysErr := console.LoadKeymap()
	if keysErr != nil { // the defaults stay
		fmt.Fprintf(os.Stderr, "lectern: %v\n", keysErr)
	}
	a := newApp()
	result := ""
	r := newRehearsal(a, d, src, keys, time.Now, func(saved bool, msg string) {
		result = msg
		a.Quit()
	})
	r.w.Show()
	a.Lifecycle().SetOnStarted(r.start)
	go func() {
		for range time.Tick(250 * time.Millisecond) {
			fyne.Do(r.tick)
		}
	}()
	a.Run()
	if err := r.notSaved(); err != nil {
		return "", err
	}
	return result, nil
}
