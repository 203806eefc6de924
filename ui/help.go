package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"github.com/lectern-app/lectern/internal/show"
)

// newHelpOverlay lists the key bindings in effect: show's one key table as
// the speaker's key file changed it.
func newHelpOverlay(rows []show.HelpRow) fyne.CanvasObject {
	grid := container.New(layout.NewFormLayout())
	for _, row := range rows {
		keys := canvas.NewText(strings.ReplaceAll(row.Keys, "`", ""), colCursor)
		keys.TextStyle.Monospace = true
		keys.TextSize = 15
		grid.Add(keys)
		grid.Add(canvas.NewText(row.Help, colNormal))
	}
	title := canvas.NewText("Keys  (? or Esc closes this)", colWarn)
	title.TextSize = 20
	shade := canvas.NewRectangle(color.NRGBA{0x0b, 0x10, 0x1a, 0xf4})
	// In a scroll, so a small window is never forced to grow to fit it.
	return container.NewStack(shade, container.NewVScroll(container.NewCenter(container.NewVBox(title, grid))))
}
