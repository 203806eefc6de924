package themefile

import (
	"math"
	"strings"
	"testing"
)

// FuzzParse: any text gives a spec or issues, never a panic; what a spec
// holds is within the documented bounds, and issues point into the file.
func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("[colors]\ntext = \"#111\n"))
	f.Add([]byte("[sizes]\nbody = 1e309\nh1 = -3\nline-height = nan\n[layout]\ntitle = 3\n"))
	f.Add([]byte("colors.heading = \"red\"\n[shadows]\nx = 1\n[code]\nstyle = \"monokai\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, issues := Parse("f", data)
		n := strings.Count(string(data), "\n") + 1
		for _, is := range issues {
			if is.Line < 0 || is.Line > n || is.Msg == "" {
				t.Fatalf("issue %+v in a file of %d lines", is, n)
			}
		}
		if s == nil {
			return
		}
		for k, v := range s.Sizes {
			lo, hi := 1.0, maxSize
			if k == "line-height" {
				lo, hi = 0.5, 4
			}
			if math.IsNaN(v) || v < lo || v > hi {
				t.Fatalf("size %s = %v", k, v)
			}
		}
		for k, v := range s.Margins {
			if math.IsNaN(v) || v < 0 || v > maxMargin {
				t.Fatalf("margin %s = %v", k, v)
			}
		}
		for _, v := range []string{s.Title, s.Align, s.Vertical} {
			if v != "" && v != "center" && v != "plain" && v != "left" && v != "top" && v != "middle" {
				t.Fatalf("layout value %q", v)
			}
		}
	})
}
