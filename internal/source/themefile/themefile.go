// Package themefile reads a deck's own theme: `theme: NAME` in the front
// matter and NAME.lectern-theme.toml beside the deck. Every setting is
// checked here, so the layout only lays a clean deck.ThemeSpec over the
// built-in theme it extends; a bad value is an Issue naming its line, and
// the rest of the file still counts.
package themefile

import (
	"bufio"
	"errors"
	"fmt"
	"image/color"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/lectern-app/lectern/internal/deck"
)

// Suffix is what a theme file's name ends with after the theme's name.
const Suffix = ".lectern-theme.toml"

// Issue is one thing wrong in a theme file, at a 1-based line (0: the whole file).
type Issue struct {
	Line int
	Msg  string
}

// Bounds of the numbers a theme file may give, in slide units (1920 wide).
const (
	maxSize   = 400.0
	maxMargin = 600.0
)

var colorKeys = []string{"background", "text", "heading", "h1", "muted", "link", "accent",
	"code-background", "code-border", "border", "table-header"}

var sizeKeys = []string{"body", "h1", "h2", "h3", "h4", "h5", "h6", "code", "table",
	"title", "subtitle", "title-text", "number", "chrome", "line-height"}

var (
	marginKeys = []string{"x", "top", "bottom"}
	fontKeys   = []string{"body", "heading", "code"}
	layoutKeys = map[string][]string{
		"title":    {"center", "plain"},
		"align":    {"left", "center"},
		"vertical": {"top", "middle"},
	}
)

// file is the TOML layout of a theme file.
type file struct {
	Extends string                 `toml:"extends"`
	Colors  map[string]string      `toml:"colors"`
	Sizes   map[string]float64     `toml:"sizes"`
	Margins map[string]float64     `toml:"margins"`
	Fonts   map[string]string      `toml:"fonts"`
	Code    struct{ Style string } `toml:"code"`
	Layout  map[string]string      `toml:"layout"`
}

// Parse reads a theme file's text. A file that is not TOML gives no spec
// and one issue at the line TOML names; otherwise the spec holds every
// good setting and the issues the bad ones (unknown keys, colours that are
// not #rgb or #rrggbb, sizes out of range, names not known). Fonts are not
// looked up here (see Load).
func Parse(name string, data []byte) (*deck.ThemeSpec, []Issue) {
	var f file
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, []Issue{{Line: min(pe.Position.Line, lines(data)), Msg: pe.Message}}
		}
		return nil, []Issue{{Line: lineOfError(data, err), Msg: plainTOMLError(err)}}
	}
	p := &parser{src: data, spec: &deck.ThemeSpec{Name: name}}
	p.unknown(md.Undecoded())
	p.extends(f.Extends)
	p.colors(f.Colors)
	p.spec.Sizes = p.numbers("sizes", f.Sizes, sizeKeys, maxSize)
	p.spec.Margins = p.numbers("margins", f.Margins, marginKeys, maxMargin)
	p.fonts(f.Fonts)
	p.codeStyle(f.Code.Style)
	p.layout(f.Layout)
	sort.SliceStable(p.issues, func(i, j int) bool { return p.issues[i].Line < p.issues[j].Line })
	if p.more > maxIssues {
		p.issues = append(p.issues, Issue{Msg: fmt.Sprintf("%d more settings are wrong", p.more-maxIssues)})
	}
	return p.spec, p.issues
}

type parser struct {
	src    []byte
	spec   *deck.ThemeSpec
	issues []Issue
	more   int // issues found, reported or not
}

// unknown reports keys no setting takes: a table of its own once (at its
// header), a key inside a known table by its full name.
func (p *parser) unknown(keys []toml.Key) {
	seen := map[string]bool{}
	for _, k := range keys {
		name := k.String()
		if !knownTables[k[0]] {
			name = k[0]
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		p.bad(name, fmt.Sprintf("%q is not a theme setting", name))
	}
}

var knownTables = map[string]bool{"colors": true, "sizes": true, "margins": true, "fonts": true, "code": true, "layout": true}

// lines counts the file's lines (a last line without a newline included).
func lines(data []byte) int {
	n := strings.Count(string(data), "\n")
	if len(data) > 0 && data[len(data)-1] != '\n' {
		n++
	}
	return max(n, 1)
}

// maxIssues bounds the issues one file reports (each looks its line up).
const maxIssues = 20

// bad records an issue at the line of a dotted key ("colors.text").
func (p *parser) bad(key, msg string) {
	if p.more++; p.more > maxIssues {
		return
	}
	p.issues = append(p.issues, Issue{Line: lineOf(p.src, key), Msg: msg})
}

func (p *parser) extends(v string) {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case v == "":
	case deck.IsBuiltinTheme(v):
		p.spec.Extends = v
	default:
		p.bad("extends", fmt.Sprintf("extends %q names no built-in theme (%s)", v, strings.Join(deck.BuiltinThemes, ", ")))
	}
}

func (p *parser) colors(in map[string]string) {
	for _, k := range sortedKeys(in) {
		key := "colors." + k
		if !has(colorKeys, k) {
			p.bad(key, fmt.Sprintf("%q is not a theme colour (%s)", k, strings.Join(colorKeys, ", ")))
			continue
		}
		c, ok := hexColor(in[k])
		if !ok {
			p.bad(key, fmt.Sprintf("colour %s = %q is not #rgb or #rrggbb", k, in[k]))
			continue
		}
		if p.spec.Colors == nil {
			p.spec.Colors = map[string]color.RGBA{}
		}
		p.spec.Colors[k] = c
	}
}

func (p *parser) numbers(table string, in map[string]float64, keys []string, limit float64) map[string]float64 {
	var out map[string]float64
	for _, k := range sortedKeys(in) {
		key, v := table+"."+k, in[k]
		lo, hi := 1.0, limit
		if k == "line-height" {
			lo, hi = 0.5, 4
		}
		if table == "margins" {
			lo = 0
		}
		switch {
		case !has(keys, k):
			p.bad(key, fmt.Sprintf("%q is not one of the %s (%s)", k, table, strings.Join(keys, ", ")))
		case math.IsNaN(v) || v < lo || v > hi:
			p.bad(key, fmt.Sprintf("%s %s = %s is outside %s..%s", table, k, num(v), num(lo), num(hi)))
		default:
			if out == nil {
				out = map[string]float64{}
			}
			out[k] = v
		}
	}
	return out
}

func (p *parser) fonts(in map[string]string) {
	for _, k := range sortedKeys(in) {
		v := strings.TrimSpace(in[k])
		switch {
		case !has(fontKeys, k):
			p.bad("fonts."+k, fmt.Sprintf("%q is not a font setting (%s)", k, strings.Join(fontKeys, ", ")))
		case v == "" || len(v) > 200:
			p.bad("fonts."+k, fmt.Sprintf("font %s names no family", k))
		default:
			if p.spec.Fonts == nil {
				p.spec.Fonts = map[string]string{}
			}
			p.spec.Fonts[k] = v
		}
	}
}

func (p *parser) codeStyle(v string) {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case v == "":
	case has(deck.CodeStyles, v):
		p.spec.CodeStyle = v
	default:
		p.bad("code.style", fmt.Sprintf("code style %q is not one Lectern has (%s)", v, strings.Join(deck.CodeStyles, ", ")))
	}
}

func (p *parser) layout(in map[string]string) {
	for _, k := range sortedKeys(in) {
		v := strings.ToLower(strings.TrimSpace(in[k]))
		allowed, ok := layoutKeys[k]
		switch {
		case !ok:
			p.bad("layout."+k, fmt.Sprintf("%q is not a layout setting (title, align, vertical)", k))
		case !has(allowed, v):
			p.bad("layout."+k, fmt.Sprintf("layout %s = %q should be %s", k, in[k], strings.Join(allowed, " or ")))
		case k == "title":
			p.spec.Title = v
		case k == "align":
			p.spec.Align = v
		default:
			p.spec.Vertical = v
		}
	}
}

// hexColor reads "#rgb" or "#rrggbb".
func hexColor(s string) (color.RGBA, bool) {
	h, ok := strings.CutPrefix(strings.TrimSpace(s), "#")
	if !ok {
		return color.RGBA{}, false
	}
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		return color.RGBA{}, false
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}, true
}

var tableRE = regexp.MustCompile(`^\s*\[\s*([A-Za-z0-9_-]+)\s*\]`)

// lineOf finds the line of a dotted key ("colors.text", or "extends" at
// the top): the key's line within its table; 0 when not found.
func lineOf(src []byte, dotted string) int {
	table, key := "", dotted
	if i := strings.LastIndexByte(dotted, '.'); i >= 0 {
		table, key = dotted[:i], dotted[i+1:]
	}
	keyRE := regexp.MustCompile(`^\s*"?` + regexp.QuoteMeta(key) + `"?\s*=`)
	cur, n := "", 0
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	sc.Buffer(make([]byte, 0, 4096), len(src)+1)
	for sc.Scan() {
		n++
		line := sc.Text()
		m := tableRE.FindStringSubmatch(line)
		if m != nil && table == "" && m[1] == key {
			return n // an unknown table's header
		}
		if m != nil {
			cur = m[1]
			continue
		}
		if cur == table && keyRE.MatchString(line) {
			return n
		}
		if cur == "" && table != "" && strings.HasPrefix(strings.TrimSpace(line), table+"."+key) {
			return n
		}
		if table == "" && m == nil && strings.HasPrefix(strings.TrimSpace(line), key+".") && cur == "" {
			return n
		}
	}
	return 0
}

// lineOfError finds "line N" in a decoding error's text.
func lineOfError(_ []byte, err error) int {
	m := regexp.MustCompile(`line (\d+)`).FindStringSubmatch(err.Error())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// plainTOMLError is a decoding error without the library's prefix.
func plainTOMLError(err error) string {
	return strings.TrimPrefix(err.Error(), "toml: ")
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func has(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
