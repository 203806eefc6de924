// Package deck is the format-neutral model of a talk: slides, steps, notes,
// parts and time budgets. Markdown and PDF sources both produce a Deck; the
// presenter, timer, rehearsal and exporter only ever see this model.
package deck

import "time"

// Format names the kind of source a deck was read from.
type Format string

const (
	Markdown Format = "markdown"
	PDF      Format = "pdf"
)

// NotesSide says where Beamer put its "notes on second screen" half of each page.
type NotesSide string

const (
	NotesNone   NotesSide = ""
	NotesRight  NotesSide = "right"
	NotesLeft   NotesSide = "left"
	NotesBottom NotesSide = "bottom"
)

// DefaultWarn is how much time left turns the clock amber when a deck says nothing.
const DefaultWarn = 5 * time.Minute

// NoWarn as Meta.Warn: the deck asks for no amber warning (pdfpc's
// lastMinutes 0); the clock only turns red.
const NoWarn time.Duration = -1

// Meta is what the deck says about the whole talk.
type Meta struct {
	Title    string
	Author   string
	Duration time.Duration // 0: no duration, the clock counts up
	Warn     time.Duration // time left when the clock turns amber; 0: not set; NoWarn: never
	End      string        // wall-clock end "HH:MM", "" when not set; the clock counts down to it
	Start    string        // wall-clock start "HH:MM" (pdfpc startTime), "" when not set; the clock starts itself then
	EndSlide int           // 1-based last slide of the talk proper (pdfpc endSlide); later slides are backup, without budget; 0: the last
	Saved    int           // 1-based slide the speaker bookmarked (pdfpc savedSlide), offered on opening; 0 when none
	Theme    string        // "light" or "dark" (Markdown decks)
	ThemeSet *ThemeSpec    // the deck's own theme file (theme: NAME beside NAME.lectern-theme.toml), nil when none
	Aspect   float64       // width / height of a slide, e.g. 16/9
	Extra    map[string]any
}

// Deck is a loaded talk.
type Deck struct {
	Path      string // the file it was read from
	Format    Format
	Meta      Meta
	Slides    []Slide
	Parts     []Part
	Problems  []Problem
	NotesSide NotesSide // PDF: where the Beamer notes half is; NotesNone otherwise
	PageCount int       // PDF: number of pages in the file
	Sidecar   string    // path of the notes sidecar that was read, "" when none
	AllowDirs []string  // folders besides the deck's own the user let it read (--allow-dir)
	Hidden    []int     // PDF: 1-based pages the pdfpc file hides; they are in no slide's Pages
}

// Slide is one slide as the audience counts it; overlays and pauses are its steps.
type Slide struct {
	Number int    // 1-based
	Title  string // first heading (Markdown) or outline/text title (PDF)
	Label  string // page label (PDF) or the number as text
	Steps  int    // at least 1
	Pages  []int  // PDF: 1-based pages, one per step; empty for Markdown

	// Markdown sources only.
	Source string // the slide's text verbatim, as written between separators
	Body   string // what is shown: Source without notes and directives; "<!-- pause -->" kept
	Line   int    // 1-based line in the deck file where the slide starts
	Images []Image

	// Hints are layout settings the deck gave this slide that the drawing
	// may use and the Body does not show, keyed by the dialect's own name:
	// "background-color", "background-image" (reveal.js, Deckset), "class"
	// (remark, Quarto), "fit" (Deckset [fit] headings), "columns" (Quarto
	// widths, e.g. "40%,60%"), "column_layout" and "alignment" (presenterm)…
	// A value the deck repeats is the last one. Nil when there are none.
	Hints map[string]string

	Notes string // speaker notes, Markdown

	// StepNotes, when set, holds one note per step (pdfpc notes on overlay
	// pages): a step's own note, or Notes when it has none. Nil: Notes
	// for every step.
	StepNotes []string

	Budget       time.Duration
	BudgetSource BudgetSource
	TimeSet      bool // the deck gave this slide a `time:` budget

	Part int // 1-based part number
}

// Image is a picture a Markdown slide refers to.
type Image struct {
	Src     string // as written
	Alt     string
	Path    string // resolved local file, "" for remote images
	Remote  bool
	Missing bool
	Refused string // why the deck may not read it (deckfiles kind: outside-file, not-a-file), "" when it may
}

// NotesAt is the note shown at step (1-based) of the slide.
func (s *Slide) NotesAt(step int) string {
	if step >= 1 && step <= len(s.StepNotes) {
		return s.StepNotes[step-1]
	}
	return s.Notes
}

// BudgetSource says where a slide's time budget came from.
type BudgetSource string

const (
	BudgetNone      BudgetSource = "none"      // no duration, no directive
	BudgetDirective BudgetSource = "directive" // `time:` in the deck
	BudgetEven      BudgetSource = "even"      // what the duration leaves, spread evenly
	BudgetRehearsal BudgetSource = "rehearsal" // median of rehearsal runs, scaled
	BudgetBackup    BudgetSource = "backup"    // after the end slide (pdfpc endSlide): no share of the duration
)

// Part is a contiguous run of slides with a title and a budget.
type Part struct {
	Number int // 1-based
	Title  string
	First  int // first slide number
	Last   int // last slide number, inclusive
	Budget time.Duration
}

// Severity of a problem found while loading.
type Severity string

const (
	Warning Severity = "warning"
	Error   Severity = "error"
)

// Problem is something wrong in a deck that did not stop it from loading.
type Problem struct {
	Slide    int // 0 when it concerns the whole deck
	Severity Severity
	Kind     string // short machine name: "remote-image", "missing-image", "sidecar", …
	Message  string // a plain sentence for the speaker
}

// AddProblem records a problem found while loading.
func (d *Deck) AddProblem(slide int, sev Severity, kind, msg string) {
	d.Problems = append(d.Problems, Problem{Slide: slide, Severity: sev, Kind: kind, Message: msg})
}

// TotalSteps counts steps over all slides.
func (d *Deck) TotalSteps() int {
	n := 0
	for _, s := range d.Slides {
		n += s.Steps
	}
	return n
}

// PartOf returns the part holding slide number n (1-based), or nil.
func (d *Deck) PartOf(n int) *Part {
	for i := range d.Parts {
		if n >= d.Parts[i].First && n <= d.Parts[i].Last {
			return &d.Parts[i]
		}
	}
	return nil
}

// Slide returns slide number n (1-based), or nil when out of range.
func (d *Deck) Slide(n int) *Slide {
	if n < 1 || n > len(d.Slides) {
		return nil
	}
	return &d.Slides[n-1]
}

// NotesCount is how many slides carry speaker notes.
func (d *Deck) NotesCount() int {
	n := 0
	for _, s := range d.Slides {
		if s.Notes != "" {
			n++
		}
	}
	return n
}
