package markdown

import (
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// What an imported file gives, as @slidev/parser reads `src: ./x.md#2-3`:
// the range picks the file's own slides (1-based, hidden ones counted, a
// src slide of the file counting as one) before their imports are
// followed; and every relative picture path in them is made relative to
// the importing file, so it names the file beside the imported one (the
// deck's file policy still decides whether it may be read).

// importRange is the 1-based slides of a file of total slides that a range
// names: "" / "all" / "*" every one, "none" none, else parts split by , or
// ; of n, a-b or a- (to the end); sorted, without repeats, within 1..total.
func importRange(total int, spec string) []int {
	spec = strings.TrimSpace(spec)
	if spec == "" || spec == "all" || spec == "*" {
		spec = "1-"
	}
	if spec == "none" {
		return nil
	}
	seen := map[int]bool{}
	for _, part := range strings.FieldsFunc(spec, func(r rune) bool { return r == ',' || r == ';' }) {
		a, b, isRange := strings.Cut(strings.TrimSpace(part), "-")
		lo, err := strconv.Atoi(strings.TrimSpace(a))
		if err != nil {
			continue
		}
		hi := lo
		if isRange {
			hi = total
			if b = strings.TrimSpace(b); b != "" {
				if hi, err = strconv.Atoi(b); err != nil {
					continue
				}
			}
		}
		for i := max(lo, 1); i <= min(hi, total); i++ {
			seen[i] = true
		}
	}
	out := make([]int, 0, len(seen))
	for i := range seen {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// pickSlides keeps the slides of text that a range names, written back as
// Slidev text; the whole text when the range is empty.
func pickSlides(text, spec string) string {
	if strings.TrimSpace(spec) == "" {
		return text
	}
	var slides []svSlide
	for _, s := range slidevSplit(text) {
		if s.hasFM || strings.TrimSpace(text[min(s.contentStart, s.end):s.end]) != "" {
			slides = append(slides, s)
		}
	}
	var b strings.Builder
	for _, n := range importRange(len(slides), spec) {
		s := slides[n-1]
		fm, _ := yamlMap(s.fm)
		b.WriteString(emitSlide(fm, text[min(s.contentStart, s.end):s.end]))
	}
	return b.String()
}

var (
	mdImageRe   = regexp.MustCompile(`(!\[[^\]\n]*\]\(\s*<?)([^)\s>]+)`)
	htmlSrcRe   = regexp.MustCompile(`(<(?:img|source|video)\b[^>]*?\bsrc\s*=\s*["'])([^"']+)`)
	schemeRefRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
)

// imageKeys are front matter keys whose value is a picture (Slidev layouts).
var imageKeys = []string{"image", "background", "backgroundImage"}

// relocate makes the relative picture paths of an imported slide's content
// and front matter relative to the importing file: rel is the imported
// file's folder as seen from the importer's ("" or "." changes nothing).
// Code blocks are left as written.
func relocate(content string, fm map[string]any, rel string) string {
	rel = filepath.ToSlash(rel)
	if rel == "" || rel == "." {
		return content
	}
	for _, k := range imageKeys {
		if v, ok := fm[k].(string); ok {
			fm[k] = relocated(v, rel)
		}
	}
	lines := strings.SplitAfter(content, "\n")
	fence := ""
	for i, l := range lines {
		if f := fenceOf(l); f != "" {
			switch {
			case fence == "":
				fence = f
			case strings.HasPrefix(strings.TrimSpace(l), fence):
				fence = ""
			}
			continue
		}
		if fence != "" {
			continue
		}
		for _, re := range []*regexp.Regexp{mdImageRe, htmlSrcRe} {
			l = re.ReplaceAllStringFunc(l, func(m string) string {
				sub := re.FindStringSubmatch(m)
				return sub[1] + relocated(sub[2], rel)
			})
		}
		lines[i] = l
	}
	return strings.Join(lines, "")
}

// relocated is ref seen from the importer, when it is a relative path.
func relocated(ref, rel string) string {
	r := strings.TrimSpace(ref)
	if r == "" || strings.HasPrefix(r, "/") || strings.HasPrefix(r, "#") || strings.HasPrefix(r, "\\") ||
		schemeRefRe.MatchString(r) || strings.HasPrefix(r, "//") {
		return ref // absolute (Slidev's public/), remote or a fragment
	}
	return path.Join(rel, r)
}
