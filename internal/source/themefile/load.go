package themefile

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// MaxBytes bounds a theme file: a few dozen settings fit in far less.
const MaxBytes = 64 << 10

// nameRE is what a theme name may be to name a file: no folders, no dots
// at the start, nothing a shell or a path would read differently.
var nameRE = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$`)

// FileName reports whether a theme name may name a theme file.
func FileName(name string) bool { return nameRE.MatchString(name) }

// Load looks for NAME.lectern-theme.toml beside the deck at deckPath and
// reads it through the deck's file policy (inside its folder, capped).
// found is false when there is no such file (the name is then unknown).
// A file with problems still gives what it sets well; a file that cannot
// be read or is not TOML gives no spec and a problem naming it: the
// default theme is used, and the talk goes on.
func Load(deckPath, name string, policy deckfiles.Policy) (spec *deck.ThemeSpec, problems []deck.Problem, found bool) {
	if !FileName(name) {
		return nil, nil, false
	}
	path := filepath.Join(filepath.Dir(deckPath), name+Suffix)
	base := filepath.Base(path)
	problem := func(msg string) deck.Problem {
		return deck.Problem{Severity: deck.Warning, Kind: "theme", Message: msg}
	}
	st, err := os.Lstat(path)
	if err != nil {
		return nil, nil, false
	}
	fail := func(why string) (*deck.ThemeSpec, []deck.Problem, bool) {
		return nil, []deck.Problem{problem(fmt.Sprintf("The theme file %s %s, so the default theme is used.", base, why))}, true
	}
	resolved, err := policy.Check(path)
	switch {
	case deckfiles.KindOf(err) == deckfiles.KindOutside:
		return fail("leads outside the deck's folder")
	case err != nil:
		return fail("is not a regular file")
	}
	if st, err = os.Stat(resolved); err != nil || !st.Mode().IsRegular() {
		return fail("is not a regular file")
	}
	if st.Size() > MaxBytes {
		return fail(fmt.Sprintf("is %d KB; a theme file may be at most %d KB", st.Size()>>10, MaxBytes>>10))
	}
	data, err := deckfiles.ReadFile(resolved)
	if err != nil {
		return fail(fmt.Sprintf("could not be read (%v)", err))
	}
	if len(data) > MaxBytes {
		return fail(fmt.Sprintf("is larger than %d KB", MaxBytes>>10))
	}
	spec, issues := Parse(name, data)
	if spec == nil {
		line := ""
		if len(issues) > 0 && issues[0].Line > 0 {
			line = fmt.Sprintf(" on line %d", issues[0].Line)
		}
		msg := "is not valid TOML"
		if len(issues) > 0 {
			msg = fmt.Sprintf("is not valid TOML%s: %s", line, issues[0].Msg)
		}
		return fail(msg)
	}
	spec.File = resolved
	for _, is := range issues {
		problems = append(problems, problem(fmt.Sprintf("%s%s: %s; that setting is left as the base theme has it.", base, at(is.Line), is.Msg)))
	}
	for _, k := range sortedKeys(spec.Fonts) {
		if !FamilyInstalled(spec.Fonts[k]) {
			problems = append(problems, problem(fmt.Sprintf("%s%s: the %s font %q is not installed, so the default face is used.",
				base, at(lineOf(data, "fonts."+k)), k, spec.Fonts[k])))
			delete(spec.Fonts, k)
		}
	}
	return spec, problems, true
}

func at(line int) string {
	if line <= 0 {
		return ""
	}
	return fmt.Sprintf(" line %d", line)
}
