package themefile

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-text/typesetting/fontscan"
)

// installed is the set of installed font families (lower case), read once
// from the same font index render/fonts keeps in the user's cache folder.
var installed struct {
	once     sync.Once
	families map[string]bool
}

// FamilyInstalled reports whether a font family of that name is installed
// (case and spacing aside). Tests replace familiesFunc.
func FamilyInstalled(family string) bool {
	installed.once.Do(func() { installed.families = familiesFunc() })
	return installed.families[normFamily(family)]
}

var familiesFunc = systemFamilies

func systemFamilies() map[string]bool {
	out := map[string]bool{}
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	dir = filepath.Join(dir, "lectern")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return out
	}
	prints, err := fontscan.SystemFonts(log.New(io.Discard, "", 0), dir)
	if err != nil {
		return out
	}
	for _, p := range prints {
		out[normFamily(p.Family)] = true
	}
	return out
}

// normFamily is a family name as fontscan's index keeps it: lower case,
// no spaces ("Noto Serif" is "notoserif" there).
func normFamily(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), "") }
