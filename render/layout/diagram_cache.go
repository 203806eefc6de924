package layout

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// diagramTimeout bounds one drawing by the diagram helper, killed after
// it (a variable for tests).
var diagramTimeout = 10 * time.Second

// diagramMaxSource bounds a diagram's source: a slide's diagram is a few
// hundred bytes, and the layout libraries' time and memory grow with it.
const diagramMaxSource = 64 << 10

// drawnDiagrams remembers, per source hash, the drawn SVG's path or why
// there is none, so the layout's fitting passes and later slides draw a
// diagram once per process.
var drawnDiagrams = struct {
	sync.Mutex
	m       map[string]diagramResult
	running map[string]chan struct{} // closed when that diagram's drawing ends
}{m: map[string]diagramResult{}, running: map[string]chan struct{}{}}

// cachedDiagram is the path of the SVG draw makes of src: remembered in
// this process, else from the user's cache folder
// (lectern/diagrams/<sha256 of engine, config and src>.svg), else drawn
// now with a time bound and saved there. Failures are remembered in this
// process only, so a fixed library or deck draws again next time.
func cachedDiagram(engine, config, src string, draw func(ctx context.Context) ([]byte, error)) (string, error) {
	sum := sha256.Sum256([]byte(engine + "\x00" + config + "\x00" + src))
	key := hex.EncodeToString(sum[:])
	for {
		drawnDiagrams.Lock()
		if r, ok := drawnDiagrams.m[key]; ok {
			drawnDiagrams.Unlock()
			if r.err != nil {
				return "", r.err
			}
			if _, err := os.Stat(r.path); err == nil {
				return r.path, nil
			}
			drawnDiagrams.Lock()
			delete(drawnDiagrams.m, key) // the cache file went: draw it again
			drawnDiagrams.Unlock()
			continue
		}
		if ch, ok := drawnDiagrams.running[key]; ok {
			drawnDiagrams.Unlock()
			<-ch
			continue
		}
		ch := make(chan struct{})
		drawnDiagrams.running[key] = ch
		drawnDiagrams.Unlock()

		path, err := drawToCache(key, src, draw)

		drawnDiagrams.Lock()
		if len(drawnDiagrams.m) > 1000 {
			drawnDiagrams.m = map[string]diagramResult{}
		}
		drawnDiagrams.m[key] = diagramResult{path, err}
		delete(drawnDiagrams.running, key)
		close(ch)
		drawnDiagrams.Unlock()
		return path, err
	}
}

func drawToCache(key, src string, draw func(ctx context.Context) ([]byte, error)) (string, error) {
	dir, err := diagramCacheDir()
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, key+".svg")
	if st, err := os.Stat(out); err == nil && st.Mode().IsRegular() && st.Size() > 0 {
		return out, nil
	}
	if len(src) > diagramMaxSource {
		return "", fmt.Errorf("the diagram's source is larger than %d KB", diagramMaxSource>>10)
	}
	svg, err := drawBounded(draw)
	if err != nil {
		return "", err
	}
	if err := atomicfile.WriteFile(out, svg); err != nil {
		return "", fmt.Errorf("save diagram %s: %w", out, err)
	}
	return out, nil
}

// drawBounded runs draw with a deadline and turns a panic into an error.
// A drawing past the deadline is abandoned: the engines' draw runs the
// lectern-diagrams helper with the deadline's context, which kills it.
func drawBounded(draw func(ctx context.Context) ([]byte, error)) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), diagramTimeout)
	defer cancel()
	type result struct {
		svg []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{nil, fmt.Errorf("the diagram library failed: %v", r)}
			}
		}()
		svg, err := draw(ctx)
		done <- result{svg, err}
	}()
	select {
	case r := <-done:
		if r.err != nil && ctx.Err() != nil {
			return nil, fmt.Errorf("drawing took longer than %v", diagramTimeout)
		}
		return r.svg, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("drawing took longer than %v", diagramTimeout)
	}
}

var diagramDir struct {
	sync.Mutex
	tmp string // this process's folder when the user has no cache folder
}

// diagramCacheDir is lectern/diagrams in the user's cache folder, or a
// folder of this process's when there is none or it cannot be written.
func diagramCacheDir() (string, error) {
	if base, err := os.UserCacheDir(); err == nil {
		dir := filepath.Join(base, "lectern", "diagrams")
		if err := os.MkdirAll(dir, 0o700); err == nil {
			return dir, nil
		}
	}
	diagramDir.Lock()
	defer diagramDir.Unlock()
	if diagramDir.tmp == "" {
		dir, err := os.MkdirTemp("", "lectern-diagrams-")
		if err != nil {
			return "", fmt.Errorf("no folder for drawn diagrams: %w", err)
		}
		diagramDir.tmp = dir
	}
	return diagramDir.tmp, nil
}
