package layout

import "testing"

// Path data gets a command letter before every segment and spaced arc
// flags; what is not path data stays as it was.
func TestExplicitPath(t *testing.T) {
	for in, want := range map[string]string{
		"m 200,490.5 a 2.5,2.5 0 0 1 -2.5,2.5 2.5,2.5 0 0 1 -2.5,-2.5 z": "m 200 490.5 a 2.5 2.5 0 0 1 -2.5 2.5 a 2.5 2.5 0 0 1 -2.5 -2.5 z",
		"M0 0a1 1 0 011 1":             "M 0 0 a 1 1 0 0 1 1 1",
		"M1-2L3.5.5e1 4 5Z":            "M 1 -2 L 3.5 .5e1 L 4 5 Z",
		"M 0 0 h 10 v 5 H 0 z":         "M 0 0 h 10 v 5 H 0 z",
		"M0,0C1,1,2,2,3,3 4,4,5,5,6,6": "M 0 0 C 1 1 2 2 3 3 C 4 4 5 5 6 6",
		"M 0 0 L x y":                  "M 0 0 L x y",
		"10 10":                        "10 10",
	} {
		if got := explicitPath(in); got != want {
			t.Errorf("explicitPath(%q) = %q, want %q", in, got, want)
		}
	}
}
