package texmath

// class is an atom's TeX spacing class.
type class int8

const (
	cOrd class = iota
	cOp
	cBin
	cRel
	cOpen
	cClose
	cPunct
	cInner
)

// sym is a command that stands for one character of a class.
type sym struct {
	r   rune
	cls class
}

var greek = map[string]rune{
	"alpha": 'α', "beta": 'β', "gamma": 'γ', "delta": 'δ', "epsilon": 'ϵ', "varepsilon": 'ε',
	"zeta": 'ζ', "eta": 'η', "theta": 'θ', "vartheta": 'ϑ', "iota": 'ι', "kappa": 'κ',
	"lambda": 'λ', "mu": 'μ', "nu": 'ν', "xi": 'ξ', "pi": 'π', "varpi": 'ϖ', "rho": 'ρ',
	"varrho": 'ϱ', "sigma": 'σ', "varsigma": 'ς', "tau": 'τ', "upsilon": 'υ', "phi": 'ϕ',
	"varphi": 'φ', "chi": 'χ', "psi": 'ψ', "omega": 'ω',
}

// upperGreek is set upright, as TeX does.
var upperGreek = map[string]rune{
	"Gamma": 'Γ', "Delta": 'Δ', "Theta": 'Θ', "Lambda": 'Λ', "Xi": 'Ξ', "Pi": 'Π',
	"Sigma": 'Σ', "Upsilon": 'Υ', "Phi": 'Φ', "Psi": 'Ψ', "Omega": 'Ω',
}

var symbols = map[string]sym{
	// relations
	"le": {'≤', cRel}, "leq": {'≤', cRel}, "ge": {'≥', cRel}, "geq": {'≥', cRel},
	"ne": {'≠', cRel}, "neq": {'≠', cRel}, "approx": {'≈', cRel}, "equiv": {'≡', cRel},
	"sim": {'∼', cRel}, "simeq": {'≃', cRel}, "cong": {'≅', cRel}, "propto": {'∝', cRel},
	"in": {'∈', cRel}, "notin": {'∉', cRel}, "ni": {'∋', cRel}, "subset": {'⊂', cRel},
	"subseteq": {'⊆', cRel}, "supset": {'⊃', cRel}, "supseteq": {'⊇', cRel},
	"to": {'→', cRel}, "rightarrow": {'→', cRel}, "leftarrow": {'←', cRel}, "gets": {'←', cRel},
	"Rightarrow": {'⇒', cRel}, "Leftarrow": {'⇐', cRel}, "Leftrightarrow": {'⇔', cRel},
	"leftrightarrow": {'↔', cRel}, "iff": {'⟺', cRel}, "implies": {'⟹', cRel},
	"impliedby": {'⟸', cRel}, "mapsto": {'↦', cRel}, "longrightarrow": {'⟶', cRel},
	"longleftarrow": {'⟵', cRel}, "Longrightarrow": {'⟹', cRel}, "uparrow": {'↑', cRel},
	"downarrow": {'↓', cRel}, "ll": {'≪', cRel}, "gg": {'≫', cRel}, "perp": {'⊥', cRel},
	"parallel": {'∥', cRel}, "mid": {'∣', cRel}, "models": {'⊨', cRel}, "vdash": {'⊢', cRel},
	"prec": {'≺', cRel}, "succ": {'≻', cRel}, "preceq": {'⪯', cRel}, "succeq": {'⪰', cRel},
	"doteq": {'≐', cRel}, "asymp": {'≍', cRel}, "coloneqq": {'≔', cRel},
	// binary operators
	"pm": {'±', cBin}, "mp": {'∓', cBin}, "times": {'×', cBin}, "div": {'÷', cBin},
	"cdot": {'⋅', cBin}, "ast": {'∗', cBin}, "star": {'⋆', cBin}, "circ": {'∘', cBin},
	"bullet": {'∙', cBin}, "cap": {'∩', cBin}, "cup": {'∪', cBin}, "wedge": {'∧', cBin},
	"land": {'∧', cBin}, "vee": {'∨', cBin}, "lor": {'∨', cBin}, "setminus": {'∖', cBin},
	"oplus": {'⊕', cBin}, "otimes": {'⊗', cBin}, "odot": {'⊙', cBin}, "ominus": {'⊖', cBin},
	"sqcup": {'⊔', cBin}, "sqcap": {'⊓', cBin}, "dagger": {'†', cBin}, "amalg": {'⨿', cBin},
	// ordinary symbols
	"infty": {'∞', cOrd}, "partial": {'∂', cOrd}, "nabla": {'∇', cOrd}, "forall": {'∀', cOrd},
	"exists": {'∃', cOrd}, "nexists": {'∄', cOrd}, "emptyset": {'∅', cOrd}, "varnothing": {'∅', cOrd},
	"hbar": {'ℏ', cOrd}, "ell": {'ℓ', cOrd}, "Re": {'ℜ', cOrd}, "Im": {'ℑ', cOrd},
	"aleph": {'ℵ', cOrd}, "prime": {'′', cOrd}, "angle": {'∠', cOrd}, "triangle": {'△', cOrd},
	"neg": {'¬', cOrd}, "lnot": {'¬', cOrd}, "top": {'⊤', cOrd}, "bot": {'⊥', cOrd},
	"cdots": {'⋯', cInner}, "ldots": {'…', cInner}, "dots": {'…', cInner}, "vdots": {'⋮', cOrd},
	"ddots": {'⋱', cInner}, "checkmark": {'✓', cOrd}, "degree": {'°', cOrd}, "S": {'§', cOrd},
	"P": {'¶', cOrd}, "surd": {'√', cOrd}, "Box": {'□', cOrd}, "square": {'□', cOrd},
	"imath": {'ı', cOrd}, "jmath": {'ȷ', cOrd}, "wp": {'℘', cOrd}, "mho": {'℧', cOrd},
	"colon": {':', cPunct}, "vert": {'|', cOrd}, "Vert": {'‖', cOrd}, "|": {'‖', cOrd},
	"#": {'#', cOrd}, "%": {'%', cOrd}, "&": {'&', cOrd}, "_": {'_', cOrd}, "$": {'$', cOrd},
	// delimiters as plain characters
	"{": {'{', cOpen}, "}": {'}', cClose}, "lbrace": {'{', cOpen}, "rbrace": {'}', cClose},
	"langle": {'⟨', cOpen}, "rangle": {'⟩', cClose}, "lfloor": {'⌊', cOpen}, "rfloor": {'⌋', cClose},
	"lceil": {'⌈', cOpen}, "rceil": {'⌉', cClose}, "lvert": {'|', cOpen}, "rvert": {'|', cClose},
	"lVert": {'‖', cOpen}, "rVert": {'‖', cClose}, "lbrack": {'[', cOpen}, "rbrack": {']', cClose},
}

// bigOps are the large operators; limits tells whether their scripts go
// above and below in display style.
var bigOps = map[string]struct {
	r      rune
	limits bool
}{
	"sum": {'∑', true}, "prod": {'∏', true}, "coprod": {'∐', true}, "bigcup": {'⋃', true},
	"bigcap": {'⋂', true}, "bigvee": {'⋁', true}, "bigwedge": {'⋀', true},
	"bigoplus": {'⨁', true}, "bigotimes": {'⨂', true}, "bigodot": {'⨀', true},
	"bigsqcup": {'⨆', true}, "int": {'∫', false}, "iint": {'∬', false}, "iiint": {'∭', false},
	"oint": {'∮', false},
}

// functions are set upright as operators; those in limitFunctions take
// their scripts above and below in display style.
var functions = map[string]bool{
	"sin": false, "cos": false, "tan": false, "cot": false, "sec": false, "csc": false,
	"arcsin": false, "arccos": false, "arctan": false, "sinh": false, "cosh": false,
	"tanh": false, "coth": false, "log": false, "ln": false, "lg": false, "exp": false,
	"deg": false, "dim": false, "hom": false, "ker": false, "arg": false,
	"lim": true, "liminf": true, "limsup": true, "max": true, "min": true, "sup": true,
	"inf": true, "det": true, "gcd": true, "Pr": true,
}

// spaces are the spacing commands, in em.
var spaces = map[string]float64{
	",": 3.0 / 18, "thinspace": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, "medspace": 4.0 / 18,
	";": 5.0 / 18, "thickspace": 5.0 / 18, "!": -3.0 / 18, "negthinspace": -3.0 / 18,
	"quad": 1, "qquad": 2, " ": 0.25, "enspace": 0.5,
}

// accents map to the mark set over the base; wide ones stretch (drawn as
// rules and strokes rather than a glyph).
var accents = map[string]rune{
	"hat": 'ˆ', "widehat": 'ˆ', "tilde": '˜', "widetilde": '˜', "dot": '˙', "ddot": '¨',
	"acute": 'ˊ', "grave": 'ˋ', "breve": '˘', "check": 'ˇ', "mathring": '˚',
	"bar": '-', "overline": '-', "vec": '→', "overrightarrow": '→', "underline": '_',
}

// sized delimiters: \big… scale factors of the text size.
var bigSizes = map[string]float64{
	"big": 1.2, "bigl": 1.2, "bigr": 1.2, "bigm": 1.2, "Big": 1.8, "Bigl": 1.8, "Bigr": 1.8, "Bigm": 1.8,
	"bigg": 2.4, "biggl": 2.4, "biggr": 2.4, "Bigg": 3.0, "Biggl": 3.0, "Biggr": 3.0,
}

// charClass is the class of a plain character in math.
func charClass(r rune) class {
	switch r {
	case '+', '-', '*', '−', '±', '×', '÷', '⋅':
		return cBin
	case '=', '<', '>', ':', '≤', '≥', '≠', '→', '←', '∈':
		return cRel
	case '(', '[':
		return cOpen
	case ')', ']':
		return cClose
	case ',', ';':
		return cPunct
	}
	return cOrd
}

// spacing is the space in mu (1/18 em) TeX puts between atoms of classes
// l and r; tight is script style, where only the operator spaces stay.
func spacing(l, r class, tight bool) float64 {
	var mu float64
	switch {
	case l == cOrd && r == cOp, l == cOp && (r == cOrd || r == cOp), l == cClose && r == cOp,
		l == cInner && (r == cOp || r == cOrd || r == cOpen || r == cInner || r == cPunct),
		r == cInner && (l == cOrd || l == cClose || l == cOp):
		mu = 3
		if l == cOp || r == cOp {
			return mu
		}
	case r == cBin && l != cBin && l != cOpen && l != cPunct && l != cRel && l != cOp,
		l == cBin && r != cClose && r != cPunct && r != cRel:
		mu = 4
	case r == cRel && l != cRel && l != cOpen && l != cPunct, l == cRel && r != cRel && r != cClose && r != cPunct:
		mu = 5
	case l == cPunct && r != cClose:
		mu = 3
	}
	if tight {
		return 0
	}
	return mu
}
