package export

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// folders are the top-level folders the manifest's files live in.
func (m *Manifest) folders() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range m.Parts {
		for _, f := range p.Files {
			top, _, _ := strings.Cut(filepath.ToSlash(f), "/")
			if top == "" || top == "." || top == ".." || seen[top] {
				continue
			}
			seen[top] = true
			out = append(out, top)
		}
	}
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

func manifestFor(srcName string, parts []PartResult) *Manifest {
	m := &Manifest{Generator: generator, Source: srcName, Parts: []ManifestEntry{}}
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
	return writeFileAtomic(path, append(b, '\n'))
}
