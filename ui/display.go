package ui

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

// errNoDisplay is returned instead of GLFW's panic when there is no screen.
var errNoDisplay = errors.New("no display to open windows on (neither DISPLAY nor WAYLAND_DISPLAY is set); " +
	"`lectern check`, `lectern export` and `lectern report --png` work without one")

// needDisplay fails early, in a plain sentence, where X11 or Wayland is
// needed and neither is there (an SSH session, a CI job without Xvfb).
func needDisplay() error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd":
		if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
			return errNoDisplay
		}
	}
	return nil
}

// windowing runs f, turning a panic of the window system (a display that
// went away, a GL context that cannot be made) into an error.
func windowing(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the window system failed: %v", r)
		}
	}()
	return f()
}
