package main

import (
	"bytes"
	"fmt"
	"github.com/lectern-app/lectern/internal/testtool"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The end-to-end tests drive the real binary in a real X server: Xvfb from
// `make test` (xvfb-run sets DISPLAY), or one started here.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// lecternBinary builds cmd/lectern once per test run, and the diagram
// helper beside it, where the installed lectern finds it.
func lecternBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lectern-e2e-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "lectern")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		_, buildErr = testtool.BuildDiagramHelper(dir)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// needX returns a DISPLAY with a running X server, starting Xvfb if needed,
// and skips when there is none and no Xvfb to start.
func needX(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	for _, tool := range []string{"xdotool", "import"} {
		testtool.Need(t, tool)
	}
	if d := os.Getenv("DISPLAY"); d != "" {
		return d
	}
	xvfb := testtool.Need(t, "Xvfb")
	display := fmt.Sprintf(":%d", 90+os.Getpid()%50)
	cmd := exec.Command(xvfb, display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset")
	if err := cmd.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	time.Sleep(500 * time.Millisecond)
	return display
}

// app is one running lectern process on an X display.
type app struct {
	t       *testing.T
	cmd     *exec.Cmd
	display string
	out     *bytes.Buffer
}

func startApp(t *testing.T, display, configDir string, args ...string) *app {
	t.Helper()
	cmd := exec.Command(lecternBinary(t), args...)
	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.Env = append(withoutDiagramHelperEnv(os.Environ()), "DISPLAY="+display, "LECTERN_CONFIG_DIR="+configDir,
		"HOME="+configDir, "XDG_CONFIG_HOME="+filepath.Join(configDir, "xdg"), "LANG=C.UTF-8")
	if err := cmd.Start(); err != nil {
		t.Fatalf("start lectern: %v", err)
	}
	a := &app{t: t, cmd: cmd, display: display, out: out}
	t.Cleanup(func() { a.kill() })
	return a
}

func (a *app) kill() {
	if a.cmd.ProcessState == nil {
		a.cmd.Process.Kill()
		a.cmd.Wait()
	}
}

func (a *app) x(args ...string) (string, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "DISPLAY="+a.display)
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// waitTitle polls the titles of the process's windows until one contains want.
func (a *app) waitTitle(want string, timeout time.Duration) string {
	a.t.Helper()
	deadline := time.Now().Add(timeout)
	last := ""
	for time.Now().Before(deadline) {
		ids, _ := a.x("xdotool", "search", "--pid", fmt.Sprint(a.cmd.Process.Pid), "--name", ".")
		for _, id := range strings.Fields(ids) {
			name, _ := a.x("xdotool", "getwindowname", id)
			if strings.Contains(name, want) {
				return name
			}
			if strings.Contains(name, "Presenter") {
				last = name
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	a.t.Fatalf("no window title containing %q after %v (presenter title %q); output:\n%s", want, timeout, last, a.out)
	return ""
}

// presenterWindow returns the X id of the presenter window.
// It returns once the audience window is up too (it maps after the
// presenter) and both have had a moment to settle, so keys pressed next
// reach a window that stays focused.
func (a *app) presenterWindow() string {
	a.t.Helper()
	a.waitTitle("Presenter", 60*time.Second)
	id := a.windowNamed(func(name string) bool { return strings.Contains(name, "Presenter") })
	a.windowNamed(func(name string) bool {
		return strings.HasPrefix(name, "Lectern") && !strings.Contains(name, "Presenter")
	})
	time.Sleep(300 * time.Millisecond)
	return id
}

// windowNamed returns the X id of the process's window whose title matches.
// It reads every title itself: `xdotool search --name` also matched windows
// by other properties here and once returned the audience window.
// It waits up to 20 s: the presenter window maps first and the audience
// window follows.
func (a *app) windowNamed(match func(string) bool) string {
	a.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ids, _ := a.x("xdotool", "search", "--pid", fmt.Sprint(a.cmd.Process.Pid), "--name", ".")
		for _, id := range strings.Fields(ids) {
			if name, _ := a.x("xdotool", "getwindowname", id); match(name) {
				return id
			}
		}
		if time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	a.t.Fatalf("no window with a matching title after 20 s; output:\n%s", a.out)
	return ""
}

// key presses keys in the focused window, as a clicker or keyboard would.
func (a *app) key(keys ...string) {
	a.t.Helper()
	for _, k := range keys {
		if _, err := a.x("xdotool", "key", k); err != nil {
			a.t.Fatalf("xdotool key %s: %v", k, err)
		}
		time.Sleep(150 * time.Millisecond)
	}
}

// focus gives the keyboard to a window (no window manager under Xvfb).
func (a *app) focus(id string) {
	a.x("xdotool", "windowfocus", "--sync", id)
	a.x("xdotool", "windowraise", id)
}

// screenshot captures the whole screen (or one window) into a PNG and decodes it.
func (a *app) screenshot(path, window string) image.Image {
	a.t.Helper()
	if window == "" {
		window = "root"
	}
	if _, err := a.x("import", "-window", window, path); err != nil {
		a.t.Fatalf("screenshot: %v", err)
	}
	f, err := os.Open(path)
	if err != nil {
		a.t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		a.t.Fatalf("decode screenshot: %v", err)
	}
	return img
}

// distinctColours counts colours in a sample of the image: a blank or
// single-colour screen has one or two.
func distinctColours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 12, g >> 12, bl >> 12}] = true
		}
	}
	return len(seen)
}
