package markdown

import "testing"

// remark's .left-column[…] and .right-column[…] leave the body with their
// content in order (indent removed) between column markers, never their
// markup. Before, the class lines and brackets were shown as text.
func TestRemarkColumns(t *testing.T) {
	const (
		g = "<!-- lectern:columns 20%,75% spread -->\n\n"
		l = "<!-- lectern:column 1 -->\n\n"
		r = "<!-- lectern:column 2 -->\n\n"
		e = "\n\n<!-- lectern:columns-end -->"
	)
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"blocks", ".left-column[\n  ## Left\n  - a\n]\n.right-column[\n  Right text\n]\n\nAfter.",
			g + l + "## Left\n- a\n\n" + r + "Right text" + e + "\n\nAfter.", true},
		{"one line", ".left-column[## Topic]\n.right-column[Text]", g + l + "## Topic\n\n" + r + "Text" + e, true},
		{"fence with a bracket", ".right-column[\n```\nx[0]\n]\n```\n]", g + r + "```\nx[0]\n]\n```" + e, true},
		{"inner class", ".left-column[\n.red[\nhot\n]\n]", g + l + ".red[\nhot\n]" + e, true},
		{"no closer: left alone", ".left-column[\n## Left", ".left-column[\n## Left", false},
		{"in a code block: left alone", "```\n.left-column[\n]\n```", "```\n.left-column[\n]\n```", false},
		{"plain text", "A .left-column[ in prose]", "A .left-column[ in prose]", false},
	} {
		got, ok := remarkColumns(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %q %v, want %q %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
