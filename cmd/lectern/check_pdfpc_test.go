package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckPdfpcTalkKeys: check shows what a pdfpc file's startTime,
// endTime, lastMinutes, endSlide and savedSlide do to the talk, in the
// summary and in --json. Before, check named only the end time.
func TestCheckPdfpcTalkKeys(t *testing.T) {
	pdf := testdataDeck(t, "pdf/overlays.pdf")
	sidecar := `{"pdfpcFormat":2,"startTime":"10:00","endTime":"10:20","lastMinutes":0,"endSlide":1,"savedSlide":2}`
	if err := os.WriteFile(strings.TrimSuffix(pdf, filepath.Ext(pdf))+".pdfpc", []byte(sidecar), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "check", pdf)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{
		"Duration: 20:00 (never amber)",
		"Starts at: 10:00",
		"Ends at:  10:20",
		"End slide: 2 of 4 (slides 3-4 are backup)",
		"Bookmark: slide 3",
		"2 backup after the end slide",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check says\n%s\nwant a line with %q", out, want)
		}
	}
	_, out, _ = runCLI(t, "check", "--json", pdf)
	var r struct {
		DurationS float64 `json:"duration_s"`
		AmberS    float64 `json:"amber_s"`
		NoAmber   bool    `json:"never_amber"`
		Start     string  `json:"start"`
		End       string  `json:"end"`
		EndSlide  int     `json:"end_slide"`
		Saved     int     `json:"saved_slide"`
		Slides    []struct {
			BudgetS      float64 `json:"budget_s"`
			BudgetSource string  `json:"budget_source"`
		} `json:"slides"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.DurationS != 1200 || r.AmberS != 0 || !r.NoAmber || r.Start != "10:00" || r.End != "10:20" || r.EndSlide != 2 || r.Saved != 3 {
		t.Errorf("json = %+v", r)
	}
	if len(r.Slides) != 4 || r.Slides[1].BudgetS != 600 || r.Slides[2].BudgetSource != "backup" || r.Slides[3].BudgetS != 0 {
		t.Errorf("slides = %+v", r.Slides)
	}
}
