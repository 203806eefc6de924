package show

import "strings"

// keyNames are how Fyne's key names are written for people.
var keyNames = map[string]string{
	"Next":      "PageDown",
	"Prior":     "PageUp",
	"BackSpace": "Backspace",
	"Return":    "Enter",
	"KP_Enter":  "Enter",
	"Escape":    "Esc",
}

// displayKey writes one key for the help table: named keys plain, typed
// characters in backticks.
func displayKey(k string) string {
	if n, ok := keyNames[k]; ok {
		return n
	}
	if NamedKey(k) {
		return k
	}
	return "`" + k + "`"
}

// displayKeys writes a binding's keys, each name once.
func displayKeys(b Binding) string {
	if b.Display != "" {
		return b.Display
	}
	var out []string
	seen := map[string]bool{}
	for _, k := range b.Keys {
		d := displayKey(k)
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return strings.Join(out, ", ")
}

// HelpRow is one line of the help table: keys as written for people, and
// what they do. Consecutive bindings with the same help text share a row.
type HelpRow struct {
	Keys string
	Help string
}

// HelpRows returns the default key table as rows for the help overlay.
func HelpRows() []HelpRow { return helpRows(bindings) }

func helpRows(table []Binding) []HelpRow {
	var rows []HelpRow
	for _, b := range table {
		if len(b.Keys) == 0 {
			continue // every key of it unbound
		}
		keys := displayKeys(b)
		if n := len(rows); n > 0 && rows[n-1].Help == b.Help {
			if rows[n-1].Keys != keys {
				rows[n-1].Keys += ", " + keys
			}
			continue
		}
		rows = append(rows, HelpRow{Keys: keys, Help: b.Help})
	}
	return rows
}

// HelpMarkdown renders the key table as a Markdown table. The README's key
// list (between <!-- keys --> and <!-- /keys -->) and the ? overlay use it.
func HelpMarkdown() string {
	var b strings.Builder
	b.WriteString("| Keys | Action |\n| --- | --- |\n")
	for _, r := range HelpRows() {
		b.WriteString("| " + r.Keys + " | " + r.Help + " |\n")
	}
	return b.String()
}
