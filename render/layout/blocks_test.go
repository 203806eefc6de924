package layout_test

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

func TestInlineStyles(t *testing.T) {
	d := load(t, "features.md", "light")
	p := laid(t, d, 1).Page(1)
	if x := find(t, p, "bold"); x.Font != layout.Bold {
		t.Errorf("bold run in %v", x.Font)
	}
	if x := find(t, p, "italic"); x.Font != layout.Italic {
		t.Errorf("italic run in %v", x.Font)
	}
	if x := find(t, p, "both"); x.Font != layout.BoldItalic {
		t.Errorf("bold italic run in %v", x.Font)
	}
	if x := find(t, p, "inline code"); x.Font != layout.Mono {
		t.Errorf("code run in %v", x.Font)
	}
	link := find(t, p, "link")
	if link.Link != "https://example.com" || link.Color != layout.Light.Link {
		t.Errorf("link run %+v", link)
	}
	if x := find(t, p, "struck"); !x.Strike {
		t.Errorf("struck run %+v", x)
	}
	// runs on one line share a baseline and follow each other
	with := find(t, p, "Text with ")
	bold := find(t, p, "bold")
	if with.Y != bold.Y || math.Abs(with.X+width(with)-bold.X) > 0.01 {
		t.Errorf("runs not adjacent: %+v then %+v", with, bold)
	}
	// a strike line and a link underline are drawn
	var strike, under bool
	for _, op := range p.Ops {
		if l, ok := op.(layout.Line); ok && l.Y1 == l.Y2 {
			s := find(t, p, "struck")
			if math.Abs(l.X1-s.X) < 0.01 && l.Y1 < s.Y {
				strike = true
			}
			if math.Abs(l.X1-link.X) < 0.01 && l.Y1 > link.Y {
				under = true
			}
		}
	}
	if !strike || !under {
		t.Errorf("strike line %v, link underline %v", strike, under)
	}
}

func TestNestedListsIndent(t *testing.T) {
	d := load(t, "features.md", "light")
	p := laid(t, d, 1).Page(1)
	l1 := find(t, p, "First level")
	l2 := find(t, p, "Second level with ")
	l3 := find(t, p, "Third level")
	back := find(t, p, "Back to the first")
	if !(l1.X < l2.X && l2.X < l3.X) || back.X != l1.X {
		t.Errorf("indents %.0f %.0f %.0f %.0f", l1.X, l2.X, l3.X, back.X)
	}
	if !(l1.Y < l2.Y && l2.Y < l3.Y && l3.Y < back.Y) {
		t.Error("items out of order")
	}
	// a bullet (disc) sits left of each first-level item
	discs := 0
	for _, op := range p.Ops {
		if r, ok := op.(layout.Rect); ok && r.Fill.A != 0 && r.Radius > 0 && r.X < l1.X && r.W < 20 && r.W == r.H {
			discs++
		}
	}
	if discs != 2 {
		t.Errorf("%d first-level discs, want 2", discs)
	}
	// numbered list: labels 1. and 2. at the outer level, nested ones further in
	p = laid(t, d, 9).Page(1)
	var ones []layout.Text
	for _, x := range texts(p) {
		if x.Text == "1." {
			ones = append(ones, x)
		}
	}
	if len(ones) == 2 && ones[0].Y > ones[1].Y {
		ones[0], ones[1] = ones[1], ones[0]
	}
	if len(ones) != 2 || ones[1].X <= ones[0].X {
		t.Errorf("numbers %+v", ones)
	}
}

func TestTableCells(t *testing.T) {
	d := load(t, "talk.md", "light")
	p := laid(t, d, 3).Page(1)
	grid := [][]string{
		{"On stage", "In rehearsal"},
		{"current + next", "time per slide"},
		{"notes", "where it runs long"},
		{"a warning clock", "how to cut it down"},
	}
	for r, row := range grid {
		for c, cell := range row {
			x := find(t, p, cell)
			if r == 0 && x.Font != layout.Bold {
				t.Errorf("header %q not bold", cell)
			}
			if r > 0 && x.Font != layout.Regular {
				t.Errorf("cell %q in font %v", cell, x.Font)
			}
			if left := find(t, p, row[0]); left.Y != x.Y {
				t.Errorf("%q not on the row of %q", cell, row[0])
			}
			if top := find(t, p, grid[0][c]); top.X != x.X {
				t.Errorf("%q not in the column of %q", cell, grid[0][c])
			}
			if x.Size < 40 {
				t.Errorf("cell %q at %.1f px", cell, x.Size)
			}
		}
	}
	frames, rules := 0, 0
	for _, op := range p.Ops {
		switch o := op.(type) {
		case layout.Rect:
			if o.Stroke.A != 0 && o.W > 400 {
				frames++
			}
		case layout.Line:
			rules++
		}
	}
	if frames != 1 || rules < 4 {
		t.Errorf("table frame %d, rules %d", frames, rules)
	}
}

func TestCodeIsHighlighted(t *testing.T) {
	for _, theme := range []string{"light", "dark"} {
		d := load(t, "talk.md", theme)
		p := laid(t, d, 6).Page(1)
		colours := map[color.RGBA]bool{}
		var kw, name layout.Text
		for _, x := range texts(p) {
			if x.Font != layout.Mono && x.Font != layout.MonoBold {
				continue
			}
			colours[x.Color] = true
			if x.Text == "func" {
				kw = x
			}
			if strings.HasPrefix(x.Text, "Timer") {
				name = x
			}
		}
		if len(colours) < 3 {
			t.Errorf("%s: code in %d colours, want several", theme, len(colours))
		}
		if kw.Text == "" || name.Text == "" || kw.Color == name.Color {
			t.Errorf("%s: keyword %+v and name %+v should differ in colour", theme, kw, name)
		}
		// tabs expanded: the second line is indented by 4 columns
		left := find(t, p, "left")
		adv := fonts.Advance(layout.Mono, left.Size, ' ')
		if math.Abs(left.X-kw.X-4*adv) > 0.01 {
			t.Errorf("%s: tab indent %.1f, want %.1f", theme, left.X-kw.X, 4*adv)
		}
	}
}
