package export

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// tmpPrefix starts the name of the folder an export is written into before
// it is renamed into place. Such folders left by a killed export are
// recognised as Lectern's and removed by the next successful export.
const tmpPrefix = ".lectern-tmp-"

// outDir is the output folder while an export is being written.
type outDir struct {
	dir     string   // absolute
	tmp     string   // dir/.lectern-tmp-XXXX, where everything is written first
	replace []string // top-level names in dir the commit replaces
	stale   []string // leftover temporary folders of killed exports
}

// openOut checks dir may receive an export and makes its temporary folder.
// names are the part folders the export will write; guard lists the source
// deck's files, none of which may be inside something the export replaces.
func openOut(dir string, force bool, names, guard []string) (*outDir, error) {
	if strings.TrimSpace(dir) == "" {
		return nil, errors.New("export: no output folder given (use -o DIR)")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	st, err := os.Stat(abs)
	switch {
	case err == nil && !st.IsDir():
		return nil, fmt.Errorf("export to %s: it is a file, not a folder", dir)
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(abs, 0o755); err != nil {
			return nil, fmt.Errorf("export to %s: cannot create the folder: %w", dir, err)
		}
	case err != nil:
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	ours := map[string]bool{}
	manifest := false
	if m, err := ReadManifest(filepath.Join(abs, ManifestName)); err == nil {
		manifest = true
		for _, f := range m.folders() {
			ours[f] = true
		}
	}
	o := &outDir{dir: abs}
	present := map[string]bool{}
	var foreign []string
	for _, e := range entries {
		n := e.Name()
		present[n] = true
		switch {
		case strings.HasPrefix(n, tmpPrefix) && e.IsDir():
			o.stale = append(o.stale, n)
		case n == ManifestName && manifest, ours[n] && e.IsDir():
		default:
			foreign = append(foreign, n)
		}
	}
	if len(foreign) > 0 && !force {
		sort.Strings(foreign)
		list := strings.Join(foreign[:min(len(foreign), 3)], ", ")
		if len(foreign) > 3 {
			list += fmt.Sprintf(" and %d more", len(foreign)-3)
		}
		return nil, fmt.Errorf("export to %s: the folder holds files that are not a Lectern export (%s); choose an empty or new folder, or give --force to write beside them", dir, list)
	}
	// Replace the previous export's folders, and with --force whatever has
	// a name the new export needs.
	repl := map[string]bool{}
	for n := range ours {
		if present[n] {
			repl[n] = true
		}
	}
	for _, n := range append([]string{ManifestName}, names...) {
		if present[n] {
			repl[n] = true
		}
	}
	for n := range repl {
		o.replace = append(o.replace, n)
	}
	sort.Strings(o.replace)
	for _, g := range guard {
		ga, err := filepath.Abs(g)
		if err != nil {
			continue
		}
		for _, n := range o.replace {
			if inside(ga, filepath.Join(abs, n)) {
				return nil, fmt.Errorf("export to %s: the deck's file %s is inside %s, which this export would replace; export to another folder", dir, g, filepath.Join(dir, n))
			}
		}
	}
	if o.tmp, err = os.MkdirTemp(abs, tmpPrefix); err != nil {
		return nil, fmt.Errorf("export to %s: cannot write there: %w", dir, err)
	}
	return o, nil
}

// inside says whether path is root or lies under it.
func inside(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// abort removes everything this export wrote.
func (o *outDir) abort() { os.RemoveAll(o.tmp) }

// commit moves the finished parts (folders in o.tmp named names) and the
// manifest into place. What they replace is first moved aside into the
// temporary folder, so a failure half-way puts everything back as it was.
func (o *outDir) commit(names []string) error {
	trash := filepath.Join(o.tmp, ".replaced")
	if err := os.Mkdir(trash, 0o755); err != nil {
		return fmt.Errorf("export to %s: %w", o.dir, err)
	}
	var moved, placed []string
	undo := func(err error) error {
		for i := len(placed) - 1; i >= 0; i-- {
			os.Rename(filepath.Join(o.dir, placed[i]), filepath.Join(o.tmp, placed[i]))
		}
		for i := len(moved) - 1; i >= 0; i-- {
			os.Rename(filepath.Join(trash, moved[i]), filepath.Join(o.dir, moved[i]))
		}
		return fmt.Errorf("export to %s: %w; the folder is as it was", o.dir, err)
	}
	for _, n := range o.replace {
		if err := os.Rename(filepath.Join(o.dir, n), filepath.Join(trash, n)); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			return undo(err)
		}
		moved = append(moved, n)
	}
	for _, n := range append(append([]string(nil), names...), ManifestName) {
		if err := os.Rename(filepath.Join(o.tmp, n), filepath.Join(o.dir, n)); err != nil {
			return undo(err)
		}
		placed = append(placed, n)
	}
	os.RemoveAll(o.tmp)
	for _, s := range o.stale {
		os.RemoveAll(filepath.Join(o.dir, s))
	}
	return nil
}
