package export

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// earlier is what a previous export left in the output folder, as its
// parts.json tells.
type earlier struct {
	manifest bool                   // a Lectern parts.json is there
	files    map[string]WrittenFile // the files it wrote, by slash path
	folders  map[string]bool        // the top-level folders they are in
	present  []string               // of folders and parts.json, those in the folder now
}

func readEarlier(dir string) *earlier {
	e := &earlier{files: map[string]WrittenFile{}, folders: map[string]bool{}}
	m, err := ReadManifest(filepath.Join(dir, ManifestName))
	if err != nil {
		return e
	}
	e.manifest = true
	e.files = m.files()
	for _, f := range m.folders() {
		e.folders[f] = true
	}
	return e
}

// changes lists what differs in the earlier export's folders from what it
// wrote: files edited since (a different size or hash) and files added.
type changes struct {
	edited, added []string // slash paths
}

func (e *earlier) changes(dir string) (changes, error) {
	var c changes
	for _, top := range e.present {
		if !e.folders[top] {
			continue
		}
		err := filepath.WalkDir(filepath.Join(dir, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			rel = filepath.ToSlash(rel)
			w, ours := e.files[rel]
			if !ours || !d.Type().IsRegular() {
				c.added = append(c.added, rel)
				return nil
			}
			if w.Size < 0 {
				return nil // an older parts.json: no hash to compare with
			}
			now, err := hashFile(p)
			if err != nil {
				return err
			}
			if now.Size != w.Size || now.SHA256 != w.SHA256 {
				c.edited = append(c.edited, rel)
			}
			return nil
		})
		if err != nil {
			return c, fmt.Errorf("read the earlier export: %w", err)
		}
	}
	return c, nil
}

// describe says what changed in one sentence fragment.
func (c changes) describe() string {
	var parts []string
	if len(c.edited) > 0 {
		parts = append(parts, listNames(c.edited, 5)+" "+was(len(c.edited))+" edited")
	}
	if len(c.added) > 0 {
		parts = append(parts, listNames(c.added, 5)+" "+was(len(c.added))+" added")
	}
	return strings.Join(parts, " and ")
}

func was(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// keptFolders are the top-level folders holding added files: with --force
// they stay, holding those files, and only the earlier export's files in
// them are replaced.
func (c changes) keptFolders() map[string]bool {
	out := map[string]bool{}
	for _, a := range c.added {
		top, _, _ := strings.Cut(a, "/")
		out[top] = true
	}
	return out
}

// ownFilesIn are the earlier export's files under top that are still
// regular files there, sorted.
func (e *earlier) ownFilesIn(dir, top string) []string {
	var out []string
	for rel := range e.files {
		if !strings.HasPrefix(rel, top+"/") {
			continue
		}
		if st, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(rel))); err == nil && st.Mode().IsRegular() && !symlinkOnPath(dir, rel) {
			out = append(out, rel)
		}
	}
	sort.Strings(out)
	return out
}

// symlinkOnPath says whether a folder between dir and rel is a symbolic
// link: moving rel would then reach outside the output folder.
func symlinkOnPath(dir, rel string) bool {
	parts := strings.Split(rel, "/")
	p := dir
	for _, part := range parts[:len(parts)-1] {
		p = filepath.Join(p, part)
		st, err := os.Lstat(p)
		if err != nil || !st.IsDir() {
			return true
		}
	}
	return false
}
