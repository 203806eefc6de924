package markdown

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// FuzzParse feeds arbitrary decks, seeded from the golden cases and the
// reference talk. Parse must never panic, and a deck it returns must hold
// together: slides numbered in order, every slide in exactly one part, each
// Source a piece of the deck, trimmed notes, JSON-friendly metadata.
func FuzzParse(f *testing.F) {
	for _, file := range caseFiles(f) {
		f.Add(readCase(f, file).input)
	}
	if talk, err := os.ReadFile(talkPath); err == nil {
		f.Add(talk)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("fuzz/deck.md", src)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz/deck.md: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		text, _ := flattenNesting(string(normalize(src)))
		checkDeck(t, d, text)
	})
}

func checkDeck(t *testing.T, d *deck.Deck, text string) {
	t.Helper()
	lines := strings.Count(text, "\n") + 1
	n := len(d.Slides)
	for i, s := range d.Slides {
		if s.Number != i+1 || s.Label != strconv.Itoa(i+1) || s.Steps < 1 {
			t.Fatalf("slide %d: number %d label %q steps %d", i+1, s.Number, s.Label, s.Steps)
		}
		if s.Line < 1 || s.Line > lines {
			t.Fatalf("slide %d: line %d of %d", i+1, s.Line, lines)
		}
		if !strings.Contains(text, s.Source) {
			t.Fatalf("slide %d: source %q is not in the deck", i+1, s.Source)
		}
		if s.Notes != strings.TrimSpace(s.Notes) {
			t.Fatalf("slide %d: notes not trimmed: %q", i+1, s.Notes)
		}
		if s.Part < 1 || s.Part > len(d.Parts) || s.Budget < 0 || s.Budget > deck.MaxDuration {
			t.Fatalf("slide %d: part %d of %d, budget %v", i+1, s.Part, len(d.Parts), s.Budget)
		}
		if n := drawnPauses(s.Body); n != s.Steps-1 {
			t.Fatalf("slide %d: %d steps but the layout would cut %d pauses in %q", i+1, s.Steps, n, s.Body)
		}
		for _, im := range s.Images {
			if im.Remote && (im.Path != "" || im.Missing) {
				t.Fatalf("slide %d: remote image %+v", i+1, im)
			}
		}
	}
	next := 1
	var sum time.Duration
	for i, p := range d.Parts {
		if p.Number != i+1 || p.First != next || p.Last < p.First || p.Last > n || p.Title == "" {
			t.Fatalf("part %+v does not follow slide %d", p, next-1)
		}
		next = p.Last + 1
		sum += p.Budget
	}
	if n > 0 && next != n+1 {
		t.Fatalf("parts cover slides up to %d of %d", next-1, n)
	}
	var slideSum time.Duration
	for _, s := range d.Slides {
		slideSum += s.Budget
	}
	if sum != slideSum {
		t.Fatalf("parts add up to %v, slides to %v", sum, slideSum)
	}
	if m := d.Meta; (m.Theme != "light" && m.Theme != "dark") || !(m.Aspect >= 0.1 && m.Aspect <= 10) || m.Warn < 0 || m.Duration < 0 || m.Warn > deck.MaxDuration || m.Duration > deck.MaxDuration {
		t.Fatalf("meta %+v", m)
	}
	for _, p := range d.Problems {
		if p.Slide < 0 || p.Slide > n || p.Message == "" || p.Kind == "" {
			t.Fatalf("problem %+v", p)
		}
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatalf("deck is not JSON friendly: %v", err)
	}
}

// gfm parses a body as render/layout does.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

var pauseBlockRe = regexp.MustCompile(`^\s*<!--\s*pause\s*-->\s*$`)

// drawnPauses counts the pause markers render/layout cuts a body at: HTML
// blocks holding only a pause comment.
func drawnPauses(body string) int {
	src := []byte(body)
	n := 0
	_ = ast.Walk(gfm.Parser().Parse(text.NewReader(src)), func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := node.(*ast.HTMLBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		var raw []byte
		for i := 0; i < h.Lines().Len(); i++ {
			seg := h.Lines().At(i)
			raw = append(raw, seg.Value(src)...)
		}
		if h.HasClosure() {
			raw = append(raw, h.ClosureLine.Value(src)...)
		}
		if pauseBlockRe.Match(raw) {
			n++
		}
		return ast.WalkSkipChildren, nil
	})
	return n
}
