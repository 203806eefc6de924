package pngout

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// manifestSuffix names the list of pictures an export wrote, beside them:
// talk.images.json. It is how a later run tells its own files, which it may
// replace, from the user's, which it leaves alone.
const manifestSuffix = ".images.json"

// writtenBy marks a manifest as ours: a JSON file of the same name that
// lacks it is the user's and is never overwritten.
const writtenBy = "lectern export --images"

const maxManifest = 16 << 20

type entry struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

type manifestJSON struct {
	WrittenBy string  `json:"written_by"`
	Files     []entry `json:"files"`
}

// manifest is the list as read, updated after every file written.
type manifest struct {
	dir, path string
	files     map[string]entry
}

func openManifest(dir, base string) (*manifest, error) {
	m := &manifest{dir: dir, path: filepath.Join(dir, base+manifestSuffix), files: map[string]entry{}}
	st, err := os.Lstat(m.path)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", m.path, err)
	}
	if !st.Mode().IsRegular() || st.Size() > maxManifest {
		return nil, fmt.Errorf("%s is not a list of pictures Lectern wrote; move it or choose another folder", m.path)
	}
	data, err := os.ReadFile(m.path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", m.path, err)
	}
	var mj manifestJSON
	if err := json.Unmarshal(data, &mj); err != nil || mj.WrittenBy != writtenBy {
		return nil, fmt.Errorf("%s is not a list of pictures Lectern wrote; move it or choose another folder", m.path)
	}
	for _, e := range mj.Files {
		if e.Name == filepath.Base(e.Name) && !strings.HasPrefix(e.Name, ".") {
			m.files[e.Name] = e
		}
	}
	return m, nil
}

// check sees that every name about to be written is free or an unchanged
// file of an earlier run, and returns the earlier run's files this run will
// not write again (to remove at the end). force lets changed and unlisted
// files be replaced, and changed listed ones removed.
func (m *manifest) check(names []string, force bool) (stale []string, err error) {
	want := map[string]bool{}
	var conflicts []string
	for _, n := range names {
		want[n] = true
		path := filepath.Join(m.dir, n)
		st, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("check %s: %w", path, err)
		}
		if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("%s is in the way and is not a file; move it or choose another folder", path)
		}
		if e, ok := m.files[n]; !force && (!ok || !unchanged(path, e)) {
			conflicts = append(conflicts, n)
		}
	}
	for n, e := range m.files {
		if want[n] {
			continue
		}
		path := filepath.Join(m.dir, n)
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			delete(m.files, n)
			continue
		}
		if !force && !unchanged(path, e) {
			conflicts = append(conflicts, n)
			continue
		}
		stale = append(stale, n)
	}
	if len(conflicts) > 0 {
		sort.Strings(conflicts)
		shown := conflicts[:min(3, len(conflicts))]
		more := ""
		if len(conflicts) > len(shown) {
			more = fmt.Sprintf(" and %d more", len(conflicts)-len(shown))
		}
		return nil, fmt.Errorf("%s holds %s%s that an earlier image export did not write or that changed since; "+
			"nothing was written (use --force to replace them, or choose another folder with -o)",
			m.dir, strings.Join(shown, ", "), more)
	}
	sort.Strings(stale)
	return stale, nil
}

// unchanged tells whether the file at path is the one e lists.
func unchanged(path string, e entry) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() != e.Size {
		return false
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false
	}
	return hex.EncodeToString(h.Sum(nil)) == e.SHA256
}

// write writes one picture and lists it.
func (m *manifest) write(name string, data []byte) error {
	if err := atomicfile.WriteFile(filepath.Join(m.dir, name), data); err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	m.files[name] = entry{Name: name, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}
	return m.save()
}

// remove deletes an earlier run's pictures this run did not write again.
func (m *manifest) remove(names []string) error {
	if len(names) == 0 {
		return nil
	}
	for _, n := range names {
		if err := os.Remove(filepath.Join(m.dir, n)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("remove an earlier picture: %w", err)
		}
		delete(m.files, n)
	}
	return m.save()
}

func (m *manifest) save() error {
	mj := manifestJSON{WrittenBy: writtenBy, Files: make([]entry, 0, len(m.files))}
	for _, e := range m.files {
		mj.Files = append(mj.Files, e)
	}
	sort.Slice(mj.Files, func(i, j int) bool { return mj.Files[i].Name < mj.Files[j].Name })
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(mj); err != nil {
		return fmt.Errorf("write %s: %w", m.path, err)
	}
	return atomicfile.WriteFile(m.path, b.Bytes())
}
