package show

import (
	"slices"
)

// Keymap is a key table in effect: the defaults, or the defaults changed by
// the speaker's key file (bind and unbind, like pdfpc's pdfpcrc). The zero
// Keymap is the default table.
type Keymap struct {
	table []Binding // nil: the default table
}

// DefaultKeymap is the built-in key table.
func DefaultKeymap() Keymap { return Keymap{} }

func (k Keymap) bindings() []Binding {
	if k.table == nil {
		return bindings
	}
	return k.table
}

// Bindings returns a copy of the table in effect.
func (k Keymap) Bindings() []Binding { return copyBindings(k.bindings()) }

// LookupIn returns the command bound to key in state s (overview bindings
// first while the overview is open).
func (k Keymap) LookupIn(s State, key string) (Command, bool) {
	return lookupIn(k.bindings(), key, s.Overview)
}

// HelpRows returns the table in effect as rows for the help overlay.
func (k Keymap) HelpRows() []HelpRow { return helpRows(k.bindings()) }

// Unbind removes key from every binding outside the overview.
func (k Keymap) Unbind(key string) Keymap {
	t := copyBindings(k.bindings())
	for i := range t {
		if !t[i].Overview {
			t[i].Keys = slices.DeleteFunc(t[i].Keys, func(x string) bool { return x == key })
			if t[i].Display != "" && len(t[i].Keys) != len(k.bindings()[i].Keys) {
				t[i].Display = "" // a written-out key list no longer holds
			}
		}
	}
	return Keymap{table: t}
}

// Bind makes key run cmd outside the overview: the key leaves whatever it
// did, and joins the first binding of cmd (so help shows it on that row).
func (k Keymap) Bind(key string, cmd Command) Keymap {
	k = k.Unbind(key)
	for i, b := range k.table {
		if !b.Overview && b.Command == cmd {
			k.table[i].Keys = append(k.table[i].Keys, key)
			k.table[i].Display = ""
			return k
		}
	}
	k.table = append(k.table, Binding{Keys: []string{key}, Command: cmd, Help: cmd.String()})
	return k
}

func copyBindings(in []Binding) []Binding {
	out := make([]Binding, len(in))
	for i, b := range in {
		b.Keys = append([]string(nil), b.Keys...)
		out[i] = b
	}
	return out
}
