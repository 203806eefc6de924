package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/rehearse"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/chart"
)

// reportCmd implements `lectern report DECK [--png FILE] [--runs N]`: the
// rehearsal report as text, and as a chart with --png.
func reportCmd(fs *flag.FlagSet) func(pos []string) int {
	allow := allowDirFlag(fs)
	png := fs.String("png", "", "write the chart to this PNG file")
	runs := fs.Int("runs", rehearse.DefaultRuns, "how many recent runs to compare")
	width := fs.Int("width", chart.MinPNGWidth, "PNG width in pixels (at least 1600)")
	return func(pos []string) int {
		var err error
		if len(pos) != 1 {
			return fail(2, "report needs one deck file, e.g. lectern report talk.md --png report.png")
		}
		d, err := talk.Open(pos[0], source.Options{AllowDirs: *allow})
		if err != nil {
			return fail(2, "%v", err)
		}
		h, warnings, err := rehearse.LoadRuns(d.Path)
		if err != nil {
			return fail(2, "%v", err)
		}
		for _, w := range warnings {
			fmt.Fprintln(os.Stderr, "lectern: "+w)
		}
		recent := rehearse.Runs(d, h, *runs)
		files := rehearse.Files(d.Path) // beside the deck, and the data folder when its folder was read-only
		if len(files) == 0 {
			files = []string{rehearse.FilePath(d.Path)}
		}
		fmt.Printf("%s: %d rehearsal runs in %s", pos[0], len(h.Runs), strings.Join(files, " and "))
		if len(recent) < len(h.Runs) {
			fmt.Printf(" (%d match this deck's %d slides)", len(recent), len(d.Slides))
		}
		fmt.Println()
		for i, r := range recent {
			fmt.Printf("  run %d  %s  %s\n", len(h.Runs)-len(recent)+i+1, r.Started.Local().Format("2006-01-02 15:04"), rehearse.FormatClock(r.Total()))
		}
		s := rehearse.Suggest(d, h)
		for _, line := range s.Lines {
			fmt.Println("  " + line)
		}
		if *png != "" {
			start := time.Now()
			if err := chart.WritePNG(*png, d, h, *runs, *width); err != nil {
				return fail(2, "%v", err)
			}
			fmt.Printf("Chart written to %s (%d ms).\n", *png, time.Since(start).Milliseconds())
		}
		if len(h.Runs) == 0 {
			fmt.Printf("No runs yet: rehearse with `lectern rehearse %s`.\n", pos[0])
		}
		return 0
	}
}
