package layout

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// The D2 and Graphviz libraries run in the lectern-diagrams helper: linked
// into Lectern they cost every start ~14 MB and ~11 ms of init, and a
// drawing past its time could not be stopped. The helper is killed at the
// time bound.

// helperName is the helper's file name on this system.
var helperName = func() string {
	if runtime.GOOS == "windows" {
		return "lectern-diagrams.exe"
	}
	return "lectern-diagrams"
}()

// executable is the running program's path (a variable for tests).
var executable = os.Executable

// diagramMaxSVG bounds what the helper may answer.
const diagramMaxSVG = 32 << 20

// errNoHelper is why nothing is drawn when the helper is not installed.
var errNoHelper = errors.New("Lectern's diagram helper " + strings.TrimSuffix(helperName, ".exe") +
	" is not installed beside lectern")

// findHelper is the helper's path: $LECTERN_DIAGRAMS, else beside the
// running executable (symlinks resolved), else ../lib/lectern/ from there
// (the /usr/bin + /usr/lib/lectern layout). Never a PATH lookup: another
// program of that name must not run.
func findHelper() (string, error) {
	if p := os.Getenv("LECTERN_DIAGRAMS"); p != "" {
		abs, err := filepath.Abs(p) // a bare name would be looked up in PATH
		if err != nil {
			return "", fmt.Errorf("the diagram helper LECTERN_DIAGRAMS names, %s: %w", p, err)
		}
		if !isFile(abs) {
			return "", fmt.Errorf("the diagram helper LECTERN_DIAGRAMS names, %s, is not a file", p)
		}
		return abs, nil
	}
	exe, err := executable()
	if err != nil {
		return "", errNoHelper
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	dir := filepath.Dir(exe)
	for _, p := range []string{filepath.Join(dir, helperName), filepath.Join(dir, "..", "lib", "lectern", helperName)} {
		if isFile(p) {
			return p, nil
		}
	}
	return "", errNoHelper
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// helperDraw is an engine's draw: the helper run for engine, killed when
// ctx ends.
func helperDraw(engine string) func(ctx context.Context, src, config string) ([]byte, error) {
	return func(ctx context.Context, src, config string) ([]byte, error) {
		return runHelper(ctx, engine, src, config)
	}
}

// runHelper sends config, a NUL and src to the helper and returns the SVG
// it writes, or the one line it says why not.
func runHelper(ctx context.Context, engine, src, config string) ([]byte, error) {
	helper, err := findHelper()
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(config, 0) >= 0 {
		return nil, fmt.Errorf("the %s theme holds a NUL byte", engine)
	}
	cmd := exec.CommandContext(ctx, helper, engine)
	cmd.Stdin = strings.NewReader(config + "\x00" + src)
	out := &cappedBuffer{max: diagramMaxSVG}
	errOut := &cappedBuffer{max: 4 << 10}
	cmd.Stdout, cmd.Stderr = out, errOut
	cmd.WaitDelay = time.Second // a killed helper's pipes are not waited on for long
	err = cmd.Run()
	switch {
	case ctx.Err() != nil: // drawBounded names the time bound
		return nil, fmt.Errorf("the diagram helper was stopped: %w", ctx.Err())
	case out.over:
		return nil, fmt.Errorf("the drawing is larger than %d MB", diagramMaxSVG>>20)
	case err != nil:
		if line := firstLine(errOut.buf.String()); line != "" {
			return nil, errors.New(line)
		}
		return nil, fmt.Errorf("the diagram helper %s failed: %w", helper, err)
	}
	return out.buf.Bytes(), nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(s)
}

// cappedBuffer keeps at most max bytes and notes when more came. (Not an
// embedded bytes.Buffer: io.Copy would use its ReadFrom, past the cap.)
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int
	over bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.buf.Len()+len(p) > b.max {
		b.over = true
		return 0, errors.New("too much output")
	}
	return b.buf.Write(p)
}
