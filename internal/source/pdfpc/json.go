package pdfpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// jsonFile accepts both the camelCase keys of pdfpc ≥ 4.5 and the
// snake_case keys of the 4.1–4.4 JSON files.
type jsonFile struct {
	Format          *flexInt   `json:"pdfpcFormat"`
	FormatOld       *flexInt   `json:"pdfpc_format"`
	Duration        *flexInt   `json:"duration"`
	StartTime       string     `json:"startTime"`
	StartTimeOld    string     `json:"start_time"`
	EndTime         string     `json:"endTime"`
	EndTimeOld      string     `json:"end_time"`
	LastMinutes     *flexInt   `json:"lastMinutes"`
	LastMinutesOld  *flexInt   `json:"last_minutes"`
	EndSlide        *flexInt   `json:"endSlide"`
	EndSlideOld     *flexInt   `json:"end_slide"`
	SavedSlide      *flexInt   `json:"savedSlide"`
	SavedSlideOld   *flexInt   `json:"saved_slide"`
	NotesPosition   string     `json:"notesPosition"`
	NotesPosOld     string     `json:"notes_position"`
	NoteFontSize    *flexInt   `json:"noteFontSize"`
	FontSizeOld     *flexInt   `json:"font_size"`
	DisableMarkdown *flexBool  `json:"disableMarkdown"`
	EnableMarkdown  *flexBool  `json:"enable_markdown"`
	Pages           []jsonPage `json:"pages"`
}

type jsonPage struct {
	Idx           *flexInt  `json:"idx"`
	Label         labelVal  `json:"label"`
	Overlay       *flexInt  `json:"overlay"`
	ForcedOverlay *flexBool `json:"forcedOverlay"`
	ForcedOld     *flexBool `json:"forced_overlay"`
	Hidden        *flexBool `json:"hidden"`
	Note          flexStr   `json:"note"`
}

func parseJSON(b []byte) (*File, error) {
	var j jsonFile
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("the pdfpc file is not valid JSON: %s", jsonProblem(b, err))
	}
	f := &File{
		Format:        pick(j.Format, j.FormatOld),
		StartTime:     strings.TrimSpace(or(j.StartTime, j.StartTimeOld)),
		EndTime:       strings.TrimSpace(or(j.EndTime, j.EndTimeOld)),
		LastMinutes:   pick(j.LastMinutes, j.LastMinutesOld),
		EndSlide:      pick(j.EndSlide, j.EndSlideOld),
		SavedSlide:    pick(j.SavedSlide, j.SavedSlideOld),
		EndSet:        j.EndSlide != nil || j.EndSlideOld != nil,
		SavedSet:      j.SavedSlide != nil || j.SavedSlideOld != nil,
		LastSet:       j.LastMinutes != nil || j.LastMinutesOld != nil,
		NotesPosition: strings.ToLower(strings.TrimSpace(or(j.NotesPosition, j.NotesPosOld))),
		NoteFontSize:  pick(j.NoteFontSize, j.FontSizeOld),
	}
	if f.Format == 0 {
		f.Format = 1
	}
	minutes := pick(j.Duration, nil)
	if minutes < 0 {
		return nil, fmt.Errorf("the pdfpc file gives a negative duration (%d minutes)", minutes)
	}
	f.Duration = f.boundMinutes("duration", minutes)
	f.boundLast("lastMinutes")
	switch {
	case j.DisableMarkdown != nil:
		f.DisableMarkdown = bool(*j.DisableMarkdown)
	case j.EnableMarkdown != nil:
		f.DisableMarkdown = !bool(*j.EnableMarkdown)
	}
	for i, p := range j.Pages {
		if p.Idx == nil && p.Label.s == "" {
			return nil, fmt.Errorf("page entry %d of the pdfpc file has neither idx nor label", i+1)
		}
		pg := Page{Idx: -1, Label: strings.TrimSpace(p.Label.s), Note: string(p.Note)}
		pg.LabelText = p.Label.text && pg.Label != ""
		if p.Idx != nil {
			pg.Idx = int(*p.Idx)
		}
		if p.Overlay != nil {
			pg.Overlay = int(*p.Overlay)
		}
		switch {
		case p.ForcedOverlay != nil:
			pg.ForcedOverlay = bool(*p.ForcedOverlay)
		case p.ForcedOld != nil:
			pg.ForcedOverlay = bool(*p.ForcedOld)
		}
		if p.Hidden != nil {
			pg.Hidden = bool(*p.Hidden)
		}
		f.Pages = append(f.Pages, pg)
	}
	return f, nil
}

// jsonProblem words a decoding error with its line number.
func jsonProblem(b []byte, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("%s on line %d", se.Error(), lineOf(b, se.Offset))
	case errors.As(err, &te):
		return fmt.Sprintf("%q should not be a %s (line %d)", te.Field, te.Value, lineOf(b, te.Offset))
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "it ends too early"
	}
	return err.Error()
}

func lineOf(b []byte, off int64) int {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	return bytes.Count(b[:off], []byte("\n")) + 1
}

func pick(a, b *flexInt) int {
	if a != nil {
		return int(*a)
	}
	if b != nil {
		return int(*b)
	}
	return 0
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// maxNumber is the largest number a sidecar may hold.
const maxNumber = 1e9

// flexInt accepts 3, 3.0 and "3".
type flexInt int

func (v *flexInt) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if s == "null" || s == "" {
		return nil
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsInf(f, 0) || math.Abs(f) > maxNumber {
		return fmt.Errorf("%s is not a number", b)
	}
	*v = flexInt(math.Round(f))
	return nil
}

// flexBool accepts true, "true", 1 and their opposites.
type flexBool bool

func (v *flexBool) UnmarshalJSON(b []byte) error {
	switch strings.ToLower(strings.Trim(string(b), `"`)) {
	case "true", "1", "yes":
		*v = true
	case "false", "0", "no", "null", "":
		*v = false
	default:
		return fmt.Errorf("%s is not true or false", b)
	}
	return nil
}

// flexStr accepts a string, a number (labels written as 3) or null.
type flexStr string

func (v *flexStr) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = flexStr(s)
		return nil
	}
	s := string(b)
	if s == "null" {
		return nil
	}
	if _, err := strconv.ParseFloat(s, 64); err != nil {
		return fmt.Errorf("%s is not text", b)
	}
	*v = flexStr(s)
	return nil
}

// labelVal is a page label as written: pdfpc looks pages up by label only
// when it is a JSON string; a number (as polylux writes) is kept as text
// but not used for the lookup.
type labelVal struct {
	s    string
	text bool
}

func (v *labelVal) UnmarshalJSON(b []byte) error {
	var f flexStr
	if err := f.UnmarshalJSON(b); err != nil {
		return err
	}
	v.s, v.text = string(f), len(b) > 0 && b[0] == '"'
	return nil
}
