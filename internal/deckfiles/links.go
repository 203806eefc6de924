package deckfiles

import (
	"regexp"
	"strings"
)

// linkRE finds link targets in Markdown and HTML: ](target), ](<target>),
// src="target", url(target) and reference definitions "[x]: target".
var linkRE = regexp.MustCompile(`\]\(\s*<([^>\n]+)>|\]\(\s*([^)\s]+)|\bsrc\s*=\s*["']([^"'\n]+)["']|url\(\s*["']?([^)"'\s]+)["']?\s*\)|(?m)^\s{0,3}\[[^\]\n]+\]:\s*<?([^>\s]+)`)

// LinkTargets lists the targets a slide's text links to that could name a
// local file, in order, each once: not anchors, mail or data: addresses.
func LinkTargets(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range linkRE.FindAllStringSubmatch(text, -1) {
		target := ""
		for _, g := range m[1:] {
			if g != "" {
				target = g
				break
			}
		}
		t := strings.TrimSpace(target)
		low := strings.ToLower(t)
		if t == "" || seen[t] || strings.HasPrefix(t, "#") || strings.HasPrefix(low, "data:") || strings.HasPrefix(low, "mailto:") {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}
