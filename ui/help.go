package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/show"
)

// newHelpOverlay lists every key binding from show's one key table.
func newHelpOverlay() fyne.CanvasObject {
	grid := container.NewGridWithColumns(2)
	title := widget.NewLabelWithStyle("Keys (? or Esc closes)", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	for _, row := range show.HelpRows() {
		grid.Add(widget.NewLabelWithStyle(strings.ReplaceAll(row.Keys, "`", ""), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(row.Help))
	}
	shade := canvas.NewRectangle(color.NRGBA{0, 0, 0, 0xe0})
	return container.NewStack(shade, container.NewCenter(container.NewVBox(title, grid)))
}
