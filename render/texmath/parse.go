package texmath

import (
	"fmt"
	"strings"
	"unicode"
)

// node is parsed TeX: one of the n… types below.
type node interface{}

type (
	nChar struct{ r rune } // a character typed in math
	nSym  struct {
		r   rune
		cls class
	} // a symbol command (\alpha, \le)
	nGroup struct{ list []node } // {…}
	nOp    struct {
		text   string
		limits bool
		big    bool
	} // \sum, \lim, \operatorname
	nFrac struct {
		num, den node
		rule     bool
		l, r     rune
		style    int
	}
	nSqrt struct{ body, index node }
	nScr  struct {
		base, sub, sup node
		limits         int
	} // limits: 0 auto, 1 \limits, -1 \nolimits
	nAcc struct {
		mark rune
		name string
		body node
	}
	nFont struct {
		font fontMode
		body node
	}
	nText struct {
		text string
		font fontMode
	}
	nSpace struct{ em float64 }
	nLeft  struct {
		l, r rune
		body []node
	}
	nBig struct {
		r     rune
		scale float64
		cls   class
	}
	nEnv struct {
		name string
		rows [][]node
	}
	nStack struct{ over, under, base node } // \overset, \underset, \stackrel
	nStyle struct{ style int }              // \displaystyle…
	nBoxed struct{ body node }
)

// fontMode is how letters in a group are set.
type fontMode int8

const (
	fmDefault fontMode = iota // italic letters, upright digits
	fmRoman
	fmBold
	fmItalic
	fmBB
	fmCal
	fmFrak
	fmSans
	fmMono
	fmBoldItalic
)

var fontCommands = map[string]fontMode{
	"mathrm": fmRoman, "mathbf": fmBold, "mathit": fmItalic, "mathbb": fmBB, "mathcal": fmCal,
	"mathscr": fmCal, "mathfrak": fmFrak, "mathsf": fmSans, "mathtt": fmMono, "boldsymbol": fmBoldItalic,
	"bm": fmBoldItalic, "mathnormal": fmDefault, "rm": fmRoman, "bf": fmBold,
}

var textCommands = map[string]fontMode{
	"text": fmRoman, "textrm": fmRoman, "mbox": fmRoman, "textbf": fmBold, "textit": fmItalic,
	"textsf": fmSans, "texttt": fmMono, "textnormal": fmRoman,
}

// parser reads TeX math; unknown collects commands it cannot set.
type parser struct {
	src     []rune
	pos     int
	unknown []string
	depth   int
}

// maxDepth bounds nesting: a deck is untrusted input.
const maxDepth = 200

func (p *parser) fail(cmd string) {
	for _, u := range p.unknown {
		if u == cmd {
			return
		}
	}
	p.unknown = append(p.unknown, cmd)
}

func (p *parser) eof() bool { return p.pos >= len(p.src) }

func (p *parser) skipSpace() {
	for !p.eof() && (unicode.IsSpace(p.src[p.pos]) || p.src[p.pos] == '%') {
		if p.src[p.pos] == '%' {
			for !p.eof() && p.src[p.pos] != '\n' {
				p.pos++
			}
			continue
		}
		p.pos++
	}
}

// peekCmd returns the command name at pos ("" if none) without moving.
func (p *parser) peekCmd() string {
	if p.eof() || p.src[p.pos] != '\\' || p.pos+1 >= len(p.src) {
		return ""
	}
	i := p.pos + 1
	if !isLetter(p.src[i]) {
		return string(p.src[i])
	}
	for i < len(p.src) && isLetter(p.src[i]) {
		i++
	}
	return string(p.src[p.pos+1 : i])
}

func (p *parser) readCmd() string {
	c := p.peekCmd()
	p.pos += 1 + len([]rune(c))
	return c
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// list parses atoms until a closing brace, \right, \end, & or \\ (left for
// the caller) or the end.
func (p *parser) list() []node {
	p.depth++
	defer func() { p.depth-- }()
	var out []node
	for {
		p.skipSpace()
		if p.eof() {
			return out
		}
		c := p.src[p.pos]
		if c == '}' || c == '&' {
			return out
		}
		switch p.peekCmd() {
		case "right", "end", "\\", "middle":
			return out
		}
		if p.depth > maxDepth {
			p.fail("(nesting deeper than 200)")
			p.pos = len(p.src)
			return out
		}
		a := p.atom()
		if a == nil {
			continue
		}
		out = append(out, p.scripts(a))
	}
}

// scripts reads ^, _, ' and \limits after a nucleus.
func (p *parser) scripts(base node) node {
	s := nScr{base: base}
	has := false
	for {
		p.skipSpace()
		if p.eof() {
			break
		}
		switch c := p.src[p.pos]; {
		case c == '^' && s.sup == nil:
			p.pos++
			s.sup, has = p.arg(), true
			continue
		case c == '_' && s.sub == nil:
			p.pos++
			s.sub, has = p.arg(), true
			continue
		case c == '\'':
			n := 0
			for !p.eof() && p.src[p.pos] == '\'' {
				n++
				p.pos++
			}
			s.sup, has = nSym{r: []rune("′″‴")[min(n, 3)-1], cls: cOrd}, true
			continue
		}
		if cmd := p.peekCmd(); cmd == "limits" || cmd == "nolimits" {
			p.readCmd()
			s.limits = map[string]int{"limits": 1, "nolimits": -1}[cmd]
			has = true
			continue
		}
		break
	}
	if !has {
		return base
	}
	return s
}

// arg reads one argument: a braced group or a single token.
func (p *parser) arg() node {
	p.skipSpace()
	if p.eof() {
		p.fail("(missing argument)")
		return nGroup{}
	}
	if p.src[p.pos] == '{' {
		p.pos++
		l := p.list()
		p.expect('}')
		return nGroup{list: l}
	}
	if p.src[p.pos] == '}' {
		p.fail("(missing argument)")
		return nGroup{}
	}
	return p.atom()
}

func (p *parser) expect(r rune) {
	p.skipSpace()
	if !p.eof() && p.src[p.pos] == r {
		p.pos++
		return
	}
	p.fail(fmt.Sprintf("(missing %q)", r))
	p.pos = len(p.src)
}

// rawArg reads a braced argument as text (\text, \operatorname, \begin).
func (p *parser) rawArg() string {
	p.skipSpace()
	if p.eof() || p.src[p.pos] != '{' {
		if p.eof() {
			return ""
		}
		p.pos++
		return string(p.src[p.pos-1])
	}
	p.pos++
	depth := 1
	start := p.pos
	for !p.eof() {
		switch p.src[p.pos] {
		case '\\':
			p.pos++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				s := string(p.src[start:p.pos])
				p.pos++
				return s
			}
		}
		p.pos++
	}
	p.fail("(missing '}')")
	return string(p.src[start:])
}

// optArg reads [..] if present.
func (p *parser) optArg() node {
	p.skipSpace()
	if p.eof() || p.src[p.pos] != '[' {
		return nil
	}
	p.pos++
	start := p.pos
	depth := 0
	for !p.eof() && (p.src[p.pos] != ']' || depth > 0) {
		switch p.src[p.pos] {
		case '{':
			depth++
		case '}':
			depth--
		}
		p.pos++
	}
	sub := &parser{src: p.src[start:p.pos], depth: p.depth}
	l := sub.list()
	p.unknown = append(p.unknown, sub.unknown...)
	if !p.eof() {
		p.pos++
	}
	return nGroup{list: l}
}

// delim reads the delimiter after \left, \right or \big.
func (p *parser) delim() rune {
	p.skipSpace()
	if p.eof() {
		p.fail("(missing delimiter)")
		return '.'
	}
	if p.src[p.pos] != '\\' {
		p.pos++
		return p.src[p.pos-1]
	}
	c := p.readCmd()
	if s, ok := symbols[c]; ok && (s.cls == cOpen || s.cls == cClose || s.r == '|' || s.r == '‖') {
		return s.r
	}
	p.fail(`\` + c)
	return '.'
}

// parse reads a whole formula.
func parse(tex string) ([]node, []string) {
	p := &parser{src: []rune(tex)}
	var out []node
	for {
		out = append(out, p.list()...)
		if p.eof() {
			break
		}
		switch {
		case p.src[p.pos] == '}':
			p.fail("(unbalanced '}')")
			p.pos++
		case p.src[p.pos] == '&' || p.peekCmd() == "\\":
			p.fail(`(& or \\ outside an environment)`)
			p.pos = len(p.src)
		default:
			p.fail(`\` + p.readCmd())
		}
	}
	return out, p.unknown
}

func trimCmd(s string) string { return strings.TrimPrefix(s, `\`) }
