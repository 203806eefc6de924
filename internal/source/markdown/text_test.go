package markdown

import (
	"bytes"
	"strings"
	"testing"
)

// TestLineIndex checks the line table against a plain scan, on short and
// long lines, with and without a final newline.
func TestLineIndex(t *testing.T) {
	long := strings.Repeat("x", 700)
	for _, s := range []string{"", "\n", "a", "a\n", "a\nb", "a\n\nb\n", long + "\n" + long, "\n" + long + "\n\n" + long + "\n"} {
		x := newLineIndex([]byte(s))
		for off := 0; off <= len(s); off++ {
			wantEnd := len(s)
			if off < len(s) {
				if i := strings.IndexByte(s[off:], '\n'); i >= 0 {
					wantEnd = off + i
				}
			}
			if got := x.end(off); got != wantEnd {
				t.Fatalf("%q: end(%d) = %d, want %d", s, off, got, wantEnd)
			}
			wantLine := 1 + strings.Count(s[:min(off, len(s))], "\n")
			if off == len(s) && strings.HasSuffix(s, "\n") {
				wantLine-- // no line starts after the final newline
			}
			if got := x.line(off); off < len(s) && got != wantLine {
				t.Fatalf("%q: line(%d) = %d, want %d", s, off, got, wantLine)
			}
		}
	}
	if got := normalize([]byte("\ufeffa\r\nb\rc\n")); !bytes.Equal(got, []byte("a\nb\nc\n")) {
		t.Fatalf("normalize = %q", got)
	}
}
