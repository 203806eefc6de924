package main

import (
	"encoding/json"
	"flag"
	"os"

	"github.com/lectern-app/lectern/internal/check"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
)

// checkCmd implements `lectern check DECK [--json] [--notes SIDE]`:
// exit 0 when fine, 1 with problems, 2 when the deck cannot be read.
func checkCmd(fs *flag.FlagSet) func(pos []string) int {
	allow := allowDirFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	notes := fs.String("notes", "", "Beamer notes half: right, left or bottom")
	return func(pos []string) int {
		var err error
		if len(pos) != 1 {
			return fail(2, "check needs exactly one deck file, e.g. lectern check talk.md")
		}
		side, err := source.ParseNotesSide(*notes)
		if err != nil {
			return fail(2, "check: %v", err)
		}
		path := pos[0]
		d, err := talk.Inspect(path, source.Options{Notes: side, AllowDirs: *allow}) // a check writes nothing
		if err != nil {
			return fail(2, "%v", err)
		}
		checkPictures(d)
		checkMedia(d)
		if *asJSON {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(check.Build(path, d)); err != nil {
				return fail(2, "check: %v", err)
			}
		} else {
			check.WriteSummary(os.Stdout, path, d)
		}
		return check.ExitCode(d)
	}
}
