package markdown

import (
	"strings"
	"testing"
)

// TestBlockedSpans: code blocks cover their lines, closing fence included,
// at the top level, in lists and in block quotes, so line markers inside
// them are ignored.
func TestBlockedSpans(t *testing.T) {
	cases := []struct{ src, want string }{
		{"# A\n\n```go\nx\n```\n\ntext\n", "```go\nx\n```\n"},
		{"~~~~\n~~~\nstill code\n~~~~\nafter\n", "~~~~\n~~~\nstill code\n~~~~\n"},
		{"- item\n\n  ```\n  Note: code\n  ```\n- next\n", "  ```\n  Note: code\n  ```\n"},
		{"> ```\n> ???\n> ```\n\nout\n", "> ```\n> ???\n> ```\n"},
		{"```\nnever closed\n", "```\nnever closed\n"},
		{"text\n\n    indented\n    code\n\nafter\n", "    indented\n    code\n"},
	}
	for _, c := range cases {
		p := &parser{path: "x.md", src: []byte(c.src), idx: newLineIndex([]byte(c.src))}
		p.scan(0)
		var got []string
		for _, b := range p.f.blocked {
			got = append(got, c.src[b.start:b.end])
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: blocked %q, want %q", c.src, got, c.want)
		}
	}
}
