package ui

import (
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// Monitor is one screen as GLFW reports it, in virtual desktop pixels.
type Monitor struct {
	Name   string
	Bounds image.Rectangle
}

func (m Monitor) String() string {
	return fmt.Sprintf("%s %dx%d at %d,%d", m.Name, m.Bounds.Dx(), m.Bounds.Dy(), m.Bounds.Min.X, m.Bounds.Min.Y)
}

// Monitors lists the screens. Fyne has no API for it (GUIDE section 8), so we
// ask GLFW, which Fyne's desktop driver has already initialised. It must run
// on the main goroutine: call it from inside fyne.Do or a Fyne callback.
func Monitors() (list []Monitor) {
	defer func() {
		if recover() != nil { // GLFW not initialised (test driver): no monitors
			list = nil
		}
	}()
	for _, m := range glfw.GetMonitors() {
		x, y := m.GetPos()
		mode := m.GetVideoMode()
		if mode == nil {
			continue
		}
		list = append(list, Monitor{Name: m.GetName(), Bounds: image.Rect(x, y, x+mode.Width, y+mode.Height)})
	}
	return list
}

// moveToMonitor places a window at the top-left of a monitor so that
// SetFullScreen, which uses the monitor under the window, fills that one.
// It works where the platform lets an application place its windows
// (X11, Windows); it reports false elsewhere (Wayland, macOS).
func moveToMonitor(w fyne.Window, m Monitor) bool {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return false
	}
	moved := false
	nw.RunNative(func(ctx any) {
		moved = placeNative(ctx, m.Bounds.Min.X+40, m.Bounds.Min.Y+40)
	})
	return moved
}
