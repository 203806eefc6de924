package show

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// A key file changes the default table, like pdfpc's bind and unbind:
//
//	[bind]
//	j = "next"
//	PageDown = "next-slide"
//	[unbind]
//	keys = ["Space"]
//
// Keys are written as the help shows them (PageDown, Esc, Enter, `j`) or
// as Fyne names them (Next, Escape, Return); commands by their names in
// the table (CommandNames).

// commandAliases are short names people write for the most used commands.
var commandAliases = map[string]Command{
	"next":     NextStep,
	"prev":     PrevStep,
	"previous": PrevStep,
}

// peopleKeys are the names the help shows, back to Fyne's.
var peopleKeys = map[string]string{
	"PageDown": "Next", "PageUp": "Prior", "Esc": "Escape", "Enter": "Return",
	"Backspace": "BackSpace", "Del": "Delete", "Ins": "Insert", " ": "Space",
}

// namedKeys are the keys without a character the windows report by name.
var namedKeys = map[string]bool{
	"Escape": true, "Return": true, "KP_Enter": true, "Tab": true, "BackSpace": true,
	"Insert": true, "Delete": true, "Right": true, "Left": true, "Down": true, "Up": true,
	"Prior": true, "Next": true, "Home": true, "End": true, "Space": true,
	"Shift+Right": true, "Shift+Left": true,
	"F1": true, "F2": true, "F3": true, "F4": true, "F5": true, "F6": true,
	"F7": true, "F8": true, "F9": true, "F10": true, "F11": true, "F12": true,
}

// CommandNames are the names a key file may bind, sorted.
func CommandNames() []string {
	seen := map[string]bool{}
	for name := range commandAliases {
		seen[name] = true
	}
	for _, b := range bindings {
		if bindable(b.Command) {
			seen[b.Command.Op.String()] = true
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// bindable: a command of the table without an argument, outside the overview.
func bindable(c Command) bool {
	return c.Op != OpDigit && c.Op != OpGoTo && c.Op != OpOverviewMove && c.Op != OpOverviewPick
}

// ParseCommand returns the command a key file names.
func ParseCommand(name string) (Command, bool) {
	if c, ok := commandAliases[name]; ok {
		return c, true
	}
	op, ok := ParseOp(name)
	if !ok || !bindable(Command{Op: op}) {
		return Command{}, false
	}
	for _, b := range bindings {
		if b.Command.Op == op {
			return b.Command, true
		}
	}
	return Command{}, false
}

// ParseKeyName turns a key as a person writes it into the name the
// windows report, or false when no window reports such a key.
func ParseKeyName(k string) (string, bool) {
	if f, ok := peopleKeys[k]; ok {
		return f, true
	}
	if strings.Count(k, "") == 2 { // one character, typed
		return k, true
	}
	if namedKeys[k] {
		return k, true
	}
	return "", false
}

// KeyFileError is a mistake in a key file, with the line it is on (0 when
// the whole file is at fault).
type KeyFileError struct {
	Path string
	Line int
	Msg  string
}

func (e *KeyFileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s line %d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// ParseKeyFile reads a key file's text (path names it in errors) and
// returns the default table changed by it. On any mistake it returns the
// default table and an error naming the file and line.
func ParseKeyFile(path string, data []byte) (Keymap, error) {
	text := string(data)
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Keymap{}, &KeyFileError{Path: path, Line: pe.Position.Line, Msg: pe.Message}
		}
		return Keymap{}, &KeyFileError{Path: path, Msg: err.Error()}
	}
	bad := func(line int, format string, args ...any) (Keymap, error) {
		return Keymap{}, &KeyFileError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	for name := range raw {
		if name != "bind" && name != "unbind" {
			return bad(sectionLine(text, name), "unknown section %q (a key file has [bind] and [unbind])", name)
		}
	}
	km := DefaultKeymap()
	if u, ok := raw["unbind"]; ok {
		table, _ := u.(map[string]any)
		for k := range table {
			if k != "keys" {
				return bad(keyLine(text, "unbind", k), "[unbind] has only keys = [\"Space\", …], not %q", k)
			}
		}
		list, ok := table["keys"].([]any)
		if !ok && table["keys"] != nil {
			return bad(keyLine(text, "unbind", "keys"), "keys must be a list of key names, e.g. keys = [\"Space\"]")
		}
		for _, v := range list {
			s, _ := v.(string)
			key, ok := ParseKeyName(s)
			if !ok {
				return bad(valueLine(text, "unbind", s), "unknown key %q", s)
			}
			km = km.Unbind(key)
		}
	}
	if b, ok := raw["bind"]; ok {
		table, _ := b.(map[string]any)
		keys := make([]string, 0, len(table))
		for k := range table {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keyLine(text, "bind", keys[i]) < keyLine(text, "bind", keys[j]) })
		for _, k := range keys {
			line := keyLine(text, "bind", k)
			key, ok := ParseKeyName(k)
			if !ok {
				return bad(line, "unknown key %q", k)
			}
			name, _ := table[k].(string)
			cmd, ok := ParseCommand(name)
			if !ok {
				return bad(line, "unknown command %q for key %q; commands are: %s", name, k, strings.Join(CommandNames(), ", "))
			}
			km = km.Bind(key, cmd)
		}
	}
	return km, nil
}
