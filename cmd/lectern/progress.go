package main

import (
	"fmt"
	"os"

	"github.com/lectern-app/lectern/internal/export"
)

// progressLine shows export progress per slide on one terminal line; when
// stderr is not a terminal it stays quiet (logs want results, not bars).
type progressLine struct {
	f     *os.File
	tty   bool
	shown bool
}

func newProgressLine(f *os.File) *progressLine {
	st, err := f.Stat()
	return &progressLine{f: f, tty: err == nil && st.Mode()&os.ModeCharDevice != 0}
}

func (p *progressLine) show(pr export.Progress) {
	if !p.tty {
		return
	}
	p.shown = true
	fmt.Fprintf(p.f, "\r\033[Kpart %d/%d, slide %d: %d of %d slides (%3.0f%%) %s",
		pr.Part, pr.Parts, pr.Slide, pr.Done, pr.Total, 100*pr.Fraction(), pr.Stage)
}

func (p *progressLine) done() {
	if p.shown {
		fmt.Fprint(p.f, "\r\033[K")
	}
}
