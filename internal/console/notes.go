package console

import (
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

// NotesMarkdown is what a notes pane shows for a slide.
func NotesMarkdown(sl *deck.Slide) string {
	return StepNotesMarkdown(sl, 0)
}

// StepNotesMarkdown is what a notes pane shows at step (1-based) of a
// slide: the step's own note when it has one (pdfpc overlay pages).
func StepNotesMarkdown(sl *deck.Slide, step int) string {
	if sl == nil || sl.NotesAt(step) == "" {
		return "*No notes for this slide.*"
	}
	return KeepLineBreaks(sl.NotesAt(step))
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
