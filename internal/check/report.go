// Package check summarises a loaded deck for `lectern check`: a human
// summary and a stable JSON shape a speaker's own CI can lint against.
package check

import (
	"math"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/timing"
)

// Report is the JSON shape of `lectern check --json`.
type Report struct {
	File      string    `json:"file"`
	Format    string    `json:"format"`
	Title     string    `json:"title"`
	Author    string    `json:"author,omitempty"`
	DurationS float64   `json:"duration_s"`
	WarnS     float64   `json:"warn_s"`
	AmberS    float64   `json:"amber_s"`               // time left when the clock turns amber (warn_s, or scaled to the talk when the deck names none)
	NoAmber   bool      `json:"never_amber,omitempty"` // the deck asks for no amber warning (pdfpc lastMinutes 0)
	Start     string    `json:"start,omitempty"`       // planned start "HH:MM" (pdfpc startTime): the clock starts itself
	End       string    `json:"end,omitempty"`
	EndSlide  int       `json:"end_slide,omitempty"`   // last slide of the talk (pdfpc endSlide); later ones are backup
	Saved     int       `json:"saved_slide,omitempty"` // bookmarked slide (pdfpc savedSlide), offered on opening
	ThemeFile string    `json:"theme_file,omitempty"`  // the deck's own theme file, when it names one that was read
	Pages     int       `json:"pages,omitempty"`
	Steps     int       `json:"steps"`
	NotesSide string    `json:"notes_side,omitempty"`
	Sidecar   string    `json:"sidecar,omitempty"`
	Slides    []Slide   `json:"slides"`
	Parts     []Part    `json:"parts"`
	Problems  []Problem `json:"problems"`
}

// Slide is one slide in the report.
type Slide struct {
	Number       int     `json:"number"`
	Title        string  `json:"title"`
	Steps        int     `json:"steps"`
	Pages        []int   `json:"pages"`
	Label        string  `json:"label"`
	Part         int     `json:"part"`
	BudgetS      float64 `json:"budget_s"`
	BudgetSource string  `json:"budget_source"`
	Notes        string  `json:"notes"`
}

// Part is one part in the report.
type Part struct {
	Number  int     `json:"number"`
	Title   string  `json:"title"`
	First   int     `json:"first"`
	Last    int     `json:"last"`
	BudgetS float64 `json:"budget_s"`
	AmberS  float64 `json:"amber_s,omitempty"` // a part played alone turns amber here
}

// Problem is one problem in the report.
type Problem struct {
	Slide    int    `json:"slide"`
	Severity string `json:"severity"`
	Kind     string `json:"kind"`
	Message  string `json:"message"`
}

// Build turns a deck into its report; file is the path as the user gave it.
func Build(file string, d *deck.Deck) Report {
	r := Report{
		File: file, Format: string(d.Format), Title: d.Meta.Title, Author: d.Meta.Author,
		DurationS: secs(d.Meta.Duration), WarnS: secs(max(d.Meta.Warn, 0)), AmberS: secs(max(AmberAt(d), 0)),
		NoAmber: d.Meta.Warn < 0, Start: d.Meta.Start, End: d.Meta.End, EndSlide: d.Meta.EndSlide, Saved: d.Meta.Saved,
		Pages: d.PageCount, Steps: d.TotalSteps(), NotesSide: string(d.NotesSide), Sidecar: d.Sidecar,
		Slides: []Slide{}, Parts: []Part{}, Problems: []Problem{},
	}
	if t := d.Meta.ThemeSet; t != nil {
		r.ThemeFile = t.File
	}
	for _, s := range d.Slides {
		pages := s.Pages
		if pages == nil {
			pages = []int{}
		}
		r.Slides = append(r.Slides, Slide{
			Number: s.Number, Title: s.Title, Steps: s.Steps, Pages: pages, Label: s.Label,
			Part: s.Part, BudgetS: roundSecs(s.Budget), BudgetSource: string(s.BudgetSource), Notes: s.Notes,
		})
	}
	for _, p := range d.Parts {
		r.Parts = append(r.Parts, Part{Number: p.Number, Title: p.Title, First: p.First, Last: p.Last, BudgetS: roundSecs(p.Budget), AmberS: partAmber(d, p)})
	}
	for _, p := range d.Problems {
		r.Problems = append(r.Problems, Problem{Slide: p.Slide, Severity: string(p.Severity), Kind: p.Kind, Message: p.Message})
	}
	return r
}

// partAmber is when a part's own clock turns amber, 0 without a budget.
func partAmber(d *deck.Deck, p deck.Part) float64 {
	if p.Budget <= 0 {
		return 0
	}
	return roundSecs(max(timing.PartWarn(d.Meta.Warn, p.Budget), 0))
}

func secs(d time.Duration) float64 { return d.Seconds() }

// roundSecs gives whole seconds: budgets are plans, not measurements.
func roundSecs(d time.Duration) float64 { return math.Round(d.Seconds()) }

// ExitCode is 0 for a clean deck and 1 for one that loaded with problems.
func ExitCode(d *deck.Deck) int {
	if len(d.Problems) > 0 {
		return 1
	}
	return 0
}
