package markdown

import "testing"

// remark's .left-column[…] and .right-column[…] leave the body with their
// content in order (indent removed), never their markup. Before, the class
// lines and brackets were shown as text.
func TestRemarkColumns(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"blocks", ".left-column[\n  ## Left\n  - a\n]\n.right-column[\n  Right text\n]\n\nAfter.",
			"## Left\n- a\n\nRight text\n\nAfter.", true},
		{"one line", ".left-column[## Topic]\n.right-column[Text]", "## Topic\n\nText", true},
		{"fence with a bracket", ".right-column[\n```\nx[0]\n]\n```\n]", "```\nx[0]\n]\n```", true},
		{"inner class", ".left-column[\n.red[\nhot\n]\n]", ".red[\nhot\n]", true},
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
