package show

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHelpMarkdown(t *testing.T) {
	md := HelpMarkdown()
	lines := strings.Split(strings.TrimSpace(md), "\n")
	if lines[0] != "| Keys | Action |" || lines[1] != "| --- | --- |" {
		t.Fatalf("no table header:\n%s", md)
	}
	for _, want := range []string{
		"| Right, Down, PageDown, Space | Next step",
		"| Left, Up, PageUp, Backspace | Previous step",
		"| Home | First slide |",
		"| `b`, `.` | Black screen",
		"| F11, F5 | Full screen",
		"| Esc | ",
		"| Enter, Space | Overview: go to the chosen slide |",
		"| Arrows | Overview: move the cursor |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("help lacks %q:\n%s", want, md)
		}
	}
	for _, l := range lines {
		if strings.Count(l, "|") != 3 {
			t.Errorf("row %q does not have two cells", l)
		}
		keys := strings.Split(l, "|")[1]
		for _, raw := range []string{"Prior", " Next", "BackSpace", "KP_Enter", "Return"} {
			if strings.Contains(keys, raw) {
				t.Errorf("row %q shows Fyne's name %q", l, raw)
			}
		}
	}
	// The four overview arrow bindings share one row.
	if n := strings.Count(md, "Overview: move the cursor"); n != 1 {
		t.Errorf("overview move rows: %d, want 1", n)
	}
}

// TestReadmeKeys fails when README.md's key list differs from the table.
func TestReadmeKeys(t *testing.T) {
	path := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read README.md: %v", err)
	}
	text := string(data)
	const open, close = "<!-- keys -->", "<!-- /keys -->"
	i, j := strings.Index(text, open), strings.Index(text, close)
	if i < 0 && j < 0 {
		t.Fatal("README.md has no <!-- keys --> markers")
	}
	if i < 0 || j < i {
		t.Fatalf("%s: the key list markers %s … %s are broken", path, open, close)
	}
	got := strings.TrimSpace(text[i+len(open) : j])
	want := strings.TrimSpace(HelpMarkdown())
	if got != want {
		t.Errorf("%s: the key list differs from show.HelpMarkdown(); paste this between the markers:\n%s", path, want)
	}
}
