package export

import (
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// isSectionSlide says whether a Markdown slide's first heading is a level-1
// heading (ATX "# Title" or setext "Title\n===="), outside code fences.
func isSectionSlide(s deck.Slide) bool {
	text := s.Body
	if text == "" {
		text = s.Source
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	fence := ""
	prev := ""
	for _, raw := range lines {
		l := strings.TrimSpace(raw)
		if fence != "" {
			if strings.HasPrefix(l, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			fence = l[:3]
			prev = ""
			continue
		}
		if strings.HasPrefix(l, "#") {
			level := len(l) - len(strings.TrimLeft(l, "#"))
			if level <= 6 && (len(l) == level || l[level] == ' ' || l[level] == '\t') {
				return level == 1
			}
		}
		if prev != "" && !strings.HasPrefix(prev, "<!--") && isUnderline(l, '=') {
			return true
		}
		if prev != "" && isUnderline(l, '-') && l != "---" {
			return false // a setext level-2 heading
		}
		prev = l
	}
	return false
}

func isUnderline(l string, c byte) bool {
	if l == "" {
		return false
	}
	for i := 0; i < len(l); i++ {
		if l[i] != c {
			return false
		}
	}
	return true
}
