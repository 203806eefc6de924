package layout_test

import (
	"os"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/render/layout"
	"github.com/lectern-app/lectern/render/layout/layouttest"
)

var oddBodies = []string{
	"",
	"<!-- pause -->",
	"<!-- pause -->\n<!-- pause -->",
	"<div>raw html</div>\n\n<br>",
	"- a\n  - b\n    - c\n      - d\n        - e\n          - f\n            - g",
	"1. a\n2.\n3. c",
	"-\n-\n-",
	"| a |\n|---|",
	"| a | b | c | d | e | f | g | h | i | j | k | l | m | n | o | p |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n| x |",
	"| ![img](images/chart.png) | `code` |\n|---|---|\n| **b** | [l](x) |",
	"# ![img](images/chart.png) heading with picture",
	"```\n\n```",
	"```nosuchlanguage\n\tx\ty\n```",
	"    indented code\n\tand a tab",
	"> > > nested quotes\n> - with a list",
	"![bg](nothere.png)\n![bg right](https://example.com/x.png)\n![bg contain 50%](images/chart.png)",
	"![](data:image/png;base64,AAAA)",
	"![x](images/../images/chart.png \"title\")",
	"***\n___",
	"`" + strings.Repeat("x", 500) + "`",
	strings.Repeat("# h\n", 60),
	"Ω ж € 😀 \u200b \t tab",
	"[ref][r]\n\n[r]: https://example.com",
	"~~" + strings.Repeat("struck ", 100) + "~~",
	// scripts, directions and clusters
	"שלום `code` **bold** [link](x) 123 world $x^2$ - [ ] box",
	"مرحبا ١٢٣ abc (قوس) " + strings.Repeat("كلمة", 200),
	strings.Repeat("中文排版，标点。", 80),
	"\u202eoverride\u202c \u2067isolate\u2069 \u200f",
	"क्ष\u094d\u094d\u094d a" + strings.Repeat("\u0301", 200),
	"👩\u200d👩\u200d👧 🇫🇷 ✋🏽 1\ufe0f\u20e3",
	"| שלום | 中文 |\n|---|---|\n| مرحبا | क्ष |",
}

func TestOddSlidesLayOutInsideThePage(t *testing.T) {
	for _, theme := range []string{"light", "dark"} {
		for i, body := range oddBodies {
			d := &deck.Deck{Path: testdata + "x.md", Meta: deck.Meta{Theme: theme}}
			s := &deck.Slide{Number: 1, Body: body, Steps: 3}
			l, err := layout.LayoutSlide(s, d, layout.Options{})
			if err != nil {
				t.Fatalf("body %d: %v", i, err)
			}
			for step := 1; step <= l.Segments; step++ {
				inside(t, "body "+body[:min(len(body), 30)], l.Page(step))
			}
		}
	}
}

func FuzzLayout(f *testing.F) {
	for _, b := range oddBodies {
		f.Add(b)
	}
	for _, name := range []string{"talk.md", "features.md", "overflow.md"} {
		data, err := os.ReadFile(testdata + name)
		if err != nil {
			f.Fatal(err)
		}
		d := layouttest.FromMarkdown(string(data), testdata, "light")
		for _, s := range d.Slides {
			f.Add(s.Body)
		}
	}
	f.Fuzz(func(t *testing.T, body string) {
		d := &deck.Deck{Path: testdata + "x.md"}
		s := &deck.Slide{Number: 2, Body: body}
		l, err := layout.LayoutSlide(s, d, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		inside(t, "fuzz", l.Page(l.Segments))
	})
}
