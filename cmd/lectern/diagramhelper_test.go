package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/testtool"
)

const diagramDeck = "# Dot\n\n```dot\ndigraph { a -> b }\n```\n\n---\n\n# D2\n\n```d2\nx -> y\n```\n"

// linkOrCopy puts src at dst: a hard link, or a copy across file systems.
func linkOrCopy(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if os.Link(src, dst) == nil {
		return
	}
	if err := atomicfile.CopyFile(src, dst, 1<<30); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dst, 0o755); err != nil {
		t.Fatal(err)
	}
}

// checkWithoutEnv runs `lectern check --json` with the binary at bin and
// no LECTERN_DIAGRAMS, and returns the deck's diagram problems.
func checkWithoutEnv(t *testing.T, bin string) []string {
	t.Helper()
	deck := filepath.Join(t.TempDir(), "diagrams.md")
	if err := os.WriteFile(deck, []byte(diagramDeck), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "check", deck, "--json")
	cache := t.TempDir()
	cmd.Env = append(withoutDiagramHelperEnv(os.Environ()), "XDG_CACHE_HOME="+cache, "HOME="+cache)
	out, err := cmd.Output()
	if err != nil && cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("%s check: %v\n%s", bin, err, out)
	}
	var problems []string
	for _, p := range parseCheck(t, string(out)).Problems {
		if p.Kind == "diagram" {
			problems = append(problems, p.Message)
		}
	}
	return problems
}

// The built lectern finds the helper beside itself (through a symlink
// too) and in ../lib/lectern, as installed; without one its diagrams are
// problems saying the helper is missing.
func TestDiagramHelperBesideInstalledLectern(t *testing.T) {
	bin := lecternBinary(t)
	if p := checkWithoutEnv(t, bin); len(p) != 0 {
		t.Errorf("helper beside lectern: problems %v, want the diagrams drawn", p)
	}

	link := filepath.Join(t.TempDir(), "lectern")
	if err := os.Symlink(bin, link); err != nil {
		t.Fatal(err)
	}
	if p := checkWithoutEnv(t, link); len(p) != 0 {
		t.Errorf("lectern through a symlink: problems %v, want the diagrams drawn", p)
	}

	root := t.TempDir()
	alone := filepath.Join(root, "usr", "bin", "lectern")
	linkOrCopy(t, bin, alone)
	p := checkWithoutEnv(t, alone)
	const why = "Lectern's diagram helper lectern-diagrams is not installed beside lectern"
	if len(p) != 2 || !strings.Contains(p[0], why) || !strings.Contains(p[1], why) {
		t.Errorf("no helper: problems %v, want two saying %q", p, why)
	}

	linkOrCopy(t, filepath.Join(filepath.Dir(bin), testtool.DiagramHelperName()), filepath.Join(root, "usr", "lib", "lectern", testtool.DiagramHelperName()))
	if p := checkWithoutEnv(t, alone); len(p) != 0 {
		t.Errorf("helper in ../lib/lectern: problems %v, want the diagrams drawn", p)
	}
}
