package pdfpc

import (
	"strings"
	"testing"
)

// TestHugeDurationsAreRefused: minutes that would overflow a time.Duration
// (or are just over 24 hours) are treated as not set, with a sentence in
// Refused, in both formats.
func TestHugeDurationsAreRefused(t *testing.T) {
	for _, in := range []string{
		`{"pdfpcFormat":2,"duration":999999999,"lastMinutes":1441}`,
		"[duration]\n153722867280912930\n[last_minutes]\n1441\n[notes]\n### 1\nhi\n",
	} {
		f, err := Parse([]byte(in))
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		if f.Duration != 0 || f.LastMinutes != 0 || len(f.Refused) != 2 || !strings.Contains(f.Refused[0], "longer than 24 hours") {
			t.Fatalf("%q: duration %v, last minutes %d, refused %q", in, f.Duration, f.LastMinutes, f.Refused)
		}
	}
	f, err := Parse([]byte(`{"duration":1440,"lastMinutes":5}`))
	if err != nil || f.Duration.Hours() != 24 || f.LastMinutes != 5 || len(f.Refused) != 0 {
		t.Fatalf("24 h: %+v, %v", f, err)
	}
}
