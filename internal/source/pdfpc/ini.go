package pdfpc

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	reSection = regexp.MustCompile(`^\[([A-Za-z_]+)\]$`)
	reHeading = regexp.MustCompile(`^###\s*([0-9]+)\s*$`)
	unescaper = strings.NewReplacer(`\[`, `[`, `\]`, `]`, `\#`, `#`)
)

// parseINI reads the legacy format of pdfpc ≤ 4.4: "[section]" lines, each
// followed by its value, and a final [notes] section of "### N" headings
// (N the 1-based user slide).
func parseINI(s string) (*File, error) {
	f := &File{Legacy: true}
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	known := 0
	for i := 0; i < len(lines); {
		m := reSection.FindStringSubmatch(strings.TrimSpace(lines[i]))
		if m == nil {
			if strings.TrimSpace(lines[i]) != "" && known == 0 {
				return nil, fmt.Errorf("line %d of the pdfpc file is outside any [section]", i+1)
			}
			i++
			continue
		}
		name := strings.ToLower(m[1])
		start := i + 1
		end := start
		if name == "notes" {
			end = len(lines) // the notes run to the end of the file
		} else {
			for end < len(lines) && !reSection.MatchString(strings.TrimSpace(lines[end])) {
				end++
			}
		}
		body := lines[start:end]
		i = end
		value := strings.TrimSpace(strings.Join(body, "\n"))
		if err := f.setINI(name, value, body, start+1); err != nil {
			return nil, err
		}
		known++
	}
	if known == 0 {
		return nil, fmt.Errorf("the pdfpc file has no [section] lines")
	}
	return f, nil
}

func (f *File) setINI(name, value string, body []string, line int) error {
	number := func() (int, error) {
		if value == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("[%s] on line %d of the pdfpc file should be a whole number, not %q", name, line-1, value)
		}
		// As the JSON reader, refuse numbers no sidecar holds; durations
		// are bounded (and reported) by boundMinutes instead.
		if n > maxNumber && name != "duration" && name != "last_minutes" {
			return 0, fmt.Errorf("[%s] on line %d of the pdfpc file is too large (%s)", name, line-1, value)
		}
		return n, nil
	}
	var err error
	switch name {
	case "file":
		f.PDF = value
	case "duration":
		var n int
		n, err = number()
		f.Duration = f.boundMinutes("[duration]", n)
	case "start_time":
		f.StartTime = value
	case "end_time":
		f.EndTime = value
	case "last_minutes":
		f.LastMinutes, err = number()
		f.LastSet = err == nil && value != ""
		f.boundLast("[last_minutes]")
	case "end_user_slide": // pdfpc ≤ 4.4 counted these from 1; File counts from 0
		f.EndSlide, err = number()
		f.EndSet = err == nil && f.EndSlide >= 1
		f.EndSlide = max(f.EndSlide-1, 0)
	case "last_saved_slide":
		f.SavedSlide, err = number()
		f.SavedSet = err == nil && f.SavedSlide >= 1
		f.SavedSlide = max(f.SavedSlide-1, 0)
	case "font_size":
		f.NoteFontSize, err = number()
		if f.NoteFontSize >= 1000 { // once stored in Pango units
			f.NoteFontSize /= 1024
		}
	case "notes_position":
		f.NotesPosition = strings.ToLower(value)
	case "skip":
		f.Skip, err = parseSkip(value, line)
	case "notes":
		f.SlideNotes, err = parseNotes(body, line)
	}
	return err
}

// parseSkip reads "3,5,9," (1-based pages that continue the slide before).
func parseSkip(v string, line int) ([]int, error) {
	var out []int
	for _, field := range strings.Split(v, ",") {
		field = strings.TrimSpace(field)
		if field == "" {
			continue
		}
		n, err := strconv.Atoi(field)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("[skip] on line %d of the pdfpc file lists %q, which is not a page number", line-1, field)
		}
		out = append(out, n)
	}
	return out, nil
}

// parseNotes reads "### N" headings and the text under each.
func parseNotes(body []string, line int) (map[int]string, error) {
	notes := map[int]string{}
	cur := 0
	var buf []string
	flush := func() {
		if cur > 0 {
			text := strings.TrimSpace(unescaper.Replace(strings.Join(buf, "\n")))
			if text != "" {
				if old := notes[cur]; old != "" {
					text = old + "\n\n" + text
				}
				notes[cur] = text
			}
		}
		buf = buf[:0]
	}
	for i, l := range body {
		if m := reHeading.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			n, err := strconv.Atoi(m[1])
			if err != nil || n < 1 {
				return nil, fmt.Errorf("line %d of the pdfpc file: %q does not name a slide (they count from 1)", line+i, strings.TrimSpace(l))
			}
			flush()
			cur = n
			continue
		}
		buf = append(buf, strings.TrimRight(l, " \t\r"))
	}
	flush()
	return notes, nil
}
