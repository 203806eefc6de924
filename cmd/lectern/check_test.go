package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc/pdftest"
)

// runCLI runs the CLI in-process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	oldOut, oldErr := os.Stdout, os.Stderr
	ro, wo, _ := os.Pipe()
	re, we, _ := os.Pipe()
	os.Stdout, os.Stderr = wo, we
	outC, errC := make(chan string), make(chan string)
	go func() { b, _ := io.ReadAll(ro); outC <- string(b) }()
	go func() { b, _ := io.ReadAll(re); errC <- string(b) }()
	code := run(args)
	wo.Close()
	we.Close()
	os.Stdout, os.Stderr = oldOut, oldErr
	return code, <-outC, <-errC
}

func TestCheckJSONShapeOnTalk(t *testing.T) {
	deck := copyDeck(t, "talk.md")
	code, out, _ := runCLI(t, "check", deck, "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (the remote image is a problem)", code)
	}
	var r struct {
		File      string  `json:"file"`
		Format    string  `json:"format"`
		Title     string  `json:"title"`
		DurationS float64 `json:"duration_s"`
		Slides    []struct {
			Number  int     `json:"number"`
			Steps   int     `json:"steps"`
			Pages   []int   `json:"pages"`
			Label   string  `json:"label"`
			Part    int     `json:"part"`
			BudgetS float64 `json:"budget_s"`
			Notes   string  `json:"notes"`
		} `json:"slides"`
		Parts []struct {
			Number  int     `json:"number"`
			Title   string  `json:"title"`
			First   int     `json:"first"`
			Last    int     `json:"last"`
			BudgetS float64 `json:"budget_s"`
		} `json:"parts"`
		Problems []struct {
			Slide    int    `json:"slide"`
			Severity string `json:"severity"`
			Kind     string `json:"kind"`
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r.Format != "markdown" || r.Title != "Talks that fit" || r.DurationS != 1800 || len(r.Slides) != 9 {
		t.Fatalf("summary wrong: %+v", r)
	}
	if s := r.Slides[0]; s.BudgetS != 60 || s.Part != 1 || s.Label != "1" || s.Pages == nil || !strings.HasPrefix(s.Notes, "Welcome.") {
		t.Fatalf("slide 1: %+v", s)
	}
	if len(r.Parts) != 3 || r.Parts[0].Title != "Why offline" || r.Parts[0].Last != 3 || r.Parts[0].BudgetS != 506 {
		t.Fatalf("parts: %+v", r.Parts)
	}
	if len(r.Problems) != 1 || r.Problems[0].Slide != 8 || r.Problems[0].Kind != "remote-image" || r.Problems[0].Severity != "warning" {
		t.Fatalf("problems: %+v", r.Problems)
	}
}

func TestCheckPDFIsClean(t *testing.T) {
	code, out, errOut := runCLI(t, "check", copyDeck(t, "talk.pdf"))
	if code != 0 || !strings.Contains(out, "9 slides, 12 steps, 12 pages") || errOut != "" {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}

// TestBadInputs: every unreadable deck gets one plain line naming the file, exit 2.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	talkPDF := copyDeck(t, "talk.pdf")
	cases := []struct {
		name, path, want string
	}{
		{"missing file", filepath.Join(dir, "nope.md"), "no such file"},
		{"a directory", dir, "is a folder"},
		{"0 bytes", write("empty.md", nil), "empty"},
		{"binary named .md", write("photo.md", append([]byte{0x89, 'P', 'N', 'G', 0, 0, 0}, bytes.Repeat([]byte{0xff, 0}, 50)...)), "not a text file"},
		{"not a PDF named .pdf", write("fake.pdf", []byte("hello")), "not a pdf"},
		{"truncated PDF", pdftest.Truncated(t, talkPDF, dir, 0.4), "truncated"},
		{"encrypted PDF", pdftest.Encrypt(t, talkPDF, dir, "secret"), "encrypted"},
		{"invalid YAML front matter", write("yaml.md", []byte("---\ntitle: Talk\nduration: [30m\n---\n# Hi\n")), "line 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "check", c.path)
			if code != 2 {
				t.Fatalf("exit %d, want 2; stdout %q stderr %q", code, out, errOut)
			}
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			if len(lines) != 1 || !strings.Contains(errOut, filepath.Base(c.path)) || !strings.Contains(strings.ToLower(errOut), c.want) {
				t.Fatalf("message %q should be one line naming %s and saying %q", errOut, filepath.Base(c.path), c.want)
			}
			if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
				t.Fatalf("a Go stack reached the user: %s", errOut)
			}
		})
	}
}

// TestProblemsStillLoad: a broken .pdfpc and a missing image are problems, exit 1.
func TestProblemsStillLoad(t *testing.T) {
	pdf := copyDeck(t, "talk.pdf")
	os.WriteFile(strings.TrimSuffix(pdf, ".pdf")+".pdfpc", []byte("{ not json"), 0o644)
	code, out, _ := runCLI(t, "check", pdf)
	if code != 1 || !strings.Contains(out, "talk.pdfpc") || !strings.Contains(out, "9 slides") {
		t.Fatalf("broken sidecar: exit %d\n%s", code, out)
	}
	md := filepath.Join(t.TempDir(), "pics.md")
	os.WriteFile(md, []byte("# One\n\n![gone](missing.png)\n"), 0o644)
	code, out, _ = runCLI(t, "check", md)
	if code != 1 || !strings.Contains(out, "slide 1") || !strings.Contains(out, "missing.png") {
		t.Fatalf("missing image: exit %d\n%s", code, out)
	}
}

// TestNoDisplayIsAPlainError: presenting without a screen says so, no panic.
func TestNoDisplayIsAPlainError(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	code, _, stderr := runCLI(t, copyDeck(t, "talk.md"))
	if code != 2 || !strings.Contains(stderr, "no display") || strings.Contains(stderr, "goroutine") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
}
