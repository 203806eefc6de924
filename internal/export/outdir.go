package export

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/filelock"
)

// tmpPrefix starts the name of the folder an export is written into before
// it is renamed into place. Such folders left by a killed export are
// recognised as Lectern's and removed by the next successful export.
const tmpPrefix = ".lectern-tmp-"

// outDir is the output folder while an export is being written.
type outDir struct {
	dir     string          // absolute
	fresh   bool            // dir did not exist: tmp, beside it, becomes it
	tmp     string          // where everything is written first
	created []string        // missing parents of dir this export made, deepest first
	lock    *filelock.Lock  // held from openOut to close
	prev    *earlier        // the earlier export in dir; nil when fresh
	kept    map[string]bool // earlier part folders holding files Lectern did not write (--force)
	stale   []string        // leftover temporary folders of killed exports
}

// openOut locks dir, checks it may receive an export and makes the
// temporary folder. names are the part folders the export will write;
// guard lists the source deck's files, none of which may be inside
// something the export replaces. On error nothing is left behind.
func openOut(dir string, force bool, names, guard []string) (_ *outDir, err error) {
	if strings.TrimSpace(dir) == "" {
		return nil, errors.New("export: no output folder given (use -o DIR)")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	o := &outDir{dir: abs}
	defer func() {
		if err != nil {
			o.close()
		}
	}()
	// A folder that appears while the lock beside it is being taken is
	// looked at again, as an existing one.
	for range 3 {
		st, err := os.Stat(abs)
		switch {
		case err == nil && !st.IsDir():
			return nil, fmt.Errorf("export to %s: it is a file, not a folder", dir)
		case err == nil:
			if o.lock, err = takeLock(filepath.Join(abs, lockName), dir); err != nil {
				return nil, err
			}
			return o, o.openExisting(dir, force, names, guard)
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("export to %s: %w", dir, err)
		}
		parent, base := filepath.Dir(abs), filepath.Base(abs)
		if err := o.makeParents(parent); err != nil {
			return nil, fmt.Errorf("export to %s: cannot create the folder: %w", dir, err)
		}
		if o.lock, err = takeLock(filepath.Join(parent, ".lectern-export-"+base+".lock"), dir); err != nil {
			return nil, err
		}
		if _, err := os.Lstat(abs); err == nil {
			o.lock.Release()
			o.lock = nil
			continue
		}
		o.fresh = true
		if o.tmp, err = makeTemp(parent, tmpPrefix+base+"-"); err != nil {
			return nil, fmt.Errorf("export to %s: cannot write in %s: %w", dir, parent, err)
		}
		o.stale = staleTemps(parent, tmpPrefix+base+"-", o.tmp)
		return o, nil
	}
	return nil, busyError(dir)
}

// takeLock locks path, saying so plainly when another export holds it.
func takeLock(path, dir string) (*filelock.Lock, error) {
	l, err := filelock.Take(path)
	if errors.Is(err, filelock.ErrBusy) {
		return nil, busyError(dir)
	}
	if err != nil {
		return nil, fmt.Errorf("export to %s: cannot write there: %w", dir, err)
	}
	return l, nil
}

// openExisting checks an existing output folder: only an earlier Lectern
// export, unchanged since, is replaced without force; nothing Lectern did
// not write is ever replaced.
func (o *outDir) openExisting(dir string, force bool, names, guard []string) error {
	entries, err := os.ReadDir(o.dir)
	if err != nil {
		return fmt.Errorf("export to %s: %w", dir, err)
	}
	o.prev = readEarlier(o.dir)
	need := map[string]bool{ManifestName: true}
	for _, n := range names {
		need[n] = true
	}
	var foreign, clash []string
	for _, e := range entries {
		n := e.Name()
		switch {
		case n == lockName:
		case isRunTemp(n) && e.IsDir():
			o.stale = append(o.stale, filepath.Join(o.dir, n))
		case n == ManifestName && o.prev.manifest, o.prev.folders[n] && e.IsDir():
			o.prev.present = append(o.prev.present, n)
		default:
			foreign = append(foreign, n)
			if need[n] {
				clash = append(clash, n)
			}
		}
	}
	if len(foreign) > 0 && !force {
		return fmt.Errorf("export to %s: the folder holds files that are not a Lectern export (%s); choose an empty or new folder, or give --force to write beside them", dir, listNames(foreign, 3))
	}
	if len(clash) > 0 {
		return fmt.Errorf("export to %s: %s is not from an earlier Lectern export and this export needs that name; Lectern never replaces what it did not write, even with --force: move or rename it, or export to another folder", dir, listNames(clash, 3))
	}
	for _, g := range guard {
		ga, err := filepath.Abs(g)
		if err != nil {
			continue
		}
		for _, n := range o.prev.present {
			if inside(ga, filepath.Join(o.dir, n)) {
				return fmt.Errorf("export to %s: the deck's file %s is inside %s, which this export would replace; export to another folder", dir, g, filepath.Join(dir, n))
			}
		}
	}
	ch, err := o.prev.changes(o.dir)
	if err != nil {
		return fmt.Errorf("export to %s: %w", dir, err)
	}
	if len(ch.edited)+len(ch.added) > 0 && !force {
		return fmt.Errorf("export to %s: %s since Lectern wrote the earlier export there; give --force to replace the edited files (files Lectern did not write stay), or copy them elsewhere first", dir, ch.describe())
	}
	o.kept = ch.keptFolders()
	if o.tmp, err = makeTemp(o.dir, tmpPrefix); err != nil {
		return fmt.Errorf("export to %s: cannot write there: %w", dir, err)
	}
	return nil
}

// listNames is "a, b, c and 2 more", sorted.
func listNames(names []string, max int) string {
	names = append([]string(nil), names...)
	sort.Strings(names)
	list := strings.Join(names[:min(len(names), max)], ", ")
	if len(names) > max {
		list += fmt.Sprintf(" and %d more", len(names)-max)
	}
	return list
}

// makeParents makes the missing folders of path, noting each it made.
func (o *outDir) makeParents(path string) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	if up := filepath.Dir(path); up != path {
		if err := o.makeParents(up); err != nil {
			return err
		}
	}
	err := os.Mkdir(path, 0o777)
	if err == nil {
		o.created = append([]string{path}, o.created...)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	return err
}

// makeTemp makes a new folder prefix+random in dir with the mode the umask
// gives (os.MkdirTemp would fix 0700, and a fresh export's temporary
// folder becomes the output folder).
func makeTemp(dir, prefix string) (string, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+randomHex())
		err := os.Mkdir(name, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, err
	}
	return "", errors.New("no free temporary name")
}

const randomLen = 12

func randomHex() string {
	var b [randomLen / 2]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// staleTemps are the folders prefix+random in dir other than mine: what
// killed exports to the same folder left.
func staleTemps(dir, prefix, mine string) []string {
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		p := filepath.Join(dir, e.Name())
		if _, err := hex.DecodeString(rest); ok && err == nil && len(rest) == randomLen && e.IsDir() && p != mine {
			out = append(out, p)
		}
	}
	return out
}

// isRunTemp says whether name is a temporary folder an export into this
// folder makes: tmpPrefix and random hex (a fresh export's temporary
// folder beside its target has the target's name in it, and a dash).
func isRunTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, tmpPrefix)
	if !ok || rest == "" {
		return false
	}
	for _, c := range rest {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

// inside says whether path is root or lies under it.
func inside(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// close removes what this export wrote and did not commit, the parents it
// made for nothing, and releases the lock. It may be called more than once.
func (o *outDir) close() {
	if o.tmp != "" {
		os.RemoveAll(o.tmp)
		o.tmp = ""
	}
	o.lock.Release()
	o.lock = nil
	for _, p := range o.created {
		os.Remove(p) // only when empty
	}
	o.created = nil
}

// abort is close for an export that failed.
func (o *outDir) abort() { o.close() }
