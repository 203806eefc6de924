package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
)

func TestVersionAndHelpExitZero(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, errs := runCLI(t, args...)
		if code != 0 || !strings.HasPrefix(out, "lectern ") {
			t.Errorf("%v: exit %d, out %q, err %q", args, code, out, errs)
		}
	}
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "--help"}, {c.name, "-h"}, {"help", c.name}} {
			code, out, errs := runCLI(t, args...)
			if code != 0 || !strings.Contains(out, "Usage: lectern "+c.name) || errs != "" {
				t.Errorf("%v: exit %d, out %q, err %q", args, code, out, errs)
			}
		}
	}
	code, out, _ := runCLI(t, "check", "talk.md", "--help") // after the deck, too
	if code != 0 || !strings.Contains(out, "--json") {
		t.Errorf("check talk.md --help: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI(t, "--help"); code != 0 || !strings.Contains(out, "lectern export DECK") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}

func TestBadCommandLinesExitTwoWithAHint(t *testing.T) {
	for _, args := range [][]string{{"check", "--bogus", "x.md"}, {"help", "nope"}, {"completion", "tcsh"}, {"export", "talk.md", "--max"}} {
		code, _, errs := runCLI(t, args...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != 2 || len(lines) != 1 || !strings.Contains(errs, "lectern") {
			t.Errorf("%v: exit %d, stderr %q: want 2 and one line", args, code, errs)
		}
	}
	if _, _, errs := runCLI(t, "check", "--bogus"); !strings.Contains(errs, "lectern help check") {
		t.Errorf("no hint: %q", errs)
	}
}

// The completions are valid scripts for their shells and know every
// command and flag.
func TestCompletions(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish"} {
		code, out, errs := runCLI(t, "completion", sh)
		if code != 0 {
			t.Fatalf("completion %s: exit %d %s", sh, code, errs)
		}
		for _, want := range []string{"export", "rehearse", "allow-dir", "title-slides"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s completion lacks %q", sh, want)
			}
		}
		if sh == "bash" {
			path := filepath.Join(t.TempDir(), "lectern.bash")
			os.WriteFile(path, []byte(out), 0o644)
			// Complete `lectern check talk.md --j` with the script loaded.
			script := "source " + path + `; COMP_WORDS=(lectern check talk.md --j); COMP_CWORD=3; _lectern; echo "${COMPREPLY[@]}"`
			got, err := exec.Command(testtool.Need(t, "bash"), "-c", script).CombinedOutput()
			if err != nil || strings.TrimSpace(string(got)) != "--json" {
				t.Errorf("bash completion of --j: %q, %v", got, err)
			}
		}
	}
}

// `lectern man` writes a page man renders, with every command.
func TestManPageRenders(t *testing.T) {
	code, out, _ := runCLI(t, "man")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	page := filepath.Join(t.TempDir(), "lectern.1")
	os.WriteFile(page, []byte(out), 0o644)
	cmd := exec.Command(testtool.Need(t, "man"), page)
	cmd.Env = append(os.Environ(), "MANPAGER=cat", "PAGER=cat", "MANWIDTH=100")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("man %s: %v\n%s", page, err, stderr.String())
	}
	text := string(got)
	for _, want := range []string{"NAME", "lectern - present", "--allow-dir DIR", "lectern export DECK", "EXIT STATUS"} {
		if !strings.Contains(text, want) {
			t.Errorf("the rendered page lacks %q:\n%s", want, text)
		}
	}
	if stderr.Len() > 0 {
		t.Errorf("man complains about the page:\n%s", stderr.String())
	}
}
