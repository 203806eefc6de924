package main

import (
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/pngout"
)

// imageFlags is `export --images png`: every slide (or step) as a picture
// instead of parts, with the export flags that still apply (-o, --steps,
// --force, --theme, --notes, --allow-dir).
type imageFlags struct {
	fs     *flag.FlagSet
	format *string
	width  *int
}

func addImageFlags(fs *flag.FlagSet) *imageFlags {
	return &imageFlags{
		fs:     fs,
		format: fs.String("images", "", "png: write each slide (each step with --steps) as a PNG picture, as Marp CLI's --images png, instead of parts"),
		width:  fs.Int("width", pngout.DefaultWidth, "with --images: picture width in pixels"),
	}
}

// partOnly are the export flags that mean nothing for pictures.
var partOnly = []string{"split", "max", "duration", "title-slides", "handout", "dry-run", "json"}

// asked reports whether --images was given (or --width, which needs it).
func (f *imageFlags) asked() bool {
	set := false
	f.fs.Visit(func(fl *flag.Flag) { set = set || fl.Name == "images" || fl.Name == "width" })
	return set
}

// run writes the pictures: into out, or a folder beside the deck named
// after it (talk.md → talk-png).
func (f *imageFlags) run(pos []string, out string, steps, force bool, theme, notes string, allow []string) int {
	if *f.format != "png" {
		return fail(2, "--images takes png (e.g. lectern export talk.md --images png)")
	}
	var wrong string
	f.fs.Visit(func(fl *flag.Flag) {
		for _, n := range partOnly {
			if fl.Name == n && wrong == "" {
				wrong = n
			}
		}
	})
	if wrong != "" {
		return fail(2, "--%s is for parts and cannot go with --images", wrong)
	}
	if len(pos) != 1 {
		return fail(2, "export needs one deck file, e.g. lectern export talk.md --images png")
	}
	if *f.width < 16 || *f.width > pngout.MaxWidth {
		return fail(2, "--width %d: give a width from 16 to %d pixels", *f.width, pngout.MaxWidth)
	}
	side, err := source.ParseNotesSide(notes)
	if err != nil {
		return fail(2, "%v", err)
	}
	d, err := talk.Open(pos[0], source.Options{Notes: side, TitlePages: 1, AllowDirs: allow})
	if err != nil {
		return fail(2, "%v", err)
	}
	start := time.Now()
	progress := newProgressLine(os.Stderr)
	ctx, stop := stopOnSignal()
	res, err := pngout.Export(ctx, d, pngout.Options{
		Dir: out, Width: *f.width, Steps: steps, Theme: theme, Force: force,
		Progress: func(done, total int) {
			if progress.tty {
				progress.shown = true
				fmt.Fprintf(progress.f, "\r\033[K%d of %d pictures (%3.0f%%)", done, total, 100*float64(done)/float64(total))
			}
		},
	})
	progress.done()
	if sig := stop(); err != nil {
		if sig != nil {
			return fail(128+int(sig.(syscall.Signal)), "%v", err)
		}
		return fail(2, "%v", err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(os.Stderr, "lectern: "+w)
	}
	fmt.Printf("%s: %s written to %s in %.1f s\n", pos[0], plural(len(res.Files), "picture"), res.Dir, time.Since(start).Seconds())
	return 0
}
