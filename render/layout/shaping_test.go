package layout_test

import (
	"math"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/fonts/fontstest"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

// page lays out the first slide of a Markdown body.
func page(t *testing.T, md string) *layout.Page {
	t.Helper()
	d := layouttest.FromMarkdown(md+"\nA second paragraph keeps this a content slide.\n", t.TempDir(), "light")
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{NoNumber: true})
	if err != nil {
		t.Fatal(err)
	}
	return l.Page(l.Segments)
}

func glyphWidth(x layout.Text) float64 {
	w := 0.0
	for _, g := range x.Glyphs {
		w += g.Advance
	}
	return w
}

// onLine is the text ops of the line holding s, left to right.
func onLine(t *testing.T, p *layout.Page, s string) []layout.Text {
	t.Helper()
	y := math.NaN()
	for _, x := range texts(p) {
		if strings.Contains(x.Text, s) {
			y = x.Y
		}
	}
	if math.IsNaN(y) {
		t.Fatalf("no text op holds %q: %v", s, texts(p))
	}
	var out []layout.Text
	for _, x := range texts(p) {
		if x.Y == y {
			out = append(out, x)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].X < out[j].X })
	return out
}

func opWith(t *testing.T, ops []layout.Text, s string) layout.Text {
	t.Helper()
	for _, x := range ops {
		if strings.Contains(x.Text, s) {
			return x
		}
	}
	t.Fatalf("no op holds %q in %v", s, ops)
	return layout.Text{}
}

// Every text op leaves the layout shaped: body text, code, tables, lists,
// formulas and the slide number alike, at the widths the layout placed
// them with (runs that follow on a line start where the glyphs end).
func TestEveryTextOpIsShaped(t *testing.T) {
	for _, file := range []string{"talk.md", "math.md", "features.md", "svg-text.md"} {
		d := load(t, file, "light")
		for n := 1; n <= len(d.Slides); n++ {
			ops := texts(laid(t, d, n).Page(99))
			for i, x := range ops {
				if x.Glyphs == nil {
					t.Errorf("%s slide %d: op %q has no glyphs", file, n, x.Text)
					continue
				}
				if w := width(x); math.Abs(w-glyphWidth(x)) > 0.01 {
					t.Errorf("%s slide %d: %q measured %g, glyphs advance %g", file, n, x.Text, w, glyphWidth(x))
				}
				if i+1 < len(ops) && ops[i+1].Y == x.Y && ops[i+1].X > x.X && ops[i+1].Font != x.Font {
					if d := ops[i+1].X - (x.X + glyphWidth(x)); d < -0.01 {
						t.Errorf("%s slide %d: %q overlaps %q by %g", file, n, ops[i+1].Text, x.Text, -d)
					}
				}
			}
		}
	}
}

func TestDevanagariSetInConjuncts(t *testing.T) {
	fontstest.Need(t, "क्षत्रिय")
	p := page(t, "# Shaped\n\nThe word क्षत्रिय in a sentence.\n")
	x := opWith(t, texts(p), "क्षत्रिय")
	if x.Font < fonts.Embedded || x.Text != "क्षत्रिय" {
		t.Fatalf("op %q in %s, want the word alone in a fallback face", x.Text, fonts.Name(x.Font))
	}
	if len(x.Glyphs) == 0 || len(x.Glyphs) >= len([]rune(x.Text)) {
		t.Errorf("%d glyphs for %d characters: no conjuncts", len(x.Glyphs), len([]rune(x.Text)))
	}
}

// A Hebrew phrase in an English sentence reads right to left inside it,
// the English around it left to right, as a browser shows it.
func TestHebrewInEnglishLine(t *testing.T) {
	fontstest.Need(t, "שלום עולם")
	p := page(t, "# Bidi\n\nsay שלום עולם to everyone\n")
	line := onLine(t, p, "say")
	say, heb, rest := opWith(t, line, "say"), opWith(t, line, "שלום"), opWith(t, line, "everyone")
	if !(say.X < heb.X && heb.X < rest.X) {
		t.Errorf("order on the line: say at %g, Hebrew at %g, rest at %g; want left to right", say.X, heb.X, rest.X)
	}
	if say.RTL || rest.RTL || !heb.RTL {
		t.Errorf("RTL flags: say %v, Hebrew %v, rest %v", say.RTL, heb.RTL, rest.RTL)
	}
	// the first word is drawn right of the second, each right to left
	second := opWith(t, line, "עולם")
	if heb.X <= second.X || !second.RTL || second.X <= say.X {
		t.Errorf("שלום at %g, עולם at %g: the first word should be on the right", heb.X, second.X)
	}
	var shin, lastMem float64 = -1, -1
	for _, g := range heb.Glyphs {
		switch g.Cluster {
		case 0: // ש
			shin = g.X
		case strings.LastIndex(heb.Text, "ם"):
			lastMem = g.X
		}
	}
	if shin <= lastMem || lastMem < 0 {
		t.Errorf("ש at %g, ם at %g: the word's first letter should be its rightmost glyph", shin, lastMem)
	}
	if len(line) < 3 || line[0].X > 110.5 {
		t.Errorf("a left-to-right paragraph should start at the left margin: %v", line)
	}
}

// A paragraph whose first strong character is Hebrew runs right to left:
// it is aligned right and its English word sits left of the Hebrew.
func TestHebrewParagraphIsRightAligned(t *testing.T) {
	fontstest.Need(t, "שלום")
	p := page(t, "# Bidi\n\nשלום world 42\n")
	line := onLine(t, p, "world")
	heb, eng := opWith(t, line, "שלום"), opWith(t, line, "world")
	if !(eng.X < heb.X) {
		t.Errorf("English at %g, Hebrew at %g: in a right-to-left paragraph the Hebrew comes first, on the right", eng.X, heb.X)
	}
	last := line[len(line)-1]
	right := last.X + glyphWidth(last)
	if math.Abs(right-(layout.Width-110)) > 1 {
		t.Errorf("line ends at %g, want the right margin %g", right, layout.Width-110)
	}
}

func TestArabicRunIsRightToLeftAndJoined(t *testing.T) {
	fontstest.Need(t, "مرحبا")
	p := page(t, "# Arabic\n\nمرحبا بالعالم\n")
	x := opWith(t, texts(p), "مرحبا")
	if !x.RTL || x.Font < fonts.Embedded {
		t.Fatalf("op %q: RTL %v in %s", x.Text, x.RTL, fonts.Name(x.Font))
	}
	for i := 1; i < len(x.Glyphs); i++ {
		if x.Glyphs[i].X < x.Glyphs[i-1].X-0.01 {
			t.Errorf("glyphs not left to right at %d: %+v", i, x.Glyphs)
		}
	}
	if x.Glyphs[0].Cluster <= x.Glyphs[len(x.Glyphs)-1].Cluster {
		t.Error("the leftmost glyph should draw the last character")
	}
}

// Chinese has no spaces: a long sentence breaks between characters (UAX
// #14) into lines that all fit the content box, the first line filled after
// a Latin word, and no line starts with a closing punctuation mark.
func TestChineseBreaksBetweenCharacters(t *testing.T) {
	fontstest.Need(t, "你好")
	text := strings.Repeat("演示文稿应该在离线时也能准确地显示每一种文字。", 6)
	p := page(t, "# 中文\n\nIntro "+text+"\n")
	lines := map[float64][]layout.Text{}
	var all strings.Builder
	for _, x := range texts(p) {
		if strings.Contains(x.Text, "中文") || strings.Contains(x.Text, "paragraph") {
			continue
		}
		all.WriteString(x.Text)
		lines[x.Y] = append(lines[x.Y], x)
		if right := x.X + glyphWidth(x); x.X < 110-0.5 || right > layout.Width-110+0.5 {
			t.Errorf("op %q from %g to %g leaves the box", x.Text, x.X, right)
		}
	}
	if len(lines) < 3 {
		t.Errorf("%d lines, want the sentence broken into several", len(lines))
	}
	if all.String() != "Intro "+text {
		t.Errorf("text lost or reordered in breaking: %q", all.String())
	}
	for y, ops := range lines {
		sort.Slice(ops, func(i, j int) bool { return ops[i].X < ops[j].X })
		if strings.HasPrefix(ops[0].Text, "。") {
			t.Errorf("line at %g starts with a full stop", y)
		}
		if ops[0].Text == "Intro " && len(ops) < 2 {
			t.Error("the first line holds only the Latin word: the Chinese should fill it")
		}
	}
}

// ShapeText shapes what reaches a backend without glyphs, face by face.
func TestShapeTextSplitsFaces(t *testing.T) {
	fontstest.Need(t, "नमस्ते")
	got := layout.ShapeText(layout.Text{X: 100, Y: 50, Size: 40, Font: fonts.Regular, Text: "Hi नमस्ते"})
	if len(got) != 2 || got[0].Text != "Hi " || got[1].Text != "नमस्ते" {
		t.Fatalf("ops %+v, want Latin and Devanagari runs", got)
	}
	if got[0].Glyphs == nil || got[1].Glyphs == nil || got[1].Font < fonts.Embedded {
		t.Fatalf("runs not shaped in their faces: %+v", got)
	}
	if d := got[1].X - (got[0].X + glyphWidth(got[0])); math.Abs(d) > 1e-9 {
		t.Errorf("second run starts %g after the first ends", d)
	}
	again := layout.ShapeText(got[1])
	if len(again) != 1 || &again[0].Glyphs[0] != &got[1].Glyphs[0] {
		t.Error("a shaped op should come back as it is")
	}
}

// A label mixing directions that reaches ShapeText unshaped (an SVG text,
// a backend's own) is put in visual order too.
func TestShapeTextOrdersMixedDirections(t *testing.T) {
	fontstest.Need(t, "שלום")
	got := layout.ShapeText(layout.Text{X: 10, Size: 30, Font: fonts.Regular, Text: "Total שלום עולם 2024"})
	var heb1, heb2, total, year layout.Text
	for _, x := range got {
		switch {
		case strings.Contains(x.Text, "שלום"):
			heb1 = x
		case strings.Contains(x.Text, "עולם"):
			heb2 = x
		case strings.Contains(x.Text, "Total"):
			total = x
		case strings.Contains(x.Text, "2024"):
			year = x
		}
		if x.Glyphs == nil {
			t.Errorf("op %q not shaped", x.Text)
		}
	}
	if !heb1.RTL || !heb2.RTL || total.RTL || year.RTL {
		t.Fatalf("directions wrong: %+v", got)
	}
	// UAX #9: a number after Hebrew belongs to it (level 2 inside level
	// 1), so it reads "Total 2024 עולם שלום" left to right, as browsers show it
	if !(total.X < year.X && year.X < heb2.X && heb2.X < heb1.X) {
		t.Errorf("visual order: Total %g, 2024 %g, עולם %g, שלום %g; want that order", total.X, year.X, heb2.X, heb1.X)
	}
}

// A word too long for a line is cut between grapheme clusters: no line
// starts with a vowel sign, a virama or a joiner torn from its base.
func TestLongWordsCutBetweenClusters(t *testing.T) {
	fontstest.Need(t, "क्षि", "👩")
	for _, word := range []string{strings.Repeat("क्षि", 150), strings.Repeat("👩\u200d👩\u200d👧", 60)} {
		p := page(t, "# Long\n\n"+word+"\n")
		var all strings.Builder
		lines := 0
		for _, x := range texts(p) {
			if strings.Contains(x.Text, "Long") || strings.Contains(x.Text, "paragraph") {
				continue
			}
			all.WriteString(x.Text)
			lines++
			r := []rune(x.Text)[0]
			if unicode.In(r, unicode.Mn, unicode.Mc) || r == '\u200d' {
				t.Errorf("a run starts with U+%04X, torn from its cluster", r)
			}
			if right := x.X + glyphWidth(x); right > layout.Width-110+0.5 {
				t.Errorf("run %q ends at %g, past the box", x.Text, right)
			}
		}
		if lines < 2 || all.String() != word {
			t.Errorf("%d runs; text kept: %v", lines, all.String() == word)
		}
	}
}

// A character no font has is drawn as glyph 0 in the base face, the box
// backends draw, and named as a problem.
func TestMissingCharacterIsNotdefGlyph(t *testing.T) {
	d := layouttest.FromMarkdown("# Box\n\nA private use character: \U0010FFFD here\n\nMore text.\n", t.TempDir(), "light")
	l, err := layout.LayoutSlide(d.Slide(1), d, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := opWith(t, texts(l.Page(1)), "\U0010FFFD")
	if x.Font != fonts.Regular || x.Text != "\U0010FFFD" || len(x.Glyphs) != 1 || x.Glyphs[0].ID != 0 || x.Glyphs[0].Advance <= 0 {
		t.Errorf("op %+v, want one .notdef glyph with a width in Go Regular", x)
	}
	if len(l.Problems) != 1 {
		t.Errorf("problems %v, want the missing glyph", l.Problems)
	}
}

// A newline inside a paragraph's text does not end the bidi paragraph:
// the Hebrew after it is still right to left.
func TestBidiLevelsSpanNewlines(t *testing.T) {
	fontstest.Need(t, "שלום")
	got := layout.ShapeText(layout.Text{Size: 30, Font: fonts.Regular, Text: "a\nשלום b"})
	for _, x := range got {
		if strings.Contains(x.Text, "שלום") && !x.RTL {
			t.Errorf("Hebrew after a newline shaped left to right: %+v", got)
		}
	}
}

// A list item in Hebrew has its bullet on the right and its text aligned
// right, left of the bullet; an English item keeps the bullet on the left.
func TestHebrewListItemHasItsBulletOnTheRight(t *testing.T) {
	fontstest.Need(t, "שלום")
	p := page(t, "# List\n\n- שלום עולם\n- hello world\n")
	heb, eng := opWith(t, texts(p), "שלום"), opWith(t, texts(p), "hello")
	var bullets []layout.Rect
	for _, op := range p.Ops {
		if r, ok := op.(layout.Rect); ok && r.W < 30 && r.W == r.H {
			bullets = append(bullets, r)
		}
	}
	if len(bullets) != 2 {
		t.Fatalf("%d bullets, want 2: %+v", len(bullets), bullets)
	}
	hebBullet, engBullet := bullets[0], bullets[1]
	if hebBullet.Y > engBullet.Y {
		hebBullet, engBullet = engBullet, hebBullet
	}
	if !(hebBullet.X > heb.X+glyphWidth(heb)) {
		t.Errorf("Hebrew bullet at %g, text ends at %g: want the bullet right of the text", hebBullet.X, heb.X+glyphWidth(heb))
	}
	if hebBullet.X+hebBullet.W > layout.Width-110+0.5 || engBullet.X > eng.X {
		t.Errorf("bullets at %g (Hebrew) and %g (English, text at %g)", hebBullet.X, engBullet.X, eng.X)
	}
}
