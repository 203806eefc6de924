package markdown

import (
	"strings"
	"testing"
	"time"
)

// TestNoBlowUp parses decks made of one construct repeated 5,000 times (on
// one slide, or one line). Each takes well under a second; the bound is
// loose because the test machine is shared, but a quadratic path would
// take minutes.
func TestNoBlowUp(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	units := []string{
		"<!--\n---\n",                // unclosed comments, each ended at the next ---
		"^ a\n\n<!-- x -->\n\n",      // notes regions and comments on one slide
		"a <!-- x --> ",              // inline comments on one long line
		"---\nkey: v\n",              // Slidev front matter that never closes
		"::: notes\n",                // notes divs never closed
		"???\n--\n",                  // remark notes and steps
		"<!-- pause -->\n",           // trailing pauses
		"[", "*a ", "> ", "- ", "`a", // CommonMark nesting
	}
	for _, u := range units {
		src := []byte(strings.Repeat(u, 5000))
		t0 := time.Now()
		if _, err := Parse("x.md", src); err != nil {
			t.Fatalf("%q: %v", u, err)
		}
		if d := time.Since(t0); d > 5*time.Second {
			t.Errorf("%q repeated: %v", u, d)
		}
	}
}
