package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// checkReport is the part of `lectern check --json` the tests read.
type checkReport struct {
	DurationS float64 `json:"duration_s"`
	Slides    []struct {
		Title   string  `json:"title"`
		BudgetS float64 `json:"budget_s"`
	} `json:"slides"`
	Parts []struct {
		BudgetS float64 `json:"budget_s"`
	} `json:"parts"`
	Problems []struct {
		Slide    int    `json:"slide"`
		Severity string `json:"severity"`
		Kind     string `json:"kind"`
		Message  string `json:"message"`
	} `json:"problems"`
}

// parseCheck reads the output of `lectern check --json`.
func parseCheck(t *testing.T, out string) checkReport {
	t.Helper()
	var r checkReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("check --json gave no JSON: %v\n%s", err, out)
	}
	return r
}

// testdataDeck copies a file from the repository's testdata into a fresh
// folder and returns the copy's path.
func testdataDeck(t *testing.T, rel string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), filepath.Base(rel))
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
