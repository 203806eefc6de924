//go:build !windows && !(linux && !wayland)

package ui

// placeNative cannot move windows here: Wayland gives clients no say over
// placement, and on macOS we have no Cocoa bridge yet. The speaker drags the
// audience window to the projector and presses F11 (see docs/MONITORS.md).
func placeNative(ctx any, x, y int) bool { return false }
