package markdown

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

var talkPath = filepath.Join("..", "..", "..", "testdata", "markdown", "talk", "talk.md")

// TestTalk checks the reference deck end to end through Load.
func TestTalk(t *testing.T) {
	d, err := Load(talkPath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != deck.Markdown || d.Path != talkPath {
		t.Errorf("format %q path %q", d.Format, d.Path)
	}
	m := d.Meta
	if m.Title != "Talks that fit" || m.Author != "A. Speaker" || m.Duration != 30*time.Minute ||
		m.Warn != 5*time.Minute || m.Theme != "light" || math.Abs(m.Aspect-16.0/9) > 1e-9 {
		t.Errorf("meta = %+v", m)
	}
	if len(d.Slides) != 9 {
		t.Fatalf("%d slides, want 9", len(d.Slides))
	}
	titles := []string{"Talks that fit", "The conference Wi-Fi problem", "What a speaker needs",
		"Keeping time", "Running long", "A timer that warns", "One talk, three talks",
		"Links that need no network", "Thank you"}
	withNotes := map[int]bool{1: true, 2: true, 3: true, 5: true, 6: true, 7: true, 8: true}
	for i, s := range d.Slides {
		n := i + 1
		if s.Number != n || s.Label != strings.TrimSpace(s.Label) || s.Steps != 1 || s.Title != titles[i] {
			t.Errorf("slide %d: number %d label %q steps %d title %q", n, s.Number, s.Label, s.Steps, s.Title)
		}
		if (s.Notes != "") != withNotes[n] {
			t.Errorf("slide %d notes = %q", n, s.Notes)
		}
		for _, leak := range []string{"<!--", "-->", "part:", "time:", "Note:", "???", "^ "} {
			if strings.Contains(s.Body, leak) || strings.Contains(s.Notes, leak) {
				t.Errorf("slide %d: %q leaks into body %q or notes %q", n, leak, s.Body, s.Notes)
			}
		}
	}
	notes := map[int]string{
		1: "Welcome. Introduce yourself in one sentence.\nAsk: who has lost the conference Wi-Fi mid-talk?",
		2: "The point is that nothing on stage may depend on the network.\nMention the slide service that needed a paid plan to work offline.",
		3: "Keep this slide short: the table says it all.\nPoint at the right column: that is the new part.",
		5: "Tell the story of the talk that ran ten minutes over.\nThe chair waved twice.",
		6: "Amber when five minutes remain, red when over. Pace per part.",
		7: "Each part has its own title slide, notes and timer.",
		8: "This remote image is deliberate: an offline check must report it, and the slide must still show.",
	}
	for n, want := range notes {
		if got := d.Slides[n-1].Notes; got != want {
			t.Errorf("slide %d notes\n got %q\nwant %q", n, got, want)
		}
	}
	if s := d.Slides[0]; !s.TimeSet || s.Budget != time.Minute || s.Line != 8 {
		t.Errorf("slide 1 budget %v set %v line %d", s.Budget, s.TimeSet, s.Line)
	}
	if s := d.Slides[3]; !s.TimeSet || s.Budget != 3*time.Minute || s.BudgetSource != deck.BudgetDirective {
		t.Errorf("slide 4 budget %v set %v", s.Budget, s.TimeSet)
	}
	even := (30*time.Minute - 4*time.Minute) / 7
	if s := d.Slides[1]; s.Budget != even || s.BudgetSource != deck.BudgetEven {
		t.Errorf("slide 2 budget %v (%s), want %v", s.Budget, s.BudgetSource, even)
	}
	wantParts := []struct {
		title       string
		first, last int
	}{{"Why offline", 1, 3}, {"Keeping time", 4, 6}, {"Splitting talks", 7, 9}}
	if len(d.Parts) != 3 {
		t.Fatalf("parts = %+v", d.Parts)
	}
	for i, w := range wantParts {
		p := d.Parts[i]
		if p.Title != w.title || p.First != w.first || p.Last != w.last {
			t.Errorf("part %d = %+v, want %+v", i+1, p, w)
		}
	}
	if got := d.Parts[0].Budget.Seconds(); math.Abs(got-505.714) > 0.01 {
		t.Errorf("part 1 budget %.3f s, want about 505.7 s", got)
	}
	var total time.Duration
	for _, p := range d.Parts {
		total += p.Budget
	}
	if (30*time.Minute - total).Abs() > time.Microsecond {
		t.Errorf("parts add up to %v", total)
	}

	// Images: two local ones found, one remote one flagged on slide 8 only.
	venue := d.Slides[1].Images
	if len(venue) != 1 || venue[0].Alt != "A packed hall" || venue[0].Missing || venue[0].Remote {
		t.Fatalf("slide 2 images = %+v", venue)
	}
	if _, err := os.Stat(venue[0].Path); err != nil {
		t.Errorf("resolved path %q: %v", venue[0].Path, err)
	}
	remote := d.Slides[7].Images
	if len(remote) != 1 || !remote[0].Remote || remote[0].Path != "" || remote[0].Src != "https://example.com/logo.png" {
		t.Errorf("slide 8 images = %+v", remote)
	}
	if len(d.Problems) != 1 || d.Problems[0].Slide != 8 || d.Problems[0].Kind != "remote-image" ||
		d.Problems[0].Severity != deck.Warning || !strings.Contains(d.Problems[0].Message, "https://example.com/logo.png") {
		t.Errorf("problems = %+v", d.Problems)
	}
	// The code block keeps its tabs and the comment after it is gone.
	if b := d.Slides[5].Body; !strings.Contains(b, "\tleft := t.End.Sub(now)") || !strings.HasSuffix(b, "```") {
		t.Errorf("slide 6 body = %q", b)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.md"), Options{})
	if err == nil || !strings.Contains(err.Error(), "nope.md") {
		t.Fatalf("err = %v", err)
	}
}

// TestFrontMatterErrors: unreadable front matter is an error naming the file
// and the line in the file.
func TestFrontMatterErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"---\ntitle: x\nduration: [30m\n---\n# A\n", "talk.md: front matter line 3: "},
		{"---\ntitle: x\n  bad: indent\n---\n", "talk.md: front matter line 3: "},
		{"---\ntitle: a\ntitle b\n---\n", "talk.md: front matter line 3: could not find expected ':'"},
		{"---\na: 1\nb: 2\nc: 3\nd: [\n---\n", "talk.md: front matter line 5: "},
		{"---\na: 1\nb: 2\nc: d: e\n---\n", "talk.md: front matter line 4: mapping values"},
		{"---\na: 1\nb: {x\n---\n", "talk.md: front matter line 3: "},
		{"---\na: 1\nb: *nope\n---\n", "talk.md: front matter (line 2 on): unknown anchor"},
		{"---\ntitle: x\n\n# Slide\n", "talk.md: the front matter opened by --- on line 1 is never closed"},
		{"---\n- a\n- b\n---\n# A\n", "talk.md: front matter line 2: expected key: value lines, found a list"},
		{"\ufeff---\r\ntitle: x\r\n\tbad\r\n---\r\n", "talk.md: front matter line 3: "},
	}
	for _, c := range cases {
		d, err := Parse("talk.md", []byte(c.src))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, %v; want error starting %q", c.src, d, err, c.want)
		}
	}
}
