package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/lectern-app/lectern/internal/rehearse"
	"github.com/lectern-app/lectern/render/chart"
)

// reportWidth is the pixel width the report chart is drawn at in the window.
const reportWidth = 1600

// showReport opens the rehearsal report of the current deck in a window.
func (p *presenter) showReport() {
	h, warnings, err := rehearse.LoadRuns(p.deck().Path)
	if err != nil {
		p.showError(fmt.Errorf("read the rehearsals of %s: %w", p.ctl.Path(), err))
		return
	}
	for _, w := range warnings {
		p.ctl.SetNotice(w)
	}
	w := p.app.NewWindow("Lectern · Rehearsal report · " + p.deck().Meta.Title)
	img := chart.Render(p.deck(), h, rehearse.DefaultRuns, reportWidth, 0)
	pic := canvas.NewImageFromImage(img)
	pic.FillMode = canvas.ImageFillContain
	b := img.Bounds()
	shown := float32(1100)
	pic.SetMinSize(fyne.NewSize(shown, shown*float32(b.Dy())/float32(b.Dx())))
	w.SetContent(container.NewScroll(pic))
	w.Resize(fyne.NewSize(1140, 820))
	bindKeys(w.Canvas(), func(key string) {
		if key == "q" || key == "Escape" {
			w.Close()
		}
	})
	w.Show()
}
