package export

// Options say where and what Export writes.
type Options struct {
	// Dir is the output folder. It must not exist, be empty, or hold a
	// previous Lectern export (a parts.json written by Export) unchanged
	// since; anything else is refused unless Force.
	Dir string
	// Force writes into a folder that holds other files, beside them, and
	// replaces files of the previous export edited since. Files it did not
	// write are never removed: a part name they already use is refused.
	Force bool
	// TitleSlides puts a "Part N of M" slide before each part's slides.
	TitleSlides bool
	// Handout writes handout.pdf in each part: every slide with its notes.
	Handout bool
	// Ink, when set, draws these pen strokes (by slide number) over their
	// slides in the handout: what the speaker drew during the talk.
	Ink map[int][]Stroke
	// Steps makes a Markdown deck's PDF one page per step (pauses
	// revealed one by one) instead of one page per slide, fully revealed.
	Steps bool
	// Theme overrides the deck's theme for Markdown PDFs ("light", "dark").
	Theme string
	// Drawer draws Markdown slides, title slides and handouts
	// (render/partpdf). Without one, only a PDF deck's pages can be copied:
	// any export that must draw is refused before anything is written.
	Drawer Drawer
	// Progress, when set, is called as the export advances: once per
	// slide written and once when the output is in place. It is called
	// from the goroutine that called Export.
	Progress func(Progress)
}

// Progress reports how far an export is.
type Progress struct {
	Part, Parts int    // part being written (1-based) and how many in all
	Slide       int    // deck number of the slide just written; 0 for other steps
	Done, Total int    // slides written so far and in all, over every part
	Stage       string // "slides", "notes", "markdown", "handout", "commit", "done"
}

// Fraction is Done/Total between 0 and 1.
func (p Progress) Fraction() float64 {
	if p.Total <= 0 {
		return 0
	}
	return float64(p.Done) / float64(p.Total)
}

// Result is what an export wrote.
type Result struct {
	Dir      string       // the output folder, absolute
	Manifest string       // path of parts.json
	Parts    []PartResult // in order
	Warnings []string     // things the speaker should know; nothing failed
}

// PartResult is one written part.
type PartResult struct {
	PartPlan
	Dir   string   // the part's folder, absolute
	Files []string // relative to Result.Dir, slash-separated, e.g. "01-why-offline/slides.pdf"
	Pages int      // pages in slides.pdf
}
