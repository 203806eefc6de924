package markdown

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// field is one top-level front matter entry.
type field struct {
	key   string
	line  int // 1-based line in the deck file
	node  *yaml.Node
	value any // decoded value, for Meta.Extra
}

// frontMatter reads the YAML block at the very top of the deck (`---` …
// `---` or `...`). It returns the entries and the offset where the slides
// begin. A first line `---` followed by a blank line is a slide separator,
// not front matter (pandoc's rule).
func (p *parser) frontMatter() ([]field, int, error) {
	x := p.idx
	if len(x.starts) < 2 || !bytes.Equal(bytes.TrimRight(x.src[:x.end(0)], " \t"), []byte("---")) {
		return nil, 0, nil
	}
	second := x.starts[1]
	if isBlank(x.src[second:x.end(second)]) {
		return nil, 0, nil
	}
	closing := -1
	for i := 1; i < len(x.starts); i++ {
		l := bytes.TrimRight(x.src[x.starts[i]:x.end(x.starts[i])], " \t")
		if string(l) == "---" || string(l) == "..." {
			closing = i
			break
		}
	}
	if closing < 0 {
		return nil, 0, fmt.Errorf("%s: the front matter opened by --- on line 1 is never closed: add a --- line after its last key", p.path)
	}
	body := x.src[second:x.starts[closing]]
	fields, err := p.decodeYAML(body, 2)
	if err != nil {
		return nil, 0, err
	}
	return fields, x.next(x.starts[closing]), nil
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserErrors are the yaml.v3 messages whose line number is 0-based
// (its scanner errors count from 1).
var yamlParserErrors = map[string]bool{
	"did not find expected ',' or ']'": true, "did not find expected ',' or '}'": true,
	"did not find expected '-' indicator": true, "did not find expected <document start>": true,
	"did not find expected key": true, "did not find expected node content": true,
	"found duplicate %TAG directive": true, "found duplicate %YAML directive": true,
	"found incompatible YAML document": true, "found undefined tag handle": true,
}

// decodeYAML reads a YAML mapping whose first line is line first of the deck.
func (p *parser) decodeYAML(body []byte, first int) ([]field, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(body, &doc); err != nil {
		msg := err.Error()
		if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			if yamlParserErrors[m[2]] {
				n++ // yaml.v3 reports parser errors with 0-based lines
			}
			last := first + bytes.Count(body, []byte{'\n'}) - 1
			return nil, fmt.Errorf("%s: front matter line %d: %s", p.path, max(first, min(first+n-1, last)), m[2])
		}
		return nil, fmt.Errorf("%s: front matter (line %d on): %s", p.path, first, strings.TrimPrefix(msg, "yaml: "))
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: front matter line %d: expected key: value lines, found %s", p.path, first+root.Line-1, kindName(root))
	}
	fields := make([]field, 0, len(root.Content)/2)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		fields = append(fields, field{key: k.Value, line: first + k.Line - 1, node: v, value: decodeNode(v)})
	}
	return fields, nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("the text %q", n.Value)
	}
	return "something else"
}

// decodeNode turns a YAML value into plain Go values (maps with string keys,
// so the deck model stays JSON friendly).
func decodeNode(n *yaml.Node) any {
	var v any
	if err := n.Decode(&v); err != nil {
		return n.Value
	}
	return plainValue(v)
}

func plainValue(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = plainValue(e)
		}
		return t
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[fmt.Sprint(k)] = plainValue(e)
		}
		return m
	case []any:
		for i, e := range t {
			t[i] = plainValue(e)
		}
		return t
	case float64:
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return strconv.FormatFloat(t, 'g', -1, 64) // JSON has no NaN or Inf
		}
	}
	return v
}

// decksetKeys are Deckset's global settings, written as plain `key: value`
// lines at the top of the file with no `---` around them.
var decksetKeys = map[string]bool{
	"autoscale": true, "build-lists": true, "code-language": true, "slidenumbers": true,
	"slidecount": true, "footer": true, "footer-style": true, "theme": true,
	"slide-transition": true, "slide-dividers": true, "footnote-separator": true,
	"fit-header": true, "presenter-notes": true, "background-color": true, "text": true,
	"text-emphasis": true, "text-strong": true, "header": true, "header-emphasis": true,
	"header-strong": true, "link": true, "table-separator": true, "list": true,
	"quote": true, "quote-author": true, "code": true, "slidenumber-style": true,
	"formula": true, "paragraph-spacing": true,
}

var keyLineRe = regexp.MustCompile(`^([a-z][a-z-]*)[ \t]*:[ \t]*(.*?)[ \t]*$`)

// decksetHeader reads Deckset's global settings block at offset from: every
// line up to the first blank one must be a known `key: value` setting.
func (p *parser) decksetHeader(from int) ([]field, int) {
	x := p.idx
	var fields []field
	pos := from
	for pos < len(x.src) {
		line := x.src[pos:x.end(pos)]
		if isBlank(line) {
			break
		}
		m := keyLineRe.FindSubmatch(line)
		if m == nil || !decksetKeys[string(m[1])] {
			return nil, from
		}
		val := string(m[2])
		var v any = val
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(val), &n); err == nil && len(n.Content) == 1 && n.Content[0].Kind == yaml.ScalarNode {
			v = decodeNode(n.Content[0])
		}
		fields = append(fields, field{key: string(m[1]), line: x.line(pos), node: &yaml.Node{Kind: yaml.ScalarNode, Value: val}, value: v})
		pos = x.next(pos)
	}
	return fields, pos
}
