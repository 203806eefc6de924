package deck

import (
	"strings"
	"testing"
	"time"
)

func TestParseDurationBounds(t *testing.T) {
	ok := map[string]time.Duration{
		"30m": 30 * time.Minute, "1h15m": 75 * time.Minute, "90s": 90 * time.Second,
		"1:30": 90 * time.Second, "45": 45 * time.Minute, "45 min": 45 * time.Minute,
		"2 minutes": 2 * time.Minute, "24h": MaxDuration, "1440": MaxDuration, "1440:00": MaxDuration,
	}
	for in, want := range ok {
		if got, err := ParseDuration(in); err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	tooLong := []string{
		"2562047h", "2562048h", "99999999999999999999h", "24h1s", "1441", "1e300", "1e400",
		"1441:00", "99999999999999999999:00", "25 hours", "inf", "153722867280912930",
	}
	for _, in := range tooLong {
		got, err := ParseDuration(in)
		if err == nil || !strings.Contains(err.Error(), "longer than 24 hours") {
			t.Errorf("ParseDuration(%q) = %v, %v; want a longer than 24 hours error", in, got, err)
		}
	}
	for _, in := range []string{"", "-5", "-1h", "nan", "1..5h", "h", "soon", "1:60", "-1:00"} {
		if got, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) = %v, want an error", in, got)
		}
	}
}

// FuzzParseDuration: whatever the text, a duration read is within
// [0, MaxDuration], and an error is a sentence quoting nothing longer than
// the input.
func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"30m", "1h15m", "90s", "1:30", "45", "45 min", "2 minutes", "24h",
		"2562047h", "1e400", "nan", "-0", "1441:00", "0.5", ".5h", "1.5 hours", "1h 2m 3s", "3µs"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			if d != 0 || err.Error() == "" || len(err.Error()) > 2*len(s)+80+len(s)*4 {
				t.Fatalf("ParseDuration(%q) = %v, %q", s, d, err)
			}
			return
		}
		if d < 0 || d > MaxDuration {
			t.Fatalf("ParseDuration(%q) = %v, outside [0, 24h]", s, d)
		}
	})
}
