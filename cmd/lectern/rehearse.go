package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/ui"
)

// rehearseCmd implements `lectern rehearse DECK [--duration 30m] [--notes SIDE]`.
func rehearseCmd(fs *flag.FlagSet) func(pos []string) int {
	duration := fs.String("duration", "", "talk length when the deck gives none, e.g. 30m")
	notes := fs.String("notes", "", "Beamer notes half: right, left or bottom")
	allow := allowDirFlag(fs)
	return func(pos []string) int {
		var err error
		if len(pos) != 1 {
			return fail(2, "rehearse needs one deck file, e.g. lectern rehearse talk.md")
		}
		cfg := ui.Config{Deck: pos[0]}
		if cfg.Source.Notes, err = source.ParseNotesSide(*notes); err != nil {
			return fail(2, "%v", err)
		}
		cfg.Source.AllowDirs = *allow
		if *duration != "" {
			if cfg.Duration, err = deck.ParseDuration(*duration); err != nil {
				return fail(2, "--duration: %v", err)
			}
		}
		msg, err := ui.Rehearse(cfg)
		var notSaved *ui.RunNotSavedError
		if errors.As(err, &notSaved) {
			return fail(1, "%v", err)
		}
		if err != nil {
			return fail(2, "%v", err)
		}
		if msg != "" {
			fmt.Println(msg)
		}
		return 0
	}
}
