package main

import (
	"errors"
	"flag"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/ui"
)

// present implements `lectern [present] [DECK] [flags]`.
func present(fs *flag.FlagSet) func(pos []string) int {
	duration := fs.String("duration", "", "talk length, e.g. 30m")
	warn := fs.String("warn", "", "time left that turns the clock amber, e.g. 5m")
	end := fs.String("end", "", "wall-clock end, e.g. 14:30")
	notes := fs.String("notes", "", "Beamer notes half: right, left or bottom")
	start := fs.Int("start", 0, "slide to start on")
	theme := fs.String("theme", "", "light or dark, for Markdown decks")
	allow := allowDirFlag(fs)
	return func(pos []string) int {
		var err error
		if len(pos) > 1 {
			return fail(2, "give one deck file, not %d", len(pos))
		}
		if *theme != "" && *theme != "light" && *theme != "dark" {
			return fail(2, "--theme must be light or dark, not %q", *theme)
		}
		cfg := ui.Config{Start: *start, Theme: *theme}
		if len(pos) == 1 {
			cfg.Deck = pos[0]
		}
		if cfg.Source.Notes, err = source.ParseNotesSide(*notes); err != nil {
			return fail(2, "%v", err)
		}
		cfg.Source.AllowDirs = *allow
		if *duration != "" {
			if cfg.Duration, err = deck.ParseDuration(*duration); err != nil {
				return fail(2, "--duration: %v", err)
			}
		}
		if *warn != "" {
			if cfg.Warn, err = deck.ParseDuration(*warn); err != nil {
				return fail(2, "--warn: %v", err)
			}
		}
		if *end != "" {
			if cfg.End, err = deck.ParseClock(*end); err != nil {
				return fail(2, "--end: %v", err)
			}
		}
		// Deck errors go to stderr as they happen, while the error window
		// shows them to a speaker who started Lectern without a terminal.
		cfg.OnStartError = func(err error) { fail(2, "%v", err) }
		var reported *ui.ReportedError
		switch err := ui.Present(cfg); {
		case errors.As(err, &reported):
			return 2
		case err != nil:
			return fail(2, "%v", err)
		}
		return 0
	}
}
