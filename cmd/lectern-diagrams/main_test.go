package main

import (
	"bytes"
	"strings"
	"testing"
)

func runWith(args []string, stdin string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// A good request is an SVG on stdout and exit 0, for both engines.
func TestHelperDraws(t *testing.T) {
	for engine, src := range map[string]string{"d2": "Alpha -> Beta", "dot": "digraph { Alpha -> Beta }"} {
		code, out, errOut := runWith([]string{engine}, "\x00"+src)
		if code != 0 || !strings.HasPrefix(out, "<svg") || !strings.Contains(out, ">Alpha</text>") || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q, stdout %.80q: want an SVG", engine, code, errOut, out)
		}
	}
}

// A drawing error is one plain line on stderr, nothing on stdout, exit 1.
func TestHelperErrorIsOneLine(t *testing.T) {
	code, out, errOut := runWith([]string{"dot"}, "\x00digraph { a -> }")
	if code != 1 || out != "" || !strings.HasPrefix(errOut, "Graphviz: syntax error") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q: want exit 1 and one line", code, out, errOut)
	}
}

// Requests past the bounds, without the NUL, or for another engine are
// refused before any drawing.
func TestHelperRefusesBadRequests(t *testing.T) {
	big := strings.Repeat("a -> b\n", maxSource/7+1)
	for _, c := range []struct {
		args        []string
		stdin, want string
		code        int
	}{
		{[]string{"d2"}, "\x00" + big, "larger than 64 KB", 1},
		{[]string{"d2"}, strings.Repeat("x", maxConfig+1) + "\x00a", "theme is larger than", 1},
		{[]string{"d2"}, "a -> b", "no NUL", 1},
		{[]string{"mermaid"}, "\x00a", "usage", 2},
		{nil, "\x00a", "usage", 2},
	} {
		code, out, errOut := runWith(c.args, c.stdin)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v %.20q: exit %d, stderr %q, want %d and %q", c.args, c.stdin, code, errOut, c.code, c.want)
		}
	}
}

// A source of exactly the bound is read whole.
func TestHelperReadsTheWholeBound(t *testing.T) {
	src := "# " + strings.Repeat("x", maxSource-2)
	config, got, err := readRequest(strings.NewReader(strings.Repeat("c", maxConfig) + "\x00" + src))
	if err != nil || got != src || len(config) != maxConfig {
		t.Errorf("readRequest: %v, source %d bytes, config %d: want both whole", err, len(got), len(config))
	}
}
