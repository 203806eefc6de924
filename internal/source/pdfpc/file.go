// Package pdfpc reads and writes pdfpc sidecars (deck.pdfpc next to
// deck.pdf): the JSON format of pdfpc ≥ 4.5 (pdfpcFormat 1 and 2, and the
// snake_case keys of the 4.1–4.4 JSON), and the legacy INI format
// ([file], [duration], [notes] with "### N" headings, …). It writes JSON
// format 2 only.
package pdfpc

import (
	"fmt"
	"os"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// File is the content of a pdfpc sidecar.
type File struct {
	Format int  // pdfpcFormat as read (1 or 2); 0 for the legacy INI format
	Legacy bool // read from the legacy INI format

	PDF             string        // legacy [file]: the PDF's file name
	Duration        time.Duration // whole minutes; 0 when not set
	StartTime       string        // "HH:MM" as written, "" when not set
	EndTime         string        // "HH:MM" as written, "" when not set
	LastMinutes     int           // minutes left when the clock warns; valid when LastSet
	LastSet         bool          // the file gives lastMinutes (0 included: pdfpc then never warns)
	EndSlide        int           // last user slide of the talk, 0-based as pdfpc ≥ 4.5 counts (the INI's 1-based number less one); valid when EndSet
	SavedSlide      int           // bookmarked user slide, 0-based likewise; valid when SavedSet
	EndSet          bool          // the file gives endSlide
	SavedSet        bool          // the file gives savedSlide
	NotesPosition   string        // "right", "left", "bottom", "top", "none" or ""
	NoteFontSize    int           // 0 when not set
	DisableMarkdown bool

	Pages []Page // JSON: per-page entries

	// Refused are values read but not used, as plain sentences: a duration
	// or warning time over deck.MaxDuration is treated as not set.
	Refused []string

	// Legacy INI only.
	SlideNotes map[int]string // notes by 1-based user slide ("### N")
	Skip       []int          // 1-based pages marked as overlays ([skip])
}

// Page is one entry of the JSON "pages" array.
type Page struct {
	Idx           int    // page index as written (pdfpc writes it 0-based)
	Label         string // page label, "" when absent
	LabelText     bool   // the label was written as a JSON string (only then does pdfpc look it up)
	Overlay       int    // 0 for a slide's first page, 1 for the next, …
	ForcedOverlay bool   // the user merged this page into the previous slide
	Hidden        bool
	Note          string
}

// Read reads the sidecar at path in either format. Errors read
// "read <path>: <problem>".
func Read(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	f, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return f, nil
}

// Parse reads sidecar content in either format: JSON when it starts with
// "{", the legacy INI format when it starts with a "[section]" line.
func Parse(b []byte) (*File, error) {
	b = trimBOM(b)
	switch first := firstByte(b); first {
	case '{':
		return parseJSON(b)
	case '[':
		return parseINI(string(b))
	case 0:
		return nil, fmt.Errorf("the pdfpc file is empty")
	default:
		return nil, fmt.Errorf("the pdfpc file is neither JSON nor the older [section] format (it starts with %q)", first)
	}
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

func firstByte(b []byte) byte {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}

// boundMinutes turns a count of minutes into a duration, refusing (as 0,
// with a note in f.Refused) one over deck.MaxDuration before it can
// overflow a time.Duration.
func (f *File) boundMinutes(key string, minutes int) time.Duration {
	if minutes <= 0 {
		return 0
	}
	if int64(minutes) > int64(deck.MaxDuration/time.Minute) {
		f.Refused = append(f.Refused, fmt.Sprintf("%s %d minutes is longer than 24 hours, so it is ignored", key, minutes))
		return 0
	}
	return time.Duration(minutes) * time.Minute
}

// boundLast keeps lastMinutes within 0..24 h: a negative value or one over
// deck.MaxDuration is not set (and noted in Refused); 0 stays set, since
// pdfpc then never warns.
func (f *File) boundLast(key string) {
	if f.LastMinutes < 0 {
		f.Refused = append(f.Refused, fmt.Sprintf("%s %d is negative, so it is ignored", key, f.LastMinutes))
		f.LastMinutes, f.LastSet = 0, false
	}
	if f.LastMinutes > 0 {
		f.LastMinutes = int(f.boundMinutes(key, f.LastMinutes) / time.Minute)
		f.LastSet = f.LastMinutes > 0
	}
}
