package rehearse

import (
	"path/filepath"
	"testing"
)

// The rehearsal fallback follows each platform's data folder convention.
func TestDataBaseFollowsThePlatform(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	cases := []struct {
		goos string
		vars map[string]string
		want string
	}{
		{"linux", map[string]string{"HOME": "/home/ada", "XDG_DATA_HOME": "/data"}, "/data"},
		{"linux", map[string]string{"HOME": "/home/ada"}, "/home/ada/.local/share"},
		{"linux", map[string]string{"HOME": "/home/ada", "XDG_DATA_HOME": "rel"}, "/home/ada/.local/share"},
		{"freebsd", map[string]string{"HOME": "/home/ada"}, "/home/ada/.local/share"},
		{"darwin", map[string]string{"HOME": "/Users/ada", "XDG_DATA_HOME": "/data"}, "/Users/ada/Library/Application Support"},
		{"windows", map[string]string{"AppData": `C:\Users\ada\AppData\Roaming`, "XDG_DATA_HOME": "/data"}, `C:\Users\ada\AppData\Roaming`},
	}
	for _, c := range cases {
		got, err := dataBase(c.goos, env(c.vars))
		if err != nil {
			t.Fatalf("%s %v: %v", c.goos, c.vars, err)
		}
		if got != filepath.FromSlash(c.want) && got != c.want {
			t.Errorf("%s %v: data folder %q, want %q", c.goos, c.vars, got, c.want)
		}
	}
	for _, goos := range []string{"linux", "darwin", "windows"} {
		if got, err := dataBase(goos, env(nil)); err == nil {
			t.Errorf("%s with no HOME or AppData: %q, want an error", goos, got)
		}
	}
}
