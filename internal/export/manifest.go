package export

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// ManifestName is the summary Export writes at the top of the output
// folder; it also marks the folder as a Lectern export.
const ManifestName = "parts.json"

// generator is the marker value of a manifest's "generator" key.
const generator = "lectern"

// Manifest is the content of parts.json.
type Manifest struct {
	Generator string          `json:"generator"`
	Source    string          `json:"source,omitempty"` // the deck's file name
	Parts     []ManifestEntry `json:"parts"`
	// Written is every file the export wrote (parts.json aside), so the
	// next export can tell what the user added or changed since.
	Written []WrittenFile `json:"written,omitempty"`
}

// ManifestEntry describes one part in parts.json.
type ManifestEntry struct {
	Number  int      `json:"number"`
	Title   string   `json:"title"`
	First   int      `json:"first"`
	Last    int      `json:"last"`
	BudgetS int64    `json:"budget_s"`
	Files   []string `json:"files"`
}

// WrittenFile is one file an export wrote, as it was when written.
type WrittenFile struct {
	Path   string `json:"path"` // slash-separated, relative to the output folder
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"` // hex
}

// ownPath says whether rel (slash-separated) can be a file an export wrote:
// inside a part folder, never above the output folder or in a hidden one.
func ownPath(rel string) bool {
	if rel == "" || strings.Contains(rel, `\`) || !filepath.IsLocal(filepath.FromSlash(rel)) || path.Clean(rel) != rel {
		return false
	}
	top, rest, ok := strings.Cut(rel, "/")
	return ok && rest != "" && !strings.HasPrefix(top, ".")
}

// files are the manifest's files by path. An older manifest without
// Written gives its part files with no hash: their edits cannot be seen.
func (m *Manifest) files() map[string]WrittenFile {
	out := map[string]WrittenFile{}
	for _, p := range m.Parts {
		for _, f := range p.Files {
			if f = filepath.ToSlash(f); ownPath(f) {
				out[f] = WrittenFile{Path: f, Size: -1}
			}
		}
	}
	for _, w := range m.Written {
		if ownPath(w.Path) {
			out[w.Path] = w
		}
	}
	return out
}

// folders are the top-level folders the manifest's files live in, sorted.
func (m *Manifest) folders() []string {
	seen := map[string]bool{}
	var out []string
	for f := range m.files() {
		top, _, _ := strings.Cut(f, "/")
		if !seen[top] {
			seen[top] = true
			out = append(out, top)
		}
	}
	sort.Strings(out)
	return out
}

// ReadManifest reads a parts.json written by Export. A file that is not
// one (another tool's parts.json) is an error saying so.
func ReadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read %s: not a Lectern parts.json: %w", path, err)
	}
	if m.Generator != generator {
		return nil, fmt.Errorf("read %s: not written by Lectern (no \"generator\": %q)", path, generator)
	}
	return &m, nil
}

func manifestFor(srcName string, parts []PartResult, written []WrittenFile) *Manifest {
	m := &Manifest{Generator: generator, Source: srcName, Parts: []ManifestEntry{}, Written: written}
	for _, p := range parts {
		m.Parts = append(m.Parts, ManifestEntry{
			Number: p.Number, Title: p.Title, First: p.First, Last: p.Last,
			BudgetS: seconds(p.Budget), Files: p.Files,
		})
	}
	return m
}

func writeManifest(path string, m *Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return atomicfile.WriteFile(path, append(b, '\n'))
}

// hashTree records every regular file under root/top for each top, with
// paths relative to root.
func hashTree(root string, tops []string, known *fileHashes) ([]WrittenFile, error) {
	var out []WrittenFile
	for _, top := range tops {
		err := filepath.WalkDir(filepath.Join(root, top), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			w, ok := known.get(p)
			if !ok {
				w, err = hashFile(p)
			}
			w.Path = filepath.ToSlash(rel)
			out = append(out, w)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("hash %s: %w", top, err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// hashFile is the size and SHA-256 of the regular file at p.
func hashFile(p string) (WrittenFile, error) {
	f, err := os.Open(p)
	if err != nil {
		return WrittenFile{}, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	return WrittenFile{Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, err
}
