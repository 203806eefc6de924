package markdown

// Slidev's rules, as @slidev/parser applies them: a deck is Slidev's when
// its head matter uses Slidev keys or a slide has its own front matter;
// a slide's notes are only the comment that ends it (another comment is
// hidden, not a note); `src:` slides are replaced by the slides of the file
// they name (`#2-3`: only those of its slides), recursively, with the
// importing front matter merged over each and pictures found beside the
// file they are in (dialect_slidev_import.go); `hide: true` /
// `disabled: true` slides are dropped.

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
	"gopkg.in/yaml.v3"
)

// slidevHeadKeys are head matter keys only Slidev uses.
var slidevHeadKeys = map[string]bool{
	"layout": true, "transition": true, "highlighter": true, "drawings": true, "mdc": true,
	"colorSchema": true, "lineNumbers": true, "routerMode": true, "canvasWidth": true,
	"aspectRatio": true, "themeConfig": true, "addons": true, "fonts": true, "hideInToc": true,
	"monaco": true, "exportFilename": true, "selectable": true, "record": true, "src": true,
	"clicks": true, "download": true, "info": true, "seoMeta": true, "htmlAttrs": true,
}

// slidevHead reports head matter that marks a Slidev deck.
func slidevHead(fields []field) bool {
	if f := find(fields, "marp"); f != nil && strings.EqualFold(f.node.Value, "true") {
		return false
	}
	for _, f := range fields {
		if slidevHeadKeys[f.key] {
			return true
		}
	}
	return false
}

// slidevNote reports whether comment k of slide [a, b) is its Slidev note:
// the last comment of the slide, with nothing but blanks after it.
func (p *parser) slidevNote(k, b int) bool {
	cs := p.f.comments
	if k+1 < len(cs) && cs[k+1].start < b {
		return false
	}
	return cs[k].closed && !p.hasContent(cs[k].end, b)
}

// Limits on imports: a deck is untrusted and may import itself.
const (
	maxImportDepth = 8
	maxImports     = 256
)

// svSlide is one slide as Slidev splits a file: the lines [start, end),
// its front matter (raw YAML) and where its content starts.
type svSlide struct {
	start, end   int // byte offsets; start is the --- line when hasFM
	fm           string
	hasFM        bool
	contentStart int
}

// slidevSplit cuts text into slides as @slidev/parser does: a line
// starting with --- ends a slide outside code fences and comments; when it
// is not ---- and the next line is not blank, the lines up to the next ---
// line are the new slide's front matter.
func slidevSplit(text string) []svSlide {
	lines := strings.SplitAfter(text, "\n")
	offs := make([]int, len(lines)+1)
	for i, l := range lines {
		offs[i+1] = offs[i] + len(l)
	}
	var out []svSlide
	cur := svSlide{}
	inComment := false
	trim := func(i int) string { return strings.TrimRight(lines[i], " \t\r\n") }
	for i := 0; i < len(lines); i++ {
		line := trim(i)
		if inComment {
			inComment = commentOpen(lines[i], true)
			continue
		}
		switch {
		case strings.HasPrefix(line, "---"):
			if cur.start < offs[i] || cur.hasFM {
				cur.end = offs[i]
				out = append(out, cur)
			}
			cur = svSlide{start: offs[i], contentStart: offs[i+1]}
			if len(line) == 3 || line[3] != '-' {
				if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
					j := i + 1
					for j < len(lines) && trim(j) != "---" {
						j++
					}
					cur.hasFM = true
					cur.fm = text[offs[i+1]:offs[min(j, len(lines))]]
					cur.contentStart = offs[min(j+1, len(lines))]
					i = j
				}
			}
		case strings.HasPrefix(strings.TrimLeft(line, " \t"), "```"):
			fence := line[:len(line)-len(strings.TrimLeft(line, " \t`"))]
			fence = strings.TrimLeft(fence, " \t")
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(lines[j], fence) {
				j++
			}
			if j < len(lines) {
				i = j
			}
		default:
			inComment = commentOpen(lines[i], false)
		}
	}
	if cur.start < len(text) || cur.hasFM {
		cur.end = len(text)
		out = append(out, cur)
	}
	return out
}

// commentOpen follows <!-- and --> through a line.
func commentOpen(line string, open bool) bool {
	for line != "" {
		if open {
			k := strings.Index(line, "-->")
			if k < 0 {
				return true
			}
			open, line = false, line[k+3:]
			continue
		}
		k := strings.Index(line, "<!--")
		if k < 0 {
			return false
		}
		open, line = true, line[k+4:]
	}
	return open
}

// importer expands Slidev `src:` imports of one deck.
type importer struct {
	policy   deckfiles.Policy
	root     string // the deck's folder: a src starting with / is under it
	problems []deck.Problem
	count    int
}

// expandSlidevImports returns text with every `src:` slide replaced by the
// slides it imports. Only a deck with such a slide is changed.
func expandSlidevImports(path, text string, policy deckfiles.Policy) (string, []deck.Problem) {
	if !strings.Contains(text, "src:") {
		return text, nil
	}
	im := &importer{policy: policy, root: filepath.Dir(path)}
	out := im.expand(path, text, []string{absPath(path)}, 0)
	return out, im.problems
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// expand rewrites the src: slides of one file; chain holds the files
// being imported (for the cycle guard).
func (im *importer) expand(path, text string, chain []string, depth int) string {
	slides := slidevSplit(text)
	var b strings.Builder
	last := 0
	for i, s := range slides {
		if !s.hasFM || (i == 0 && s.start == 0 && depth == 0) {
			continue
		}
		fm, ok := yamlMap(s.fm)
		src, isStr := fm["src"].(string)
		if !ok || !isStr || strings.TrimSpace(src) == "" {
			continue
		}
		b.WriteString(text[last:s.start])
		last = s.end
		if truthy(fm["hide"]) || truthy(fm["disabled"]) {
			continue
		}
		delete(fm, "src")
		line := strings.Count(text[:s.start], "\n") + 1
		for _, sub := range im.load(path, line, src, chain, depth) {
			if truthy(sub.fm["hide"]) || truthy(sub.fm["disabled"]) {
				continue
			}
			b.WriteString(emitSlide(merge(sub.fm, fm), sub.content))
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// svLoaded is an imported slide: its own front matter and its content.
type svLoaded struct {
	fm      map[string]any
	content string
}

// load reads the file src names (relative to the importing file at path)
// through the deck's file policy and returns its slides, imports expanded.
func (im *importer) load(path string, line int, src string, chain []string, depth int) []svLoaded {
	name, span, _ := strings.Cut(strings.TrimSpace(src), "#")
	target := filepath.Join(filepath.Dir(path), filepath.FromSlash(name))
	if strings.HasPrefix(name, "/") {
		target = filepath.Join(im.root, filepath.FromSlash(name))
	}
	where := fmt.Sprintf("%s, line %d", filepath.Base(path), line)
	fail := func(kind, why string) []svLoaded {
		im.problems = append(im.problems, deck.Problem{Severity: deck.Warning, Kind: kind,
			Message: fmt.Sprintf("%s: src: %s %s, so its slides are left out", where, name, why)})
		return nil
	}
	abs := absPath(target)
	for _, c := range chain {
		if c == abs {
			return fail("import", "imports a file that is already being imported (a cycle)")
		}
	}
	if depth >= maxImportDepth {
		return fail("import", fmt.Sprintf("is nested more than %d imports deep", maxImportDepth))
	}
	if im.count++; im.count > maxImports {
		return fail("import", fmt.Sprintf("is one import too many (a deck may import at most %d files)", maxImports))
	}
	if _, err := im.policy.Check(target); err != nil {
		switch kind := deckfiles.KindOf(err); kind {
		case deckfiles.KindMissing:
			return fail("import", fmt.Sprintf("names a file that does not exist (%s)", target))
		case deckfiles.KindOutside:
			return fail(kind, "is outside the deck's folder; Lectern reads only files in the deck's folder (allow another folder with --allow-dir)")
		default:
			return fail(kind, "is not a regular file")
		}
	}
	data, err := deckfiles.ReadFile(target)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fail("import", fmt.Sprintf("names a file that does not exist (%s)", target))
		}
		return fail("import", fmt.Sprintf("could not be read: %v", err))
	}
	text := pickSlides(normalizeText(string(data)), span)
	text = im.expand(target, text, append(chain[:len(chain):len(chain)], abs), depth+1)
	rel, err := filepath.Rel(filepath.Dir(path), filepath.Dir(target))
	if err != nil {
		rel = ""
	}
	var out []svLoaded
	for _, s := range slidevSplit(text) {
		fm := map[string]any{}
		if s.hasFM {
			fm, _ = yamlMap(s.fm)
		}
		content := text[min(s.contentStart, s.end):s.end]
		if !s.hasFM && strings.TrimSpace(content) == "" {
			continue
		}
		content = relocate(content, fm, rel)
		out = append(out, svLoaded{fm: fm, content: content})
	}
	return out
}

// yamlMap reads front matter as a mapping; ok is false when it is not one.
func yamlMap(raw string) (map[string]any, bool) {
	m := map[string]any{}
	if strings.TrimSpace(raw) == "" {
		return m, true
	}
	if err := yaml.Unmarshal([]byte(raw), &m); err != nil || m == nil {
		return map[string]any{}, false
	}
	return m, true
}

func truthy(v any) bool {
	switch t := v.(type) {
	case bool:
		return t
	case string:
		return strings.EqualFold(strings.TrimSpace(t), "true")
	}
	return false
}

// merge lays over on top of base, as Slidev merges an importing slide's
// front matter over each imported slide's.
func merge(base, over map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		out[k] = v
	}
	return out
}

// emitSlide writes one slide back as Slidev text: a --- line, its front
// matter when it has any, and its content.
func emitSlide(fm map[string]any, content string) string {
	var b strings.Builder
	b.WriteString("---\n")
	if len(fm) > 0 {
		keys := make([]string, 0, len(fm))
		for k := range fm {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			y, err := yaml.Marshal(map[string]any{k: fm[k]})
			if err == nil {
				b.Write(y)
			}
		}
		b.WriteString("---\n")
	}
	if !strings.HasPrefix(content, "\n") {
		b.WriteString("\n")
	}
	b.WriteString(content)
	if !strings.HasSuffix(content, "\n") {
		b.WriteString("\n")
	}
	return b.String()
}
