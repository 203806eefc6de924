package ui

import "fyne.io/fyne/v2"

// splitLayout puts two objects side by side, the first taking `left` of the width.
type splitLayout struct{ left float32 }

func (l *splitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	const gap = 8
	w := size.Width * l.left
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(w-gap/2, size.Height))
	objs[1].Move(fyne.NewPos(w+gap/2, 0))
	objs[1].Resize(fyne.NewSize(size.Width-w-gap/2, size.Height))
}

func (l *splitLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 200) }

// columnLayout stacks two objects, the first taking `top` of the height.
type columnLayout struct{ top float32 }

func (l *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	const gap = 8
	h := size.Height * l.top
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h-gap/2))
	objs[1].Move(fyne.NewPos(0, h+gap/2))
	objs[1].Resize(fyne.NewSize(size.Width, size.Height-h-gap/2))
}

func (l *columnLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(160, 200) }
