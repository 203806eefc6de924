//go:build unix

package layout

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeHelper installs a shell script as the helper through LECTERN_DIAGRAMS.
func fakeHelper(t *testing.T, script string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fake-helper")
	writeFile(t, path, "#!/bin/sh\n"+script, 0o755)
	t.Setenv("LECTERN_DIAGRAMS", path)
}

// A helper that hangs is killed at the time bound: the diagram stays as
// code with the timeout as the reason, and the process is gone.
func TestHangingDiagramHelperIsKilled(t *testing.T) {
	isolatedDiagrams(t)
	pidFile := filepath.Join(t.TempDir(), "pid")
	fakeHelper(t, "echo $$ > "+pidFile+"\nexec sleep 60\n")
	old := diagramTimeout
	diagramTimeout = time.Second
	defer func() { diagramTimeout = old }()

	start := time.Now()
	pics, texts, l := diagramSlide(t, "# Flow\n\n```d2\nAlpha -> Beta\n```\n")
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("the layout waited %v for a helper bounded to 1s", took)
	}
	const why = "drawing took longer than 1s"
	var de *DiagramDrawError
	if len(pics) != 0 || !strings.Contains(joined(texts), "D2 diagram not drawn: "+why) ||
		len(l.Problems) != 1 || !errors.As(l.Problems[0], &de) || de.Why != why {
		t.Errorf("%d pictures, texts %q, problems %v: want the code and %q", len(pics), joined(texts), l.Problems, why)
	}

	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatalf("the fake helper never ran: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for syscall.Kill(pid, 0) == nil { // alive, or not yet reaped
		if time.Now().After(deadline) {
			t.Fatalf("helper %d still runs after the time bound", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A helper that fails gives its first stderr line as the reason, or its
// exit status when it said nothing.
func TestFailingDiagramHelperReason(t *testing.T) {
	for _, c := range []struct{ script, why string }{
		{"echo 'D2: 1:1: broken' >&2\necho 'more detail' >&2\nexit 1\n", "D2: 1:1: broken"},
		{"exit 3\n", "exit status 3"},
		{"cat > /dev/null\nhead -c 40000000 /dev/zero\n", "larger than 32 MB"},
	} {
		isolatedDiagrams(t)
		fakeHelper(t, c.script)
		_, _, l := diagramSlide(t, "# Flow\n\n```d2\nAlpha -> Beta\n```\n")
		var de *DiagramDrawError
		if len(l.Problems) != 1 || !errors.As(l.Problems[0], &de) || !strings.Contains(de.Why, c.why) || strings.Contains(de.Why, "\n") {
			t.Errorf("script %q: problems %v, want one line with %q", c.script, l.Problems, c.why)
		}
	}
}

// The helper receives the theme, a NUL and the source on stdin, and the
// engine as its argument.
func TestDiagramHelperRequest(t *testing.T) {
	isolatedDiagrams(t)
	got := filepath.Join(t.TempDir(), "request")
	fakeHelper(t, "echo \"$1\" > "+got+".arg\ncat > "+got+"\nexit 1\n")
	diagramSlide(t, "# Flow\n\n```graphviz\ndigraph { a }\n```\n")
	arg, _ := os.ReadFile(got + ".arg")
	req, _ := os.ReadFile(got)
	if want := dotDefaults(Light) + "\x00digraph { a }\n"; string(arg) != "dot\n" || string(req) != want {
		t.Errorf("argument %q, request %q; want dot and %q", arg, req, want)
	}
}
