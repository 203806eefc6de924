package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/text"
)

// benchDeck writes an n-slide deck mixing every construct Parse handles:
// parts, time directives, comment notes, Note:, ^ notes, pauses, code
// blocks holding ---, local images.
func benchDeck(n int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Bench\nduration: 2h\nwarn: 10m\n---\n\n")
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteString("\n---\n\n")
		}
		if i%50 == 1 {
			fmt.Fprintf(&b, "<!-- part: Part %d -->\n", i/50+1)
		}
		if i%10 == 0 {
			b.WriteString("<!-- time: 30s -->\n")
		}
		fmt.Fprintf(&b, "\n## Slide %d\n\n- point one with **bold** and `code`\n- point two with a [link](https://example.com)\n\n", i)
		switch i % 4 {
		case 0:
			b.WriteString("```go\n---\nfunc main() {\n\t// <!-- not a note -->\n}\n```\n\n<!-- a one-line note -->\n")
		case 1:
			fmt.Fprintf(&b, "<!--\nNotes for slide %d.\nA second line.\n-->\n", i)
		case 2:
			b.WriteString("| a | b |\n|---|---|\n| 1 | 2 |\n\nNote: reveal.js notes\nrun to the end.\n")
		case 3:
			b.WriteString("![venue](images/venue.png)\n\n<!-- pause -->\n\nMore text.\n\n^ Deckset note.\n")
		}
	}
	return []byte(b.String())
}

func TestBenchDeck(t *testing.T) {
	d, err := Parse(talkPath, benchDeck(1000))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Slides) != 1000 || len(d.Parts) != 20 || d.NotesCount() != 1000 || len(d.Problems) != 0 {
		t.Fatalf("%d slides, %d parts, %d with notes, problems %v", len(d.Slides), len(d.Parts), d.NotesCount(), d.Problems)
	}
	s := d.Slides[2] // slide 3: image, pause, ^ note
	if s.Steps != 2 || len(s.Images) != 1 || s.Images[0].Missing || s.Notes != "Deckset note." {
		t.Fatalf("slide 3 = %+v", s)
	}
	if s := d.Slides[9]; !s.TimeSet || s.Title != "Slide 10" {
		t.Fatalf("slide 10 = %+v", s)
	}
}

// BenchmarkParse1000 parses a generated 1,000-slide deck (target: under
// 50 ms per parse).
func BenchmarkParse1000(b *testing.B) {
	src := benchDeck(1000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(talkPath, src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoldmarkOnly1000 is the CommonMark parse alone on the same deck,
// the floor under BenchmarkParse1000.
func BenchmarkGoldmarkOnly1000(b *testing.B) {
	src := benchDeck(1000)
	b.ReportAllocs()
	for b.Loop() {
		mdParser.Parse(text.NewReader(src))
	}
}

// BenchmarkParseReveals1000 is the same deck as a Marp deck whose lists are
// fragmented (`*` bullets), every tenth slide with a Slidev <v-clicks> list
// too: the cost of reading the reveals on top of BenchmarkParse1000.
func BenchmarkParseReveals1000(b *testing.B) {
	src := revealDeck(1000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(talkPath, src); err != nil {
			b.Fatal(err)
		}
	}
}

func revealDeck(n int) []byte {
	s := strings.Replace(string(benchDeck(n)), "title: Bench", "marp: true\ntitle: Bench", 1)
	s = strings.ReplaceAll(s, "0\n\n- point one", "0\n\n<v-clicks>\n\n- a\n- b\n\n</v-clicks>\n\n- point one")
	s = strings.ReplaceAll(s, "- point", "* point")
	return []byte(s)
}

func TestRevealDeck(t *testing.T) {
	d, err := Parse(talkPath, revealDeck(1000))
	if err != nil {
		t.Fatal(err)
	}
	if s := d.Slides[1]; s.Steps != 3 || !strings.Contains(s.Body, "* <!-- pause -->\n  point two") {
		t.Fatalf("slide 2: %d steps, body %q", s.Steps, s.Body)
	}
	// the v-clicks items a and b, then the starred items one and two
	if s := d.Slides[9]; s.Steps != 5 || !strings.Contains(s.Body, "- <!-- pause -->\n  b") {
		t.Fatalf("slide 10: %d steps, body %q", s.Steps, s.Body)
	}
}
