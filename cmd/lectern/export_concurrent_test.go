package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bigDeck writes a Markdown deck of 40 parts of 50 slides: its export takes
// seconds, loading it a fraction of one.
func bigDeck(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("---\ntitle: Big talk\nduration: 60m\n---\n\n")
	for p := 1; p <= 40; p++ {
		for k := 1; k <= 50; k++ {
			if p+k > 2 {
				b.WriteString("\n---\n\n")
			}
			if k == 1 {
				fmt.Fprintf(&b, "<!-- part: Part %d -->\n\n", p)
			}
			fmt.Fprintf(&b, "## Slide %d.%d\n\n", p, k)
			for i := 0; i < 8; i++ {
				fmt.Fprintf(&b, "- point %d of a long list with some text to lay out\n", i)
			}
			b.WriteString("\nNote: speak slowly.\n")
		}
	}
	path := filepath.Join(t.TempDir(), "big.md")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// startExport starts the real binary exporting deck into out.
func startExport(t *testing.T, deck, out string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(lecternBinary(t), "export", deck, "-o", out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, &stderr
}

// waitTemp waits until a temporary folder in out or beside it holds a
// finished part's slides.pdf: the export holds the lock and is part-way
// through.
func waitTemp(t *testing.T, out string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, dir := range []string{out, filepath.Dir(out)} {
			if m, _ := filepath.Glob(filepath.Join(dir, ".lectern-tmp-*", "01-part-1", "slides.pdf")); len(m) > 0 {
				return
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("no export started writing in %s", out)
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// noTemps fails when a temporary folder is left in dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	if m, _ := filepath.Glob(filepath.Join(dir, ".lectern-*")); len(m) > 0 {
		t.Fatalf("left behind: %v", m)
	}
}

// Finding: two exports into one folder at once ended in a cryptic rename
// error for one, or a result mixing both.
func TestExportTwiceAtOnceIntoOneFolder(t *testing.T) {
	deck := bigDeck(t)
	for _, fresh := range []bool{true, false} {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		if !fresh {
			if code, _, stderr := runCLI(t, "export", deck, "-o", out); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
		}
		first, firstErr := startExport(t, deck, out)
		waitTemp(t, out)
		second, secondErr := startExport(t, deck, out)
		code2 := exitCode(second.Wait())
		code1 := exitCode(first.Wait())
		if code1 != 0 {
			t.Fatalf("fresh %v: the first export failed (%d): %s", fresh, code1, firstErr)
		}
		want := out + " is busy: another export is writing to it"
		if code2 != 2 || !strings.Contains(secondErr.String(), want) {
			t.Fatalf("fresh %v: the second export: exit %d, %q; want %q", fresh, code2, secondErr, want)
		}
		if files := checkManifestMatches(t, out); len(files) != 40*3 {
			t.Fatalf("fresh %v: %d files, want 120 (40 parts of 3)", fresh, len(files))
		}
		noTemps(t, out)
		noTemps(t, parent)
	}
}

// Finding: a stopped export left its temporary folder (and, for a new
// output folder, an empty folder) behind.
func TestExportStopsCleanlyOnSIGTERM(t *testing.T) {
	deck := bigDeck(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	stop := func() {
		t.Helper()
		cmd, stderr := startExport(t, deck, out)
		waitTemp(t, out)
		cmd.Process.Signal(syscall.SIGTERM)
		if code := exitCode(cmd.Wait()); code != 128+int(syscall.SIGTERM) || !strings.Contains(stderr.String(), "stopped; nothing was written") {
			t.Fatalf("after SIGTERM: exit %d, %q", code, stderr)
		}
		noTemps(t, parent)
	}
	// Into a new folder: no folder appears.
	stop()
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("the stopped export left %s: %v", out, err)
	}
	// Over an earlier export: it stays as it was.
	if code, _, stderr := runCLI(t, "export", deck, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := tree(t, out)
	stop()
	if after := tree(t, out); after != before {
		t.Fatalf("the stopped export changed the earlier one:\n%s\nwas:\n%s", after, before)
	}
}
