package pdfdoc

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc/pdftest"
)

// TestQuietKeepsGoStderr opens a damaged PDF (MuPDF warns while repairing
// it) in a child process that writes to fd 2 from inside the hushed call, as
// a panicking goroutine would: MuPDF's warnings must be gone, Go's line kept.
func TestQuietKeepsGoStderr(t *testing.T) {
	if path := os.Getenv("LECTERN_QUIET_CHILD"); path != "" {
		quiet(func() error {
			syscall.Write(2, []byte("GO-STDERR-MARKER\n"))
			return nil
		})
		doc, err := Open(path)
		if err == nil {
			doc.Close()
		}
		os.Exit(0)
	}
	damaged := pdftest.Truncated(t, filepath.Join("..", "..", "testdata", "decks", "talk.pdf"), t.TempDir(), 0.9)

	run := func(debug bool) string {
		cmd := exec.Command(os.Args[0], "-test.run=^TestQuietKeepsGoStderr$")
		cmd.Env = append(os.Environ(), "LECTERN_QUIET_CHILD="+damaged)
		if debug {
			cmd.Env = append(cmd.Env, "LECTERN_DEBUG=1")
		}
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("child: %v\n%s", err, errb.String())
		}
		return errb.String()
	}
	loud := run(true)
	if !strings.Contains(loud, "warning") && !strings.Contains(loud, "error") {
		t.Fatalf("the damaged PDF makes MuPDF say nothing even with LECTERN_DEBUG, so this test proves nothing:\n%s", loud)
	}
	got := run(false)
	if !strings.Contains(got, "GO-STDERR-MARKER") {
		t.Errorf("a write to fd 2 during a MuPDF call was lost:\n%q", got)
	}
	if strings.Contains(got, "warning") || strings.Contains(got, "repair") {
		t.Errorf("MuPDF's warnings were not hushed:\n%s", got)
	}
}
