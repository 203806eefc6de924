package rehearse

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// Version is the history file format this package reads and writes.
const Version = 1

// History is the rehearsal record of one deck, oldest run first.
type History struct {
	Version int   `json:"version"`
	Runs    []Run `json:"runs"`
}

// FilePath is where the runs of a deck are kept: next to it, named after it
// without its extension ("talk.md" → "talk.lectern.json").
func FilePath(deckPath string) string {
	dir, base := filepath.Split(deckPath)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return filepath.Join(dir, base+".lectern.json")
}

// LoadRuns reads the deck's rehearsal history. No file gives an empty history.
// A corrupt or future-version file is never overwritten: it is renamed aside
// (talk.lectern.json.corrupt-20261125T190000), a warning names both files, and
// an empty history is returned. The error is for files that cannot be read or
// moved at all.
func LoadRuns(deckPath string) (*History, []string, error) {
	return loadRuns(deckPath, time.Now())
}

func loadRuns(deckPath string, now time.Time) (*History, []string, error) {
	path := FilePath(deckPath)
	h, _, err := readHistory(path)
	var bad *badFileError
	if errors.As(err, &bad) {
		aside, err := setAside(path, bad.kind, now)
		if err != nil {
			return nil, nil, err
		}
		return &History{Version: Version}, []string{bad.warning(path, aside)}, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return h, nil, nil
}

// AppendRun adds a run to the deck's history. See SaveRun.
func AppendRun(deckPath string, run Run) error {
	_, err := SaveRun(deckPath, run)
	return err
}

// SaveRun adds a run to the deck's history. It reads the file again first, so
// runs written meanwhile by another window or process are kept, along with any
// fields this version does not know, then writes it atomically. If the file has become
// unreadable it is set aside as in LoadRuns and the warning is returned.
func SaveRun(deckPath string, run Run) ([]string, error) {
	return saveRun(deckPath, run, time.Now())
}

func saveRun(deckPath string, run Run, now time.Time) ([]string, error) {
	path := FilePath(deckPath)
	if err := run.check(); err != nil {
		return nil, fmt.Errorf("save run to %s: %w", path, err)
	}
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

// encodeHistory writes the version first, then fields this version does not
// know (kept as they were), then the runs, indented.
func encodeHistory(raw map[string]json.RawMessage, runs []json.RawMessage) ([]byte, error) {
	var keys []string
	for k := range raw {
		if k != "version" && k != "runs" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"version":%d`, Version)
	for _, k := range keys {
		name, _ := json.Marshal(k)
		b.WriteString(",")
		b.Write(name)
		b.WriteString(":")
		b.Write(raw[k])
	}
	b.WriteString(`,"runs":[`)
	for i, r := range runs {
		if i > 0 {
			b.WriteString(",")
		}
		b.Write(r)
	}
	b.WriteString("]}")
	var compact, pretty bytes.Buffer
	if err := json.Compact(&compact, b.Bytes()); err != nil {
		return nil, err
	}
	if err := json.Indent(&pretty, compact.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	pretty.WriteByte('\n')
	return pretty.Bytes(), nil
}

// badFileError says a history file exists but must not be overwritten.
type badFileError struct {
	kind   string // "corrupt" or "v2", "v3", …: goes into the set-aside name
	reason string // a plain sentence fragment
}

func (e *badFileError) Error() string { return e.reason }

func (e *badFileError) warning(path, aside string) string {
	return fmt.Sprintf("The rehearsal file %s %s; it was kept as %s and a new %s was started.",
		path, e.reason, aside, filepath.Base(path))
}

// readHistory reads and checks a history file. A missing or empty file is an
// empty history. It also returns the file's top-level fields as written.
func readHistory(path string) (*History, map[string]json.RawMessage, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &History{Version: Version}, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &History{Version: Version}, nil, nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, nil, &badFileError{"corrupt", "is not valid JSON (" + err.Error() + ")"}
	}
	var version int
	v, ok := raw["version"]
	if !ok || json.Unmarshal(v, &version) != nil {
		return nil, nil, &badFileError{"corrupt", "has no version number"}
	}
	if version > Version {
		return nil, nil, &badFileError{fmt.Sprintf("v%d", version),
			fmt.Sprintf("was written by a newer Lectern (format version %d, this one reads %d)", version, Version)}
	}
	if version != Version {
		return nil, nil, &badFileError{"corrupt", fmt.Sprintf("has an unknown format version %d", version)}
	}
	h := &History{Version: Version}
	if r, ok := raw["runs"]; ok && !isNull(r) {
		if err := json.Unmarshal(r, &h.Runs); err != nil {
			return nil, nil, &badFileError{"corrupt", "has runs that cannot be read (" + err.Error() + ")"}
		}
	}
	for i, run := range h.Runs {
		if err := run.check(); err != nil {
			return nil, nil, &badFileError{"corrupt", fmt.Sprintf("has a broken run %d: %v", i+1, err)}
		}
	}
	return h, raw, nil
}

func isNull(m json.RawMessage) bool { return string(bytes.TrimSpace(m)) == "null" }

// setAside renames a history file that must not be overwritten to a name
// that says why and when, never replacing an earlier one.
func setAside(path, kind string, now time.Time) (string, error) {
	base := path + "." + kind + "-" + now.UTC().Format("20060102T150405")
	aside := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(aside); errors.Is(err, fs.ErrNotExist) {
			break
		}
		aside = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Rename(path, aside); err != nil {
		return "", fmt.Errorf("keep unreadable rehearsal file %s aside: %w", path, err)
	}
	return aside, nil
}
