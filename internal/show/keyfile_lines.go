package show

import "strings"

// The TOML reader gives line numbers for syntax errors only; these find
// the line of a section, a key in a section, or a quoted value in one, so
// every mistake in a key file is reported with its line.

func sectionLine(text, section string) int {
	for i, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "[") && strings.Trim(strings.TrimSpace(strings.Trim(t, "[]")), `"'`) == section {
			return i + 1
		}
	}
	return 0
}

// keyLine is the line where key is set in section ("" before any header).
func keyLine(text, section, key string) int {
	cur := ""
	for i, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			cur = strings.Trim(strings.TrimSpace(strings.Trim(t, "[]")), `"'`)
			continue
		}
		name, _, ok := strings.Cut(t, "=")
		if ok && cur == section && strings.Trim(strings.TrimSpace(name), `"'`) == key {
			return i + 1
		}
	}
	return 0
}

// valueLine is the first line in section holding value in quotes.
func valueLine(text, section, value string) int {
	cur := ""
	for i, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") && !strings.Contains(t, "=") {
			cur = strings.Trim(strings.TrimSpace(strings.Trim(t, "[]")), `"'`)
			continue
		}
		if cur == section && (strings.Contains(t, `"`+value+`"`) || strings.Contains(t, `'`+value+`'`)) {
			return i + 1
		}
	}
	return 0
}
