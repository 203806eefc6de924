// Package locale gives Fyne a language it can parse before Fyne reads it.
//
// Fyne parses the user's locale in a package init and logs an error for the
// POSIX "C" locale (LANG=C, C.UTF-8, unset), which is common on servers and
// in CI. Imported first by the main package (blank import), this package's
// init runs before Fyne's: it depends on nothing but os, and Go initialises
// ready packages in import-path order.
package locale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if val := os.Getenv(v); val != "" {
			if !isPOSIX(val) {
				return
			}
			break
		}
	}
	os.Setenv("LANGUAGE", "en")
}

func isPOSIX(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}
