package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/source"
	pdfsource "github.com/lectern-app/lectern/internal/source/pdf"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/partpdf"
)

// exportCmd implements `lectern export DECK -o DIR [flags]`: the talk cut
// into parts, each ready to give on its own.
func exportCmd(fs *flag.FlagSet) func(pos []string) int {
	allow := allowDirFlag(fs)
	out := fs.String("o", "", "output folder")
	fs.StringVar(out, "out", "", "output folder")
	split := fs.String("split", "parts", "parts, sections, auto or slide ranges like 1-3,4-9")
	maxLen := fs.String("max", "", "longest part for --split auto, e.g. 20m")
	duration := fs.String("duration", "", "talk length when the deck gives none, e.g. 30m")
	titles := fs.Bool("title-slides", false, `add a "Part N of M" title slide to each part`)
	handout := fs.Bool("handout", false, "also write handout.pdf: each slide with its notes")
	steps := fs.Bool("steps", false, "Markdown decks: one PDF page per step instead of per slide")
	dry := fs.Bool("dry-run", false, "print the plan and write nothing")
	asJSON := fs.Bool("json", false, "print the plan or the written parts as JSON")
	force := fs.Bool("force", false, "write into a folder that holds other files, and replace an earlier export's files edited since")
	theme := fs.String("theme", "", "light or dark, for Markdown decks")
	notes := fs.String("notes", "", "Beamer notes half: right, left or bottom")
	images := addImageFlags(fs) // export_images.go
	return func(pos []string) int {
		if images.asked() {
			return images.run(pos, *out, *steps, *force, *theme, *notes, *allow)
		}
		var err error
		if len(pos) != 1 {
			return fail(2, "export needs one deck file, e.g. lectern export talk.md -o parts")
		}
		if *out == "" && !*dry {
			return fail(2, "export needs an output folder: -o DIR")
		}
		opt := export.PlanOptions{Split: *split}
		if *maxLen != "" {
			if opt.Max, err = deck.ParseDuration(*maxLen); err != nil {
				return fail(2, "--max: %v", err)
			}
		}
		if *duration != "" {
			if opt.Duration, err = deck.ParseDuration(*duration); err != nil {
				return fail(2, "--duration: %v", err)
			}
		}
		side, err := source.ParseNotesSide(*notes)
		if err != nil {
			return fail(2, "%v", err)
		}
		// Slide titles of a PDF come from page text, slow on long decks; parts
		// are named after their first slides, so only those are read, unless a
		// handout heads every slide with its title.
		titlePages := 1
		if *handout {
			titlePages = 0
		}
		d, err := talk.Open(pos[0], source.Options{Notes: side, TitlePages: titlePages, AllowDirs: *allow})
		if err != nil {
			return fail(2, "%v", err)
		}
		opt.Times = talk.RehearsedTimes(d)
		plan, err := export.Plan(d, opt)
		if err == nil && d.Format == deck.PDF {
			if filled, ferr := fillPartTitles(d, plan); ferr == nil && filled {
				plan, err = export.Plan(d, opt)
			}
		}
		if err != nil {
			return fail(2, "%v", err)
		}
		if *dry {
			if *asJSON {
				return printJSON(map[string]any{"parts": plan})
			}
			fmt.Printf("%s: %d parts (nothing written)\n", pos[0], len(plan))
			fmt.Print(export.Describe(plan))
			return 0
		}
		progress := newProgressLine(os.Stderr)
		start := time.Now()
		ctx, stop := stopOnSignal()
		res, err := export.ExportContext(ctx, d, plan, export.Options{
			Dir: *out, Force: *force, TitleSlides: *titles, Handout: *handout, Steps: *steps, Theme: *theme,
			Drawer: partpdf.Drawer{}, Progress: progress.show,
		})
		sig := stop()
		progress.done()
		if err != nil {
			if sig != nil {
				return fail(128+int(sig.(syscall.Signal)), "%v", err)
			}
			return fail(2, "%v", err)
		}
		for _, w := range res.Warnings {
			fmt.Fprintln(os.Stderr, "lectern: "+w)
		}
		if *asJSON {
			m, err := export.ReadManifest(res.Manifest)
			if err != nil {
				return fail(2, "%v", err)
			}
			return printJSON(m)
		}
		fmt.Printf("%s: %d parts written to %s in %.1f s\n", pos[0], len(res.Parts), res.Dir, time.Since(start).Seconds())
		for _, p := range res.Parts {
			fmt.Printf("  %-22s %s, %s\n", p.Slug, span(p.First, p.Last), plural(p.Pages, "page"))
		}
		return 0
	}
}

// stopOnSignal gives a context cancelled by the first SIGINT or SIGTERM, so
// the export stops and removes its temporary folder; a second signal ends
// the process as usual. stop ends the watch and says which signal came.
func stopOnSignal() (ctx context.Context, stop func() os.Signal) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	var got os.Signal
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case got = <-sigs:
			signal.Stop(sigs)
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() os.Signal {
		signal.Stop(sigs)
		cancel()
		<-done
		return got
	}
}

func printJSON(v any) int {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fail(2, "%v", err)
	}
	return 0
}

// span says "slide 4" or "slides 4-6".
func span(first, last int) string {
	if first == last {
		return fmt.Sprintf("slide %d", first)
	}
	return fmt.Sprintf("slides %d-%d", first, last)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// fillPartTitles reads the titles of the parts' first slides that Load left
// out, and reports whether it found any.
func fillPartTitles(d *deck.Deck, plan []export.PartPlan) (bool, error) {
	var firsts []int
	for _, p := range plan {
		if d.Slides[p.First-1].Title == "" {
			firsts = append(firsts, p.First)
		}
	}
	if len(firsts) == 0 {
		return false, nil
	}
	titles, err := pdfsource.LateTitlesOf(d, firsts)
	if err != nil {
		return false, err
	}
	filled := false
	for _, n := range firsts {
		if titles[n-1] != "" {
			d.Slides[n-1].Title = titles[n-1]
			filled = true
		}
	}
	return filled, nil
}
