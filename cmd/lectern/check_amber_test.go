package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckLightningTalkAmber: a 5-minute deck that names no warning turns
// amber at 1:00 left (a fifth of the talk), not at 5:00 (from the first
// second, as before); an explicit warn is kept.
func TestCheckLightningTalkAmber(t *testing.T) {
	for _, tc := range []struct {
		front, want string
	}{
		{"duration: 5m", "Duration: 5:00 (amber at 1:00 left)"},
		{"duration: 5m\nwarn: 2m", "Duration: 5:00 (amber at 2:00 left)"},
		{"duration: 45m", "Duration: 45:00 (amber at 5:00 left)"},
	} {
		path := filepath.Join(t.TempDir(), "lightning.md")
		md := "---\ntitle: Lightning\n" + tc.front + "\n---\n\n# One\n\nHello\n\n---\n\n# Two\n\nBye\n"
		if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCLI(t, "check", path)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", tc.front, code, out, errOut)
		}
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s: check says\n%s\nwant a line %q", tc.front, out, tc.want)
		}
	}
}
