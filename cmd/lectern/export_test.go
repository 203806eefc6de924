package main

import (
	"bytes"
	"encoding/json"
	"github.com/lectern-app/lectern/internal/testtool"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func fileBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type partsJSON struct {
	Parts []struct {
		Number  int      `json:"number"`
		Title   string   `json:"title"`
		First   int      `json:"first"`
		Last    int      `json:"last"`
		BudgetS float64  `json:"budget_s"`
		Files   []string `json:"files"`
	} `json:"parts"`
}

func readParts(t *testing.T, dir string) partsJSON {
	t.Helper()
	var p partsJSON
	if err := json.Unmarshal(fileBytes(t, filepath.Join(dir, "parts.json")), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExportTalkPDFAndMarkdown(t *testing.T) {
	for _, name := range []string{"talk.pdf", "talk.md"} {
		t.Run(name, func(t *testing.T) {
			deck := copyDeck(t, name)
			before := fileBytes(t, deck)
			out := filepath.Join(t.TempDir(), "out")
			if code, stdout, stderr := runCLI(t, "export", deck, "-o", out); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			if !bytes.Equal(before, fileBytes(t, deck)) {
				t.Fatal("the source deck changed")
			}
			p := readParts(t, out)
			if len(p.Parts) != 3 || p.Parts[1].Title != "Keeping time" || p.Parts[0].First != 1 || p.Parts[2].Last != 9 {
				t.Fatalf("parts: %+v", p.Parts)
			}
			for _, part := range p.Parts {
				for _, f := range part.Files {
					if _, err := os.Stat(filepath.Join(out, f)); err != nil {
						t.Fatalf("listed file missing: %v", err)
					}
				}
			}
			if _, err := exec.LookPath("pdftotext"); err == nil {
				txt, err := exec.Command("pdftotext", filepath.Join(out, "02-keeping-time", "slides.pdf"), "-").Output()
				if err != nil || !strings.Contains(string(txt), "A timer that warns") {
					t.Fatalf("part 2's PDF lost its text: %v\n%s", err, txt)
				}
			}
			if name == "talk.md" {
				for _, dir := range []string{"01-why-offline", "02-keeping-time"} {
					if code, stdout, _ := runCLI(t, "check", filepath.Join(out, dir, "deck.md")); code != 0 {
						t.Fatalf("check %s: exit %d\n%s", dir, code, stdout)
					}
				}
			}
		})
	}
}

func TestExportAutoAndRefusal(t *testing.T) {
	deck := copyDeck(t, "beamer.pdf")
	code, stdout, _ := runCLI(t, "export", deck, "--split", "auto", "--max", "3m", "--duration", "9m", "--dry-run", "--json")
	if code != 0 {
		t.Fatalf("dry run exit %d", code)
	}
	var plan partsJSON
	if err := json.Unmarshal([]byte(stdout), &plan); err != nil {
		t.Fatalf("dry-run JSON: %v\n%s", err, stdout)
	}
	next := 1
	for _, p := range plan.Parts {
		if p.First != next || p.BudgetS > 180 {
			t.Fatalf("part %+v: want it to start at %d and fit 3 minutes", p, next)
		}
		next = p.Last + 1
	}
	if next != 8 {
		t.Fatalf("parts end at slide %d, want 7", next-1)
	}
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, "thesis.tex"), []byte("mine"), 0o644)
	code, _, stderr := runCLI(t, "export", deck, "-o", foreign)
	if code != 2 || !strings.Contains(stderr, "--force") {
		t.Fatalf("export into a foreign folder: exit %d, %q", code, stderr)
	}
	if string(fileBytes(t, filepath.Join(foreign, "thesis.tex"))) != "mine" {
		t.Fatal("the user's file was touched")
	}
	code, _, stderr = runCLI(t, "export", deck, "--split", "auto", "--max", "10s", "-o", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "slide") {
		t.Fatalf("impossible max: exit %d, %q", code, stderr)
	}
}

// TestExportHandoutHasEveryTitle: a handout heads each slide with its title,
// so export reads them all even though it skips titles otherwise.
func TestExportHandoutHasEveryTitle(t *testing.T) {
	testtool.Need(t, "pdftotext")
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCLI(t, "export", copyDeck(t, "talk.pdf"), "-o", out, "--handout"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	txt, err := exec.Command("pdftotext", filepath.Join(out, "02-keeping-time", "handout.pdf"), "-").Output()
	if err != nil || !strings.Contains(string(txt), "5 · A timer that warns") {
		t.Fatalf("handout lacks slide 5's title: %v\n%s", err, txt)
	}
}
