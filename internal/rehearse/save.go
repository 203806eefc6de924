package rehearse

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// Saved says where a run went.
type Saved struct {
	Path     string   // the history file now holding the run
	Fallback error    // why the deck's folder could not hold it; nil when it did
	Warnings []string // files set aside on the way
}

// Describe is the sentence telling the user where the run went.
func (s Saved) Describe(deckPath string, run Run) string {
	var msg string
	if s.Fallback == nil {
		msg = fmt.Sprintf("Rehearsal saved to %s: %s in all.", filepath.Base(s.Path), FormatClock(run.Total()))
	} else {
		msg = fmt.Sprintf("The folder of %s cannot be written (%s), so the rehearsal was saved to %s: %s in all. Lectern reads its runs from there too.",
			filepath.Base(deckPath), cause(s.Fallback), s.Path, FormatClock(run.Total()))
	}
	for _, w := range s.Warnings {
		msg += " " + w
	}
	return msg
}

// AppendRun adds a run to the deck's history. See SaveRun.
func AppendRun(deckPath string, run Run) error {
	_, err := SaveRun(deckPath, run)
	return err
}

// SaveRun adds a run to the deck's history beside the deck or, when that
// folder cannot be written, to its file in the data folder (DataPath), which
// LoadRuns reads too. The file is read again first, so runs written meanwhile
// by another window or process are kept, along with any fields this version
// does not know, then written atomically. A file that has become unreadable
// is set aside as in LoadRuns and the warning returned. The error means the
// run is in neither place.
func SaveRun(deckPath string, run Run) (Saved, error) {
	return saveRun(deckPath, run, time.Now())
}

func saveRun(deckPath string, run Run, now time.Time) (Saved, error) {
	beside := FilePath(deckPath)
	if err := run.check(); err != nil {
		return Saved{}, fmt.Errorf("save run to %s: %w", beside, err)
	}
	warnings, err := saveTo(beside, run, now)
	if err == nil {
		return Saved{Path: beside, Warnings: warnings}, nil
	}
	data, derr := DataPath(deckPath)
	if derr != nil {
		return Saved{}, fmt.Errorf("could not save the rehearsal to %s (%s) nor to the data folder (%w)", beside, cause(err), derr)
	}
	more, derr := saveInDataDir(data, run, now)
	if derr != nil {
		return Saved{}, fmt.Errorf("could not save the rehearsal to %s (%s) nor to %s (%s)", beside, cause(err), data, cause(derr))
	}
	return Saved{Path: data, Fallback: err, Warnings: append(warnings, more...)}, nil
}

func saveInDataDir(path string, run Run, now time.Time) ([]string, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return saveTo(path, run, now)
}

// SaveRunTo adds a run to the history file at path, wherever the user chose
// to keep it ("Save as…").
func SaveRunTo(path string, run Run) (Saved, error) {
	if err := run.check(); err != nil {
		return Saved{}, fmt.Errorf("save run to %s: %w", path, err)
	}
	warnings, err := saveTo(path, run, time.Now())
	if err != nil {
		return Saved{}, err
	}
	return Saved{Path: path, Warnings: warnings}, nil
}

// saveTo appends run to the history file at path.
func saveTo(path string, run Run, now time.Time) ([]string, error) {
	var warnings []string
	_, raw, err := readHistory(path)
	var bad *badFileError
	if errors.As(err, &bad) {
		aside, err := setAside(path, bad.kind, now)
		if err != nil {
			return nil, err
		}
		warnings = append(warnings, bad.warning(path, aside))
		raw = nil
	} else if err != nil {
		return nil, err
	}
	if raw == nil {
		raw = map[string]json.RawMessage{}
	}
	var runs []json.RawMessage
	if r, ok := raw["runs"]; ok && !isNull(r) {
		if err := json.Unmarshal(r, &runs); err != nil {
			return warnings, fmt.Errorf("read %s: runs: %w", path, err)
		}
	}
	enc, err := json.Marshal(run)
	if err != nil {
		return warnings, fmt.Errorf("save run to %s: %w", path, err)
	}
	runs = append(runs, enc)
	out, err := encodeHistory(raw, runs)
	if err != nil {
		return warnings, fmt.Errorf("save run to %s: %w", path, err)
	}
	return warnings, atomicfile.WriteFile(path, out)
}

// cause is the plain reason at the bottom of a file error ("permission
// denied", "read-only file system"), or the whole error when there is none.
func cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}
