package pdfpc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// outFile is the JSON format 2 layout, keys in pdfpc's order.
type outFile struct {
	Format          int       `json:"pdfpcFormat"`
	Duration        int       `json:"duration,omitempty"`
	StartTime       string    `json:"startTime,omitempty"`
	EndTime         string    `json:"endTime,omitempty"`
	LastMinutes     *int      `json:"lastMinutes,omitempty"`
	EndSlide        *int      `json:"endSlide,omitempty"`
	SavedSlide      *int      `json:"savedSlide,omitempty"`
	NotesPosition   string    `json:"notesPosition,omitempty"`
	DisableMarkdown bool      `json:"disableMarkdown"`
	NoteFontSize    int       `json:"noteFontSize,omitempty"`
	Pages           []outPage `json:"pages"`
}

type outPage struct {
	Idx           int             `json:"idx"`
	Label         json.RawMessage `json:"label"`
	Overlay       int             `json:"overlay"`
	ForcedOverlay bool            `json:"forcedOverlay"`
	Hidden        bool            `json:"hidden"`
	Note          string          `json:"note,omitempty"`
}

// Marshal encodes f as pdfpc JSON format 2, one page entry per line.
// Legacy notes (by user slide) are not representable and must have been
// turned into pages by the caller.
func Marshal(f *File) ([]byte, error) {
	o := outFile{
		Format:          2,
		Duration:        minutes(f.Duration),
		StartTime:       f.StartTime,
		EndTime:         f.EndTime,
		LastMinutes:     set(f.LastMinutes, f.LastSet || f.LastMinutes > 0),
		EndSlide:        set(f.EndSlide, f.EndSet),
		SavedSlide:      set(f.SavedSlide, f.SavedSet),
		NotesPosition:   f.NotesPosition,
		DisableMarkdown: f.DisableMarkdown,
		NoteFontSize:    f.NoteFontSize,
		Pages:           []outPage{},
	}
	var buf bytes.Buffer
	head, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	// Write the pages one per line, as pdfpc users diff these files.
	head = bytes.TrimSuffix(head, []byte(`[]}`))
	buf.Write(head)
	buf.WriteString("[")
	for i, p := range f.Pages {
		line, err := json.Marshal(outPage{Idx: p.Idx, Label: labelJSON(p), Overlay: p.Overlay,
			ForcedOverlay: p.ForcedOverlay, Hidden: p.Hidden, Note: p.Note})
		if err != nil {
			return nil, err
		}
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
		buf.Write(line)
	}
	buf.WriteString("\n]}\n")
	return buf.Bytes(), nil
}

// labelJSON writes a label as it was read: a number stays a number, since
// pdfpc looks up only string labels.
func labelJSON(p Page) json.RawMessage {
	if !p.LabelText && p.Label != "" {
		if _, err := strconv.ParseFloat(p.Label, 64); err == nil && json.Valid([]byte(p.Label)) {
			return json.RawMessage(p.Label)
		}
	}
	b, _ := json.Marshal(p.Label) // a string always encodes
	return b
}

// set is &n when the value is set, else nil (left out of the file).
func set(n int, ok bool) *int {
	if !ok {
		return nil
	}
	return &n
}

// minutes rounds a duration to whole minutes, at least 1 when it is set.
func minutes(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	m := int((d + 30*time.Second) / time.Minute)
	if m == 0 {
		m = 1
	}
	return m
}

// Write stores f at path as JSON format 2. It writes a temporary file in
// the same folder and renames it over path, so a crash never leaves half a
// file. A file already at path with other content is kept first as
// "<path>.bak" (replacing an older backup).
func Write(path string, f *File) error {
	data, err := Marshal(f)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	old, err := os.ReadFile(path)
	switch {
	case err == nil && bytes.Equal(old, data):
		return nil // nothing changed; leave the file and its backup alone
	case err == nil:
		if err := backup(path); err != nil {
			return fmt.Errorf("write %s: keep the old file as %s.bak: %w", path, filepath.Base(path), err)
		}
	case !os.IsNotExist(err):
		return fmt.Errorf("write %s: %w", path, err)
	}
	return writeAtomic(path, data) // its errors name path
}

// backup makes <path>.bak hold the current content of path, without ever
// leaving path missing: a hard link when the file system allows, else a copy.
func backup(path string) error {
	bak := path + ".bak"
	if err := os.Remove(bak); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Link(path, bak); err == nil {
		return nil
	}
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	return atomicfile.WriteMode(bak, st.Mode().Perm(), func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// writeAtomic replaces path with data, keeping the mode the user gave an
// existing file; a new file gets the mode the umask allows.
func writeAtomic(path string, data []byte) error {
	fill := func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
	if st, err := os.Stat(path); err == nil {
		return atomicfile.WriteMode(path, st.Mode().Perm(), fill)
	}
	return atomicfile.Write(path, atomicfile.DefaultPerm, fill)
}
