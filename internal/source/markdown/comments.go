package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// rawComment is a comment found in a piece of HTML, by index.
type rawComment struct {
	start, end         int // <!-- … -->
	bodyStart, bodyEnd int
	closed             bool
}

// findComments lists the HTML comments in b. As in HTML they do not nest: a
// comment ends at the first "-->" ("<!-->" and "<!--->" are empty comments).
// One without "-->" runs to the end of b.
func findComments(b []byte) []rawComment {
	var out []rawComment
	i := 0
	for {
		k := bytes.Index(b[i:], []byte("<!--"))
		if k < 0 {
			return out
		}
		s := i + k
		c := rawComment{start: s, bodyStart: s + 4}
		switch {
		case bytes.HasPrefix(b[s:], []byte("<!-->")):
			c.bodyEnd, c.end, c.closed = s+4, s+5, true
		case bytes.HasPrefix(b[s:], []byte("<!--->")):
			c.bodyEnd, c.end, c.closed = s+4, s+6, true
		default:
			if e := bytes.Index(b[s+4:], []byte("-->")); e >= 0 {
				c.bodyEnd, c.end, c.closed = s+4+e, s+4+e+3, true
			} else {
				c.bodyEnd, c.end = len(b), len(b)
			}
		}
		out = append(out, c)
		i = c.end
	}
}

type imgTag struct {
	pos      int
	src, alt string
}

var (
	imgTagRe  = regexp.MustCompile(`(?is)<img\b[^>]*>`)
	imgAttrRe = regexp.MustCompile(`(?is)\b(src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
)

// findImgTags lists the <img src=…> tags in a piece of HTML.
func findImgTags(b []byte) []imgTag {
	if !hasImgTag(b) {
		return nil
	}
	var out []imgTag
	for _, m := range imgTagRe.FindAllIndex(b, -1) {
		t := imgTag{pos: m[0]}
		for _, a := range imgAttrRe.FindAllSubmatch(b[m[0]:m[1]], -1) {
			v := string(a[2]) + string(a[3]) + string(a[4])
			if strings.EqualFold(string(a[1]), "src") {
				t.src = v
			} else {
				t.alt = v
			}
		}
		if t.src != "" {
			out = append(out, t)
		}
	}
	return out
}

func hasImgTag(b []byte) bool {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+4 > len(b) {
			return false
		}
		if (b[i+1]|0x20) == 'i' && (b[i+2]|0x20) == 'm' && (b[i+3]|0x20) == 'g' {
			return true
		}
		b = b[i+1:]
	}
}

// commentKind says what a comment is once read.
type commentKind int

const (
	kindNote     commentKind = iota // speaker notes
	kindHidden                      // a directive or marker that shows nothing
	kindPause                       // presenterm <!-- pause -->: a new step
	kindEndSlide                    // presenterm <!-- end_slide -->
	kindSkip                        // presenterm <!-- skip_slide -->
)

// directive is a comment read as notes or as directives.
type directive struct {
	kind     commentKind
	note     string // notes text (kindNote, or presenterm's speaker_note)
	part     string
	hasPart  bool
	time     string
	hasTime  bool
	dividers *yaml.Node        // Marp headingDivider value, nil when absent
	size     string            // Marp size (a global directive), "" when absent
	hints    map[string]string // layout settings for the slide (reveal .slide:, presenterm commands)
	marp     []marpSetting     // Marp local and spot directives, in the order written
	fragment bool              // reveal .element: class="fragment": its element is a step
}

// bareCommands are directives written as one word: presenterm commands and
// Marp's fit keyword.
var bareCommands = map[string]commentKind{
	"pause": kindPause, "end_slide": kindEndSlide, "skip_slide": kindSkip,
	"jump_to_middle": kindHidden, "new_line": kindHidden, "newline": kindHidden,
	"reset_layout": kindHidden, "no_footer": kindHidden, "fit": kindHidden,
	"{{{": kindHidden, "}}}": kindHidden,
}

// presentermKeys take a value: <!-- column: 1 -->.
var presentermKeys = map[string]bool{
	"speaker_note": true, "column_layout": true, "column": true, "incremental_lists": true,
	"new_lines": true, "newlines": true, "font_size": true, "alignment": true,
	"include": true, "snippet_output": true, "list_item_newlines": true,
}

// marpKeys are Marp / Marpit / marp-cli directives; they may carry a `_`
// (this slide only) or `$` prefix.
var marpKeys = map[string]bool{
	"theme": true, "style": true, "headingDivider": true, "size": true, "math": true,
	"title": true, "description": true, "author": true, "image": true, "keywords": true,
	"url": true, "marp": true, "lang": true, "paginate": true, "header": true,
	"footer": true, "class": true, "backgroundColor": true, "backgroundImage": true,
	"backgroundPosition": true, "backgroundRepeat": true, "backgroundSize": true,
	"color": true, "transition": true, "inlineSVG": true,
}

var (
	nestedLineRe = regexp.MustCompile(`(?m)^[ \t]*<!--[ \t]*`)
	nestedOpenRe = regexp.MustCompile(`[ \t]*<!--[ \t]*`)
)

var dirKeyRe = regexp.MustCompile(`^([$_]?[A-Za-z][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$`)

func knownKey(k string) bool {
	if k == "part" || k == "time" || presentermKeys[k] {
		return true
	}
	return marpKeys[strings.TrimLeft(k, "$_")]
}

// readComment decides whether a comment's text is notes or directives. A
// comment is directives when every line is `key: value` with a known key (or
// it is YAML with only known keys, as presenterm's `speaker_note: |`). Our
// `part:` and `time:` lines are also taken out of a comment that is
// otherwise notes.
func readComment(body string) directive {
	t := commentText(body)
	if strings.Contains(t, "<!--") {
		// A comment holding "<!--" was meant to nest; keep the words only.
		t = nestedLineRe.ReplaceAllString(t, "")
		t = strings.TrimSpace(nestedOpenRe.ReplaceAllString(t, " "))
	}
	if t == "" {
		return directive{kind: kindHidden}
	}
	if k, ok := bareCommands[t]; ok {
		d := directive{kind: k}
		if t == "jump_to_middle" || t == "reset_layout" {
			d.hints = map[string]string{t: "true"} // presenterm layout commands
		}
		return d
	}
	if strings.HasPrefix(t, "vim:") {
		return directive{kind: kindHidden}
	}
	if d, ok := revealAttrComment(t); ok {
		return d
	}
	lines := strings.Split(t, "\n")
	d := directive{kind: kindHidden}
	allKnown := true
	for _, l := range lines {
		if !strings.Contains(l, ":") {
			allKnown = false
			break
		}
		m := dirKeyRe.FindStringSubmatch(strings.TrimRight(l, " \t"))
		if m == nil || !knownKey(m[1]) {
			allKnown = false
			break
		}
	}
	if allKnown {
		for _, l := range lines {
			m := dirKeyRe.FindStringSubmatch(strings.TrimRight(l, " \t"))
			d.set(m[1], m[2])
		}
		return d
	}
	if m := dirKeyRe.FindStringSubmatch(lines[0]); m != nil && knownKey(m[1]) {
		// YAML needs the indentation as written (speaker_note: |).
		for _, y := range []string{strings.TrimSpace(body), t} {
			if d, ok := yamlDirectives(y); ok {
				return d
			}
		}
	}
	// Notes, possibly with our own directives on lines of their own.
	var keep []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "part") && !strings.HasPrefix(t, "time") {
			keep = append(keep, l)
			continue
		}
		m := dirKeyRe.FindStringSubmatch(t)
		if m != nil && (m[1] == "part" || m[1] == "time") {
			d.set(m[1], m[2])
			continue
		}
		keep = append(keep, l)
	}
	d.kind = kindNote
	d.note = trimBlankLines(strings.Join(keep, "\n"))
	if d.note == "" {
		d.kind = kindHidden
	}
	return d
}

// commentText is a comment's text without the indentation its lines share:
// all lines when the text starts on the line after "<!--", else the lines
// after the first (which follow "<!-- " and are often aligned with it).
func commentText(body string) string {
	if i := strings.IndexByte(body, '\n'); i >= 0 && strings.TrimSpace(body[:i]) == "" {
		lines := strings.Split(body[i+1:], "\n")
		common := -1
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				continue
			}
			if n := len(l) - len(strings.TrimLeft(l, " \t")); common < 0 || n < common {
				common = n
			}
		}
		for k, l := range lines {
			if len(l) >= common && common > 0 {
				lines[k] = l[common:]
			}
		}
		return trimBlankLines(strings.Join(lines, "\n"))
	}
	return dedent(body)
}

func (d *directive) set(key, value string) {
	v := unquote(value)
	switch strings.TrimLeft(key, "$_") {
	case "part":
		if key == "part" {
			d.part, d.hasPart = v, true
		}
	case "time":
		if key == "time" {
			d.time, d.hasTime = v, true
		}
	case "speaker_note":
		if v != "" {
			d.kind, d.note = kindNote, v
		}
	case "size":
		d.size = v
	case "column_layout", "column", "alignment", "incremental_lists", "font_size":
		if key == strings.TrimLeft(key, "$_") { // presenterm's, which take no prefix
			d.hints = mapWith(d.hints, key, v)
		}
	case "header", "footer", "paginate", "class", "color", "backgroundColor",
		"backgroundImage", "backgroundPosition", "backgroundRepeat", "backgroundSize":
		d.marp = append(d.marp, marpSetting{key: strings.TrimPrefix(key, "$"), value: v})
	case "theme":
		d.marp = append(d.marp, marpSetting{key: "theme", value: v})
	case "headingDivider":
		var n yaml.Node
		if yaml.Unmarshal([]byte(v), &n) == nil && len(n.Content) == 1 {
			d.dividers = n.Content[0]
		}
	}
}

// yamlDirectives reads a comment that is a YAML mapping of known keys.
func yamlDirectives(t string) (directive, bool) {
	var doc yaml.Node
	if yaml.Unmarshal([]byte(t), &doc) != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return directive{}, false
	}
	m := doc.Content[0]
	d := directive{kind: kindHidden}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i].Value, m.Content[i+1]
		if !knownKey(k) {
			return directive{}, false
		}
		switch {
		case strings.TrimLeft(k, "$_") == "headingDivider":
			d.dividers = v
		case v.Kind == yaml.ScalarNode:
			d.set(k, v.Value)
		case v.Kind == yaml.SequenceNode && strings.TrimLeft(k, "$_") == "class":
			d.set(k, strings.Join(scalars(v), " "))
		}
	}
	return d, true
}
