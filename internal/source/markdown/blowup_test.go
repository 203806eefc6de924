package markdown

import (
	"strings"
	"testing"
	"time"
)

// TestNoBlowUp parses decks made of one construct repeated 5,000 times (on
// one slide, or one line), in a plain and in a Marp deck. Each takes well under a second; the bound is
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
		"<v-click>\n", "</v-click>\n", "<div v-click>\n\n", // Slidev tags never closed, or never opened
		"<v-clicks>\n\n- a\n\n", "<v-clicks>\n\na\n\n</v-clicks>\n\n", "```\n<v-click>\n```\n",
		"* a\n", "1) a\n  * b\n", "* <v-click>\n", // Marp fragmented lists
	}
	for _, u := range units {
		for _, head := range []string{"", "---\nmarp: true\n---\n"} {
			src := []byte(head + strings.Repeat(u, 5000))
			t0 := time.Now()
			if _, err := Parse("x.md", src); err != nil {
				t.Fatalf("%q: %v", u, err)
			}
			if d := time.Since(t0); d > 5*time.Second {
				t.Errorf("%q repeated after %q: %v", u, head, d)
			}
		}
	}
}
