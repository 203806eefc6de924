package console

import (
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// NotesMarkdown is what a notes pane shows for a slide.
func NotesMarkdown(sl *deck.Slide) string {
	if sl == nil || sl.Notes == "" {
		return "*No notes for this slide.*"
	}
	return KeepLineBreaks(sl.Notes)
}

// KeepLineBreaks makes each line of notes its own line, as speakers write
// them (pdfpc and Keynote keep line breaks), outside code fences. Fyne's
// Markdown renderer ignores hard line breaks, so lines become paragraphs.
func KeepLineBreaks(md string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, 2*len(lines))
	fence := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		out = append(out, l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if !fence && t != "" && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}
