package layout

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image/color"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// mmdcTimeout bounds one run of the Mermaid CLI (a variable for tests).
var mmdcTimeout = 20 * time.Second

// mmdcMaxSVG bounds the SVG mmdc may write (a diagram is tens of KB).
const mmdcMaxSVG = 8 << 20

// mmdcConfig is Mermaid's configuration for a slide theme: the "base"
// theme with the slide's colours, and SVG <text> labels instead of HTML in
// <foreignObject>, which no SVG renderer without a browser draws.
func mmdcConfig(th Theme) string {
	hex := func(c color.RGBA) string { return fmt.Sprintf("%q", fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)) }
	bg := th.Background
	dark := 0.299*float64(bg.R)+0.587*float64(bg.G)+0.114*float64(bg.B) < 128
	return fmt.Sprintf(`{"theme": "base", "themeVariables": {"darkMode": %t, "background": %s, `+
		`"primaryColor": %s, "primaryTextColor": %s, "primaryBorderColor": %s, "lineColor": %s, `+
		`"textColor": %s, "secondaryColor": %s, "tertiaryColor": %s}, `+
		`"htmlLabels": false, "flowchart": {"htmlLabels": false}, "class": {"htmlLabels": false}}`,
		dark, hex(bg), hex(th.CodeBg), hex(th.Text), hex(th.Accent), hex(th.Muted),
		hex(th.Text), hex(th.HeaderBg), hex(bg))
}

// lookMmdc is the path of mmdc on PATH ("" when there is none), looked up
// again whenever PATH changes; tests replace it.
var lookMmdc = func() string {
	mmdcLook.Lock()
	defer mmdcLook.Unlock()
	if p := os.Getenv("PATH"); p != mmdcLook.pathEnv || !mmdcLook.done {
		mmdcLook.pathEnv, mmdcLook.done = p, true
		mmdcLook.found, _ = exec.LookPath("mmdc")
	}
	return mmdcLook.found
}

var mmdcLook struct {
	sync.Mutex
	pathEnv, found string
	done           bool
}

// diagrams remembers, per source hash, the drawn SVG's path or why there is
// none, so the layout's fitting passes and later slides run mmdc once.
var diagrams = struct {
	sync.Mutex
	m       map[string]diagramResult
	running map[string]chan struct{} // closed when that diagram's run ends
}{m: map[string]diagramResult{}, running: map[string]chan struct{}{}}

type diagramResult struct {
	path string
	err  error
}

// mmdcRun lets one mmdc run at a time: each starts a browser.
var mmdcRun sync.Mutex

// mermaidSVG is the path of the SVG mmdc draws for src: from the user's
// cache folder (lectern/diagrams/<sha256 of config and src>.svg) when it
// was drawn before, else drawn now in a temporary folder, with a timeout.
// A layout waiting for one diagram does not hold up those whose drawing is
// known. mmdc is a local program; Lectern neither installs nor fetches it.
func mermaidSVG(mmdc, config, src string) (string, error) {
	sum := sha256.Sum256([]byte("mermaid\x00" + config + "\x00" + src))
	key := hex.EncodeToString(sum[:])
	for {
		diagrams.Lock()
		if r, ok := diagrams.m[key]; ok {
			diagrams.Unlock()
			if r.err != nil {
				return "", r.err
			}
			if _, err := os.Stat(r.path); err == nil {
				return r.path, nil
			}
			diagrams.Lock()
			delete(diagrams.m, key) // the cache file went: draw it again
			diagrams.Unlock()
			continue
		}
		if ch, ok := diagrams.running[key]; ok {
			diagrams.Unlock()
			<-ch
			continue
		}
		ch := make(chan struct{})
		diagrams.running[key] = ch
		diagrams.Unlock()

		path, err := drawMermaid(mmdc, key, config, src)

		diagrams.Lock()
		if len(diagrams.m) > 1000 {
			diagrams.m = map[string]diagramResult{}
		}
		diagrams.m[key] = diagramResult{path, err}
		delete(diagrams.running, key)
		close(ch)
		diagrams.Unlock()
		return path, err
	}
}

func drawMermaid(mmdc, key, config, src string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache folder for diagrams: %w", err)
	}
	dir := filepath.Join(base, "lectern", "diagrams")
	out := filepath.Join(dir, key+".svg")
	if st, err := os.Stat(out); err == nil && st.Mode().IsRegular() && st.Size() > 0 {
		return out, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create diagram cache %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp("", "lectern-mermaid-")
	if err != nil {
		return "", fmt.Errorf("temporary folder for mmdc: %w", err)
	}
	defer os.RemoveAll(tmp)
	in, svg, cfg := filepath.Join(tmp, "diagram.mmd"), filepath.Join(tmp, "diagram.svg"), filepath.Join(tmp, "config.json")
	if err := os.WriteFile(in, []byte(src), 0o600); err != nil {
		return "", fmt.Errorf("write %s: %w", in, err)
	}
	if err := os.WriteFile(cfg, []byte(config), 0o600); err != nil {
		return "", fmt.Errorf("write %s: %w", cfg, err)
	}
	mmdcRun.Lock()
	defer mmdcRun.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), mmdcTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, mmdc, "-i", in, "-o", svg, "-c", cfg, "-b", "transparent")
	cmd.Dir = tmp
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second
	if err := cmd.Run(); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "", fmt.Errorf("mmdc took longer than %v", mmdcTimeout)
		}
		return "", fmt.Errorf("mmdc failed: %v: %s", err, clip(lastLine(stderr.String())))
	}
	data, err := readCapped(svg, mmdcMaxSVG)
	if err != nil {
		return "", fmt.Errorf("mmdc wrote no diagram: %w", err)
	}
	if !bytes.Contains(data, []byte("<svg")) {
		return "", fmt.Errorf("mmdc wrote no SVG")
	}
	if err := atomicfile.WriteFile(out, data); err != nil {
		return "", fmt.Errorf("save diagram %s: %w", out, err)
	}
	return out, nil
}

func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if n > limit {
		return nil, fmt.Errorf("%s is larger than %d MB", path, limit>>20)
	}
	return buf.Bytes(), nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
