//go:build windows

package ui

import (
	"syscall"

	"fyne.io/fyne/v2/driver"
)

var setWindowPos = syscall.NewLazyDLL("user32.dll").NewProc("SetWindowPos")

// placeNative moves a Win32 window; SWP_NOSIZE|SWP_NOZORDER keep its size and stacking.
func placeNative(ctx any, x, y int) bool {
	c, ok := ctx.(driver.WindowsWindowContext)
	if !ok || c.HWND == 0 {
		return false
	}
	const swpNoSize, swpNoZOrder = 0x0001, 0x0004
	r, _, _ := setWindowPos.Call(c.HWND, 0, uintptr(x), uintptr(y), 0, 0, swpNoSize|swpNoZOrder)
	return r != 0
}
