package layout

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/lectern-app/lectern/internal/deckfiles"
)

// The normaliser rewrites an SVG before oksvg reads it, for what oksvg
// lacks: <use> is replaced by a copy of what it names (oksvg follows only
// the first element of a <defs>), the simple rules of <style> sheets are
// written into each element's style attribute (oksvg reads only .class
// rules from a <style> inside <defs>), and references to anything outside
// the file are dropped and reported.

// svgMaxNodes bounds the elements of a normalised SVG, <use> copies
// included (a file of nested <use>s can ask for billions).
const svgMaxNodes = 100000

// svgMaxUseDepth is how deeply <use> may name another <use>.
const svgMaxUseDepth = 16

type svgNode struct {
	name  string // "" for character data
	attrs []xml.Attr
	kids  []*svgNode
	text  string
}

type normaliser struct {
	ids      map[string]*svgNode
	css      svgCSS
	nodes    int
	anc      []xml.StartElement // the elements above the one expanded, for selectors
	external []string           // what was refused, in words
	missing  []string           // what is drawn without, in words (unsupported)

	dir        string // the SVG's folder ("" when not a file): <image> may name files under it
	viewBox    svgRect
	composites map[*svgNode]bool // whether an element holds a clipped, masked or pattern-filled one
	groups     int
	images     int
	// per-shape copies of userSpaceOnUse gradients (localiseGradients)
	localGradients int
	extraGradients []*svgNode
	treeBytes      int64 // the size of the last part compiled
}

// normaliseSVG returns the SVG rewritten for oksvg and what it refers to
// outside itself (each left out).
func normaliseSVG(data []byte) ([]byte, []string, error) {
	n := newNormaliser("")
	root, err := n.prepare(data)
	if err != nil {
		return nil, n.external, err
	}
	scaleStrokes(root, svgIdentity, 1)
	var buf bytes.Buffer
	n.write(&buf, root)
	return buf.Bytes(), n.external, nil
}

// prepare reads the file and rewrites the tree: style sheets applied,
// <use> and markers copied in.
func (n *normaliser) prepare(data []byte) (*svgNode, error) {
	root, styles, err := n.read(data)
	if err != nil {
		return nil, err
	}
	n.css = parseCSS(styles, n)
	n.viewBox = rootViewBox(root)
	n.expand(root, 0)
	nestedViewports(root, n.viewBox, 0)
	n.inheritGradients(root, 0)
	n.fixForOksvg(root)
	n.addMarkers(root)
	return root, nil
}

func (n *normaliser) refuse(format string, args ...any) {
	if len(n.external) < 20 {
		n.external = append(n.external, fmt.Sprintf(format, args...))
	}
}

// read parses the file into a tree, noting ids, style sheets and outside
// references: an external entity, a style sheet processing instruction.
func (n *normaliser) read(data []byte) (*svgNode, string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	top := &svgNode{name: "#document"}
	stack := []*svgNode{top}
	var styles strings.Builder
	skip := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF && (len(stack) > 1 || skip > 0) {
			err = fmt.Errorf("the file ends inside <%s>", stack[len(stack)-1].name)
		}
		if err == io.EOF {
			break
		}
		if err != nil { // not well-formed: oksvg reads the original and says why
			return nil, "", err
		}
		cur := stack[len(stack)-1]
		if skip > 0 { // under an element too deep to draw: only count the nesting
			switch tok.(type) {
			case xml.StartElement:
				skip++
			case xml.EndElement:
				skip--
			}
			continue
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > svgMaxDepth {
				skip = 1
				continue
			}
			el := &svgNode{name: t.Name.Local, attrs: append([]xml.Attr(nil), t.Attr...)}
			n.nodes++
			if n.nodes > svgMaxNodes {
				el = &svgNode{name: "g"} // kept for balance, drawn empty
			}
			if id := attrOf(el, "id"); id != "" {
				if _, dup := n.ids[id]; !dup {
					n.ids[id] = el
				}
			}
			n.checkRefs(el)
			cur.kids = append(cur.kids, el)
			stack = append(stack, el)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if cur.name == "style" {
				styles.Write(t)
				styles.WriteByte('\n')
			}
			cur.kids = append(cur.kids, &svgNode{text: string(t)})
		case xml.Directive:
			d := strings.ToUpper(string(t))
			if strings.Contains(d, "<!ENTITY") && (strings.Contains(d, "SYSTEM") || strings.Contains(d, "PUBLIC")) {
				n.refuse("an external entity")
			}
		case xml.ProcInst:
			if t.Target == "xml-stylesheet" {
				n.refuse("an external style sheet")
			}
		}
	}
	for _, k := range top.kids {
		if k.name == "svg" {
			return k, styles.String(), nil
		}
	}
	return nil, "", fmt.Errorf("no <svg> element")
}

// checkRefs drops an element's references to other files or the network:
// href (xlink or plain) that is not "#id" or a data: URI, and url(…) in its
// style that is not "#id".
func (n *normaliser) checkRefs(el *svgNode) {
	kept := el.attrs[:0]
	for _, a := range el.attrs {
		v := strings.TrimSpace(a.Value)
		if a.Name.Local == "href" && !strings.HasPrefix(v, "#") && !strings.HasPrefix(strings.ToLower(v), "data:") &&
			!(el.name == "image" && n.dir != "" && !deckfiles.IsRemote(v) && !strings.HasPrefix(strings.ToLower(v), "file:")) {
			n.refuse("<%s href=%q>", el.name, clip(v))
			continue
		}
		if u, bad := externalURL(v); bad && a.Name.Local != "href" {
			n.refuse("url(%s) in <%s %s>", clip(u), el.name, a.Name.Local)
			continue
		}
		kept = append(kept, a)
	}
	el.attrs = kept
}

// externalURL finds a url(…) in a property value that points outside the file.
func externalURL(v string) (string, bool) {
	lv := strings.ToLower(v)
	for i := strings.Index(lv, "url("); i >= 0; {
		rest := strings.TrimLeft(v[i+4:], ` "'`)
		if !strings.HasPrefix(rest, "#") && !strings.HasPrefix(strings.ToLower(rest), "data:") {
			end := strings.IndexAny(rest, `)"'`)
			if end < 0 {
				end = len(rest)
			}
			return rest[:end], true
		}
		j := strings.Index(lv[i+4:], "url(")
		if j < 0 {
			break
		}
		i += 4 + j
	}
	return "", false
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// expand replaces every <use> under el by a <g> holding a copy of what it
// names, moved by its x and y, and writes the style sheet's rules into
// each element's style.
func (n *normaliser) expand(el *svgNode, depth int) {
	se := n.applyCSS(el, n.anc)
	if len(n.anc) >= svgMaxDepth { // copies inside copies can nest without end
		el.kids = nil
		return
	}
	n.anc = append(n.anc, se)
	defer func() { n.anc = n.anc[:len(n.anc)-1] }()
	for i, k := range el.kids {
		if k.name == "use" {
			el.kids[i] = n.use(k, depth)
			k = el.kids[i]
			if k.name == "g" && depth < svgMaxUseDepth {
				n.expand(k, depth+1)
			}
			continue
		}
		if k.name != "" {
			n.expand(k, depth)
		}
	}
}

func (n *normaliser) use(u *svgNode, depth int) *svgNode {
	g := &svgNode{name: "g"}
	var x, y, tr string
	href := ""
	for _, a := range u.attrs {
		switch a.Name.Local {
		case "x":
			x = a.Value
		case "y":
			y = a.Value
		case "href":
			href = a.Value
		case "transform":
			tr = a.Value
		case "width", "height", "id":
		default:
			g.attrs = append(g.attrs, a)
		}
	}
	if x != "" || y != "" {
		tr = strings.TrimSpace(tr + " translate(" + orZero(x) + " " + orZero(y) + ")")
	}
	if tr != "" {
		g.attrs = append(g.attrs, xml.Attr{Name: xml.Name{Local: "transform"}, Value: tr})
	}
	ref := n.ids[strings.TrimPrefix(strings.TrimSpace(href), "#")]
	if ref == nil || depth >= svgMaxUseDepth || n.nodes > svgMaxNodes {
		return g
	}
	c := n.clone(ref)
	if c.name == "symbol" || c.name == "svg" {
		c.name = "g"
		placeSymbol(c, u, n.viewBox)
	}
	g.kids = []*svgNode{c}
	return g
}

func orZero(s string) string {
	if strings.TrimSpace(s) == "" {
		return "0"
	}
	return s
}

// clone copies el and what is under it, without ids (a copy is not a target).
func (n *normaliser) clone(el *svgNode) *svgNode {
	n.nodes++
	c := &svgNode{name: el.name, text: el.text}
	for _, a := range el.attrs {
		if a.Name.Local != "id" {
			c.attrs = append(c.attrs, a)
		}
	}
	if n.nodes > svgMaxNodes {
		return c
	}
	for _, k := range el.kids {
		c.kids = append(c.kids, n.clone(k))
	}
	return c
}

// applyCSS writes the matching rules' declarations before the element's
// own style attribute (which wins), so oksvg and the text reader see them.
// It returns the element as the selectors saw it.
func (n *normaliser) applyCSS(el *svgNode, ancestors []xml.StartElement) xml.StartElement {
	se := xml.StartElement{Name: xml.Name{Local: el.name}, Attr: el.attrs}
	if len(n.css.rules) == 0 || el.name == "" {
		return se
	}
	var decl []string
	for _, r := range n.css.rules {
		if r.matches(se, ancestors) {
			for _, k := range sortedKeys(r.decls) {
				decl = append(decl, k+":"+r.decls[k])
			}
		}
	}
	if len(decl) == 0 {
		return se
	}
	style := strings.Join(decl, ";")
	kept := make([]xml.Attr, 0, len(el.attrs)+1)
	for _, a := range el.attrs {
		if a.Name.Local == "style" {
			style += ";" + a.Value
			continue
		}
		kept = append(kept, a)
	}
	el.attrs = append(kept, xml.Attr{Name: xml.Name{Local: "style"}, Value: style})
	return se
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// write serialises the tree with plain names (oksvg matches local names);
// <style> sheets are left out (their rules are in the elements now), and
// so are markers, symbols, clip paths, masks and patterns (svgHidden).
func (n *normaliser) write(w *bytes.Buffer, el *svgNode) {
	if el.name == "" {
		_ = xml.EscapeText(w, []byte(el.text))
		return
	}
	if svgHidden[el.name] {
		return
	}
	w.WriteString("<" + el.name)
	for _, a := range el.attrs {
		if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
			continue
		}
		v := hexColors(stripPx(a.Value))
		if a.Name.Local == "style" {
			decls := parseDecls(v)
			parts := make([]string, 0, len(decls))
			for _, k := range sortedKeysInOrder(v, decls) {
				parts = append(parts, k+":"+stripPx(decls[k]))
			}
			v = strings.Join(parts, ";")
		}
		if a.Name.Local == "transform" || a.Name.Local == "gradientTransform" {
			// as one matrix: oksvg reads scale(s) with one number as no scale
			m := parseTransform(v)
			v = fmt.Sprintf("matrix(%g %g %g %g %g %g)", m.a, m.b, m.c, m.d, m.e, m.f)
		}
		w.WriteString(" " + a.Name.Local + `="`)
		_ = xml.EscapeText(w, []byte(v))
		w.WriteByte('"')
	}
	w.WriteByte('>')
	for _, k := range el.kids {
		n.write(w, k)
	}
	w.WriteString("</" + el.name + ">")
}

func attrOf(el *svgNode, name string) string {
	for _, a := range el.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
