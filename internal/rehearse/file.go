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
	"syscall"
	"time"
)

// Version is the history file format this package reads and writes.
const Version = 1

// History is the rehearsal record of one deck, oldest run first.
type History struct {
	Version int   `json:"version"`
	Runs    []Run `json:"runs"`
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
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) { // no folder, no file
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
