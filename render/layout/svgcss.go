package layout

import (
	"sort"
	"strconv"
	"strings"
)

// parseCSS reads the rules of <style> sheets that Lectern applies:
// selectors of element, .class, element.class, #id and * compounds joined by
// descendant or child combinators (Mermaid writes "#id .node rect"), in
// lists, ordered by specificity and then by place. Sibling combinators,
// pseudo-classes, attribute selectors and at-rules are skipped; @import is
// refused (outside the file).
func parseCSS(sheet string, n *normaliser) svgCSS {
	for {
		i := strings.Index(sheet, "/*")
		if i < 0 {
			break
		}
		j := strings.Index(sheet[i+2:], "*/")
		if j < 0 {
			sheet = sheet[:i]
			break
		}
		sheet = sheet[:i] + " " + sheet[i+2+j+2:]
	}
	var rules []cssRule
	var spec []int
	for len(sheet) > 0 && len(rules) < 10000 {
		open := strings.IndexByte(sheet, '{')
		if open < 0 {
			break
		}
		head := strings.TrimSpace(sheet[:open])
		if strings.HasPrefix(head, "@import") || strings.Contains(head, ";@import") {
			n.refuse("an @import in a <style> sheet")
		}
		if k := strings.LastIndexByte(head, ';'); k >= 0 { // after an @import …; statement
			head = strings.TrimSpace(head[k+1:])
		}
		body, rest := closeBrace(sheet[open+1:])
		sheet = rest
		if strings.HasPrefix(head, "@") {
			continue // @media, @font-face, …: not followed
		}
		decls := parseDecls(body)
		for k, v := range decls {
			if u, bad := externalURL(v); bad {
				n.refuse("url(%s) in a <style> sheet", clip(u))
				delete(decls, k)
			}
		}
		for _, sel := range strings.Split(head, ",") {
			r, s, ok := parseSelector(strings.TrimSpace(sel))
			if !ok {
				continue
			}
			r.decls = decls
			rules = append(rules, r)
			spec = append(spec, s)
		}
	}
	idx := make([]int, len(rules))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return spec[idx[a]] < spec[idx[b]] })
	out := svgCSS{rules: make([]cssRule, len(rules))}
	for i, j := range idx {
		out.rules[i] = rules[j]
	}
	return out
}

// closeBrace splits at the brace that closes a block (nested blocks of
// at-rules included).
func closeBrace(s string) (body, rest string) {
	depth := 1
	for i, r := range s {
		switch r {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return s[:i], s[i+1:]
			}
		}
	}
	return s, ""
}

// parseSelector reads a selector of compounds joined by descendant (or
// child, read as descendant) combinators, and its specificity (id 100,
// class 10, element 1).
func parseSelector(s string) (cssRule, int, bool) {
	if s == "" || strings.ContainsAny(s, "+~:[") {
		return cssRule{}, 0, false
	}
	parts := strings.Fields(strings.ReplaceAll(s, ">", " "))
	var r cssRule
	spec := 0
	for i, p := range parts {
		c, sp, ok := parseCompound(p)
		if !ok {
			return cssRule{}, 0, false
		}
		spec += sp
		if i == len(parts)-1 {
			c.within = r.within
			r = c
		} else {
			r.within = append(r.within, c)
		}
	}
	return r, spec, true
}

// parseCompound reads element, .class, element.class, #id, element#id or *.
func parseCompound(s string) (cssRule, int, bool) {
	var r cssRule
	spec := 0
	if i := strings.IndexByte(s, '#'); i >= 0 {
		r.elem, r.id = s[:i], s[i+1:]
		spec += 100
	} else if i := strings.IndexByte(s, '.'); i >= 0 {
		r.elem, r.class = s[:i], s[i+1:]
		spec += 10
	} else {
		r.elem = s
	}
	if strings.ContainsAny(r.class+r.id, ".#") {
		return cssRule{}, 0, false // .a.b, #a.b: not followed
	}
	if r.elem != "" && r.elem != "*" {
		spec++
	}
	return r, spec, true
}

// stripPx turns a length in px ("1px") into a plain number: oksvg reads
// no units, and drops the rest of an element's style at the first it
// cannot read.
func stripPx(v string) string {
	t := strings.TrimSpace(v)
	if n := strings.TrimSuffix(t, "px"); n != t {
		if _, err := strconv.ParseFloat(n, 64); err == nil {
			return n
		}
	}
	return v
}

// sortedKeysInOrder lists the properties of a style attribute in the order
// they are written, each once (at its last place, which wins).
func sortedKeysInOrder(style string, decls map[string]string) []string {
	var keys []string
	seen := map[string]bool{}
	parts := strings.Split(style, ";")
	for i := len(parts) - 1; i >= 0; i-- {
		k, _, ok := strings.Cut(parts[i], ":")
		k = strings.TrimSpace(strings.ToLower(k))
		if !ok || seen[k] || decls[k] == "" && !strings.Contains(parts[i], ":") {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
	}
	for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
		keys[i], keys[j] = keys[j], keys[i]
	}
	return keys
}
