package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckRefusesHugeDurations: `duration: 2562047h` used to overflow into
// negative budgets (budget_s -5674) with no problem reported. Now every
// duration over 24 hours is a "duration" problem naming the file and the
// value, and is treated as not set.
func TestCheckRefusesHugeDurations(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "huge.md")
	deck := "---\ntitle: Huge\nduration: 2562047h\nwarn: 99999999999999999999h\n---\n\n# One\n\n---\n\n<!-- time: 1441 -->\n# Two\n\n---\n\n# Three\n"
	if err := os.WriteFile(path, []byte(deck), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "check", path, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errOut)
	}
	r := parseCheck(t, out)
	if r.DurationS != 0 {
		t.Fatalf("duration_s %v, want 0 (refused)", r.DurationS)
	}
	for _, s := range r.Slides {
		if s.BudgetS != 0 {
			t.Fatalf("slide budget %v, want 0: no duration is set", s.BudgetS)
		}
	}
	var msgs []string
	for _, p := range r.Problems {
		if p.Kind == "duration" {
			msgs = append(msgs, p.Message)
		}
	}
	if len(msgs) != 3 {
		t.Fatalf("want 3 duration problems (duration, warn, time:), got %+v", r.Problems)
	}
	for i, want := range []string{`"2562047h" is longer than 24 hours`, `"99999999999999999999h" is longer than 24 hours`, `"1441" is longer than 24 hours`} {
		if !strings.Contains(msgs[i], want) || !strings.Contains(msgs[i], "huge.md") {
			t.Fatalf("problem %q does not name the file and %s", msgs[i], want)
		}
	}
	code, out, _ = runCLI(t, "check", path)
	if code != 1 || !strings.Contains(out, "longer than 24 hours") {
		t.Fatalf("plain check: exit %d\n%s", code, out)
	}
}

// TestCheckBudgetsNeverNegative: many `time:` directives of 24 h add up
// past what a time.Duration holds; part budgets saturate, never wrap.
func TestCheckBudgetsNeverNegative(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "many.md")
	deck := "---\nduration: 24h\n---\n\n" + strings.Repeat("<!-- time: 24h -->\n# S\n\n---\n\n", 110000) + "# Last\n"
	if err := os.WriteFile(path, []byte(deck), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, _ := runCLI(t, "check", path, "--json")
	r := parseCheck(t, out)
	if len(r.Slides) != 110001 || len(r.Parts) == 0 {
		t.Fatalf("%d slides, %d parts", len(r.Slides), len(r.Parts))
	}
	for _, p := range r.Parts {
		if p.BudgetS < 0 {
			t.Fatalf("part budget %v", p.BudgetS)
		}
	}
	for _, s := range r.Slides {
		if s.BudgetS < 0 || s.BudgetS > 86400 {
			t.Fatalf("slide budget %v", s.BudgetS)
		}
	}
}

// TestFlagsRefuseHugeDurations: --duration and --warn over 24 hours are
// usage errors (exit 2) before any window opens.
func TestFlagsRefuseHugeDurations(t *testing.T) {
	for _, args := range [][]string{
		{"present", "--duration", "2562047h", "x.md"},
		{"present", "--warn", "25h", "x.md"},
		{"rehearse", "--duration", "1e300", "x.md"},
		{"export", "--duration", "99999999999999999999:00", "-o", "out", "x.md"},
	} {
		code, _, errOut := runCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "longer than 24 hours") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}
