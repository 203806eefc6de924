package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// commit moves the finished parts (folders in o.tmp named names) and the
// manifest into place. What they replace is first moved aside into the
// temporary folder, so a failure half-way puts everything back as it was.
// Files Lectern did not write are never moved: a part folder holding some
// (kept, with --force) gets the new files beside them.
func (o *outDir) commit(names []string) error {
	if o.fresh {
		if err := os.Rename(o.tmp, o.dir); err != nil {
			return fmt.Errorf("export to %s: %w; nothing was written", o.dir, err)
		}
		o.tmp = ""
		o.created = nil
		atomicfile.SyncDir(filepath.Dir(o.dir))
		removeAll(o.stale)
		return nil
	}
	if err := o.checkKept(names); err != nil {
		return err
	}
	trash := filepath.Join(o.tmp, ".replaced")
	j := &journal{}
	if err := o.swap(j, trash, names); err != nil {
		j.undo()
		return fmt.Errorf("export to %s: %w; the folder is as it was", o.dir, err)
	}
	for top := range o.kept {
		o.removeEmptyDirs(top)
	}
	atomicfile.SyncDir(o.dir)
	os.RemoveAll(o.tmp)
	o.tmp = ""
	removeAll(o.stale)
	return nil
}

// checkKept refuses, before anything moves, a new file that would land on
// a file Lectern did not write in a kept folder.
func (o *outDir) checkKept(names []string) error {
	for _, n := range names {
		if !o.kept[n] {
			continue
		}
		for _, rel := range filesUnder(o.tmp, n) {
			_, ours := o.prev.files[rel]
			if _, err := os.Lstat(filepath.Join(o.dir, filepath.FromSlash(rel))); err == nil && !ours {
				return fmt.Errorf("export to %s: %s was not written by Lectern and this export would replace it; move or rename it, or export to another folder", o.dir, rel)
			}
		}
	}
	return nil
}

// swap moves the earlier export aside into trash and the new one into place.
func (o *outDir) swap(j *journal, trash string, names []string) error {
	if err := os.Mkdir(trash, 0o777); err != nil {
		return err
	}
	for _, top := range o.prev.present {
		if top == ManifestName || !o.kept[top] {
			if err := j.rename(filepath.Join(o.dir, top), filepath.Join(trash, top)); err != nil {
				return err
			}
			continue
		}
		for _, rel := range o.prev.ownFilesIn(o.dir, top) {
			if err := j.move(o.dir, trash, rel); err != nil {
				return err
			}
		}
	}
	for _, n := range names {
		if _, err := os.Lstat(filepath.Join(o.dir, n)); errors.Is(err, fs.ErrNotExist) {
			if err := j.rename(filepath.Join(o.tmp, n), filepath.Join(o.dir, n)); err != nil {
				return err
			}
			continue
		}
		for _, rel := range filesUnder(o.tmp, n) {
			if err := j.move(o.tmp, o.dir, rel); err != nil {
				return err
			}
		}
	}
	return j.rename(filepath.Join(o.tmp, ManifestName), filepath.Join(o.dir, ManifestName))
}

// removeEmptyDirs removes the folders under top that held the earlier
// export's files and are empty now, deepest first; top itself too.
func (o *outDir) removeEmptyDirs(top string) {
	seen := map[string]bool{}
	var dirs []string
	for rel := range o.prev.files {
		for d := filepath.Dir(filepath.FromSlash(rel)); d != "." && strings.HasPrefix(filepath.ToSlash(d)+"/", top+"/"); d = filepath.Dir(d) {
			if !seen[d] {
				seen[d] = true
				dirs = append(dirs, d)
			}
		}
	}
	sort.Slice(dirs, func(a, b int) bool { return len(dirs[a]) > len(dirs[b]) })
	for _, d := range dirs {
		os.Remove(filepath.Join(o.dir, d)) // fails, as it should, when not empty
	}
}

// filesUnder lists the files under root/top as slash paths relative to root.
func filesUnder(root, top string) []string {
	var out []string
	filepath.WalkDir(filepath.Join(root, top), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if rel, err := filepath.Rel(root, p); err == nil {
				out = append(out, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	return out
}

func removeAll(paths []string) {
	for _, p := range paths {
		os.RemoveAll(p)
	}
}

// journal records renames and the folders made for them, to undo them.
type journal struct {
	ops []journalOp
}

type journalOp struct {
	from, to string // a rename; to alone: a folder made
}

func (j *journal) rename(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	j.ops = append(j.ops, journalOp{from: from, to: to})
	return nil
}

// move renames the file rel from one root to the other, making its folders.
func (j *journal) move(fromRoot, toRoot, rel string) error {
	to := filepath.Join(toRoot, filepath.FromSlash(rel))
	if err := j.mkdirAll(filepath.Dir(to)); err != nil {
		return err
	}
	if _, err := os.Lstat(to); err == nil {
		return fmt.Errorf("%s is in the way", rel)
	}
	return j.rename(filepath.Join(fromRoot, filepath.FromSlash(rel)), to)
}

func (j *journal) mkdirAll(dir string) error {
	if st, err := os.Lstat(dir); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s is not a folder", dir)
		}
		return nil
	}
	if err := j.mkdirAll(filepath.Dir(dir)); err != nil {
		return err
	}
	if err := os.Mkdir(dir, 0o777); err != nil {
		return err
	}
	j.ops = append(j.ops, journalOp{to: dir})
	return nil
}

// undo puts back what was done, last first.
func (j *journal) undo() {
	for i := len(j.ops) - 1; i >= 0; i-- {
		op := j.ops[i]
		if op.from == "" {
			os.Remove(op.to)
		} else {
			os.Rename(op.to, op.from)
		}
	}
}
