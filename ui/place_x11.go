//go:build linux && !wayland

package ui

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <stdlib.h>

static int lectern_move(unsigned long win, int x, int y) {
	Display *d = XOpenDisplay(NULL);
	if (!d) return 0;
	XMoveWindow(d, (Window)win, x, y);
	XFlush(d);
	XCloseDisplay(d);
	return 1;
}
*/
import "C"

import "fyne.io/fyne/v2/driver"

// placeNative moves an X11 window with its own short Xlib connection: X window
// ids are global to the server, so Fyne's handle is enough.
func placeNative(ctx any, x, y int) bool {
	c, ok := ctx.(driver.X11WindowContext)
	if !ok || c.WindowHandle == 0 {
		return false
	}
	return C.lectern_move(C.ulong(c.WindowHandle), C.int(x), C.int(y)) == 1
}
