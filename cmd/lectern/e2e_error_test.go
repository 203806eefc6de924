package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// waitExit waits for the app to end and returns its exit code, or fails
// when it is still running after timeout.
func (a *app) waitExit(done <-chan error, timeout time.Duration) int {
	a.t.Helper()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			a.t.Fatalf("wait: %v", err)
		}
		return 0
	case <-time.After(timeout):
		a.t.Fatalf("lectern still running %v after it was asked to quit; output:\n%s", timeout, a.out)
		return -1
	}
}

// exited starts waiting for the process in the background.
func (a *app) exited() <-chan error {
	done := make(chan error, 1)
	go func() { done <- a.cmd.Wait() }()
	return done
}

// errorWindow waits for the start-up error window, titled exactly "Lectern"
// (the audience window is "Lectern · <title>"), and returns its X id.
func (a *app) errorWindow() string {
	a.t.Helper()
	isError := func(name string) bool { return name == "Lectern" }
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		ids, _ := a.x("xdotool", "search", "--pid", a.pid(), "--name", ".")
		for _, id := range strings.Fields(ids) {
			if name, _ := a.x("xdotool", "getwindowname", id); isError(name) {
				return id
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return a.windowNamed(isError) // fails with the output
}

func (a *app) pid() string { return fmt.Sprint(a.cmd.Process.Pid) }

// TestBrokenDeckShowsAnErrorWindow starts `lectern broken.md` on a file that
// is not a deck: a speaker who started it from a file manager must see why,
// so an error window opens, the app waits for them, and stderr says it too.
func TestBrokenDeckShowsAnErrorWindow(t *testing.T) {
	display := needX(t)
	broken := filepath.Join(t.TempDir(), "broken.md")
	if err := os.WriteFile(broken, []byte("\x00\x01\x02 not a deck"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := startApp(t, display, t.TempDir(), broken)
	win := a.errorWindow()
	done := a.exited()
	time.Sleep(1500 * time.Millisecond) // let it draw, and show it does not exit on its own
	select {
	case err := <-done:
		t.Fatalf("lectern exited (%v) with the error window up; output:\n%s", err, a.out)
	default:
	}
	shot := a.screenshot(filepath.Join(t.TempDir(), "error.png"), win)
	if n := distinctColours(shot); n < 20 {
		t.Errorf("error window screenshot has %d colours: it looks blank", n)
	}
	want := broken + ": is not a text file"
	if !strings.Contains(a.out.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, a.out)
	}
	a.focus(win)
	a.key("q")
	if code := a.waitExit(done, 10*time.Second); code != 2 {
		t.Errorf("exit code %d after quitting the error window, want 2; output:\n%s", code, a.out)
	}
}

// TestMissingDeckErrorWindowOpensTheDemo starts `lectern missing.md`, then
// picks "Open the demo deck" with the keyboard: the normal windows open on
// the demo, and quitting the talk ends the app with 0.
func TestMissingDeckErrorWindowOpensTheDemo(t *testing.T) {
	display := needX(t)
	missing := filepath.Join(t.TempDir(), "missing.md")
	config := t.TempDir()
	a := startApp(t, display, config, missing)
	win := a.errorWindow()
	done := a.exited()
	if want := missing + ": no such file"; !strings.Contains(a.out.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, a.out)
	}
	a.focus(win)
	time.Sleep(500 * time.Millisecond)
	a.key("Tab", "Tab", "space") // "Open another deck…", "Open the demo deck", press
	a.waitTitle("Welcome to Lectern", 30*time.Second)
	a.focus(a.presenterWindow())
	a.key("q")
	if code := a.waitExit(done, 10*time.Second); code != 0 {
		t.Errorf("exit code %d after presenting the demo, want 0; output:\n%s", code, a.out)
	}
}
