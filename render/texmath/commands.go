package texmath

// atom parses one nucleus: a group, a character or a command.
func (p *parser) atom() node {
	c := p.src[p.pos]
	switch c {
	case '{':
		p.pos++
		l := p.list()
		p.expect('}')
		return nGroup{list: l}
	case '^', '_':
		p.pos++ // a script with no nucleus: attach to an empty one
		p.pos--
		return nGroup{}
	case '~':
		p.pos++
		return nSpace{em: 0.25}
	case '\\':
		return p.command(p.readCmd())
	}
	p.pos++
	return nChar{r: c}
}

// command parses what follows a backslash command name.
func (p *parser) command(name string) node {
	if r, ok := greek[name]; ok {
		return nChar{r: r}
	}
	if r, ok := upperGreek[name]; ok {
		return nSym{r: r, cls: cOrd}
	}
	if s, ok := symbols[name]; ok {
		return nSym{r: s.r, cls: s.cls}
	}
	if op, ok := bigOps[name]; ok {
		return nOp{text: string(op.r), limits: op.limits, big: true}
	}
	if lim, ok := functions[name]; ok {
		return nOp{text: name, limits: lim}
	}
	if em, ok := spaces[name]; ok {
		return nSpace{em: em}
	}
	if f, ok := fontCommands[name]; ok {
		return nFont{font: f, body: p.arg()}
	}
	if f, ok := textCommands[name]; ok {
		return nText{text: p.rawArg(), font: f}
	}
	if m, ok := accents[name]; ok {
		return nAcc{mark: m, name: name, body: p.arg()}
	}
	if s, ok := bigSizes[name]; ok {
		r := p.delim()
		cls := cOrd
		switch name[len(name)-1] {
		case 'l':
			cls = cOpen
		case 'r':
			cls = cClose
		case 'm':
			cls = cRel
		}
		return nBig{r: r, scale: s, cls: cls}
	}
	switch name {
	case "frac", "dfrac", "tfrac", "cfrac":
		num := p.arg()
		style := fracStyle(name)
		return nFrac{num: num, den: p.arg(), rule: true, style: style}
	case "binom", "dbinom", "tbinom":
		num := p.arg()
		style := fracStyle(name)
		return nFrac{num: num, den: p.arg(), l: '(', r: ')', style: style}
	case "sqrt":
		idx := p.optArg()
		return nSqrt{index: idx, body: p.arg()}
	case "left":
		l := p.delim()
		body := p.list()
		for p.peekCmd() == "middle" { // \middle: kept as a plain bar-like delimiter
			p.readCmd()
			body = append(body, nSym{r: p.delim(), cls: cRel})
			body = append(body, p.list()...)
		}
		r := '.'
		if p.peekCmd() == "right" {
			p.readCmd()
			r = p.delim()
		} else {
			p.fail(`(\left without \right)`)
		}
		return nLeft{l: l, r: r, body: body}
	case "begin":
		return p.env(p.rawArg())
	case "operatorname", "operatorname*":
		lim := false
		if !p.eof() && p.src[p.pos] == '*' {
			p.pos++
			lim = true
		}
		return nOp{text: p.rawArg(), limits: lim || name == "operatorname*"}
	case "overset", "stackrel":
		over := p.arg()
		return nStack{over: over, base: p.arg()}
	case "underset":
		under := p.arg()
		return nStack{under: under, base: p.arg()}
	case "displaystyle":
		return nStyle{style: sDisplay}
	case "textstyle":
		return nStyle{style: sText}
	case "scriptstyle":
		return nStyle{style: sScript}
	case "scriptscriptstyle":
		return nStyle{style: sScriptScript}
	case "boxed":
		return nBoxed{body: p.arg()}
	case "bmod":
		return nOp{text: "mod"}
	case "pmod":
		arg := p.arg()
		return nGroup{list: []node{nSpace{em: 1}, nChar{r: '('}, nText{text: "mod", font: fmRoman}, nSpace{em: 6.0 / 18}, arg, nChar{r: ')'}}}
	case "not":
		return nSym{r: '̸', cls: cRel} // combining long solidus over what follows
	case "limits", "nolimits":
		return nil
	}
	p.fail(`\` + name)
	return nText{text: `\` + name, font: fmRoman}
}

// env parses \begin{name} … \end{name}: rows of cells split at & and \\.
func (p *parser) env(name string) node {
	switch name {
	case "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix",
		"cases", "aligned", "align", "align*", "gathered", "gather", "gather*", "split", "array", "rcases":
	default:
		p.fail(`\begin{` + name + `}`)
	}
	if name == "array" {
		p.rawArg() // column spec: columns are centred
	}
	var rows [][]node
	var row []node
	for {
		cell := p.list()
		row = append(row, nGroup{list: cell})
		if p.eof() {
			p.fail(`(\begin{` + name + `} without \end)`)
			break
		}
		if p.src[p.pos] == '&' {
			p.pos++
			continue
		}
		if p.src[p.pos] == '}' {
			p.fail("(unbalanced '}')")
			p.pos++
			continue
		}
		cmd := p.readCmd()
		if cmd == "\\" {
			p.optArg() // \\[2pt]: extra row space is ignored
			rows = append(rows, row)
			row = nil
			continue
		}
		if cmd == "end" {
			if end := p.rawArg(); end != name {
				p.fail(`\end{` + end + `}`)
			}
			break
		}
		p.fail(`\` + cmd)
	}
	if len(row) > 1 || len(row) == 1 && len(row[0].(nGroup).list) > 0 {
		rows = append(rows, row)
	}
	return nEnv{name: name, rows: rows}
}

// fracStyle is the style \dfrac and \tfrac force; -1 for the usual one.
func fracStyle(name string) int {
	switch name[0] {
	case 'd', 'c':
		return sDisplay
	case 't':
		return sText
	}
	return -1
}
