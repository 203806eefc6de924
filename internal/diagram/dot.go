package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Graphviz runs compiled to WebAssembly (by wazero, offline).

// dotLimitPages bounds Graphviz's memory: 2048 pages of 64 KiB, 128 MiB.
const dotLimitPages = 2048

// dotState holds the Graphviz module: compiled and instantiated on the first
// diagram, and used by one drawing at a time (the module is not safe for
// concurrent use).
var dotState struct {
	sync.Mutex
	loaded bool
	gv     *graphviz.Graphviz // one context for every drawing: Graphviz fails to make a 15th
}

// drawDot lays src out with the theme's defaults and writes it as SVG.
func drawDot(ctx context.Context, src, defaults string) ([]byte, error) {
	dotState.Lock()
	defer dotState.Unlock()
	if !dotState.loaded {
		// wazero's compilation cache: the helper's own files, not the deck's
		cache := ""
		if base, err := os.UserCacheDir(); err == nil {
			cache = filepath.Join(base, "lectern", "wazero")
		}
		if err := graphviz.Load(cache, dotLimitPages); err != nil {
			return nil, fmt.Errorf("start Graphviz: %w", err)
		}
		gv, err := graphviz.NewWithPlugins(ctx) // SVG only: no PNG or JPEG plugins
		if err != nil {
			graphviz.Unload()
			return nil, fmt.Errorf("start Graphviz: %w", err)
		}
		dotState.loaded, dotState.gv = true, gv
	}
	svg, err := dotSVG(ctx, dotState.gv, withDotDefaults(src, defaults))
	if err != nil && (ctx.Err() != nil || errors.Is(err, errDotBroken)) {
		graphviz.Unload() // the module was stopped mid-drawing: a new one next time
		dotState.loaded, dotState.gv = false, nil
	}
	return svg, err
}

var errDotBroken = errors.New("Graphviz stopped")

func dotSVG(ctx context.Context, g *graphviz.Graphviz, src string) (svg []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errDotBroken, r)
		}
	}()
	graph, err := graphviz.ParseBytes([]byte(src))
	if err != nil {
		return nil, fmt.Errorf("Graphviz: %s", oneLine(err.Error()))
	}
	defer graph.Close()
	var buf bytes.Buffer
	if err := g.Render(ctx, graph, graphviz.SVG, &buf); err != nil {
		return nil, fmt.Errorf("Graphviz: %s", oneLine(err.Error()))
	}
	return stripDoctype(buf.Bytes()), nil
}

// withDotDefaults puts defaults right after the graph's opening brace,
// found past comments and quoted names; a source without one is left for
// Graphviz to report.
func withDotDefaults(src, defaults string) string {
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '{':
			return src[:i+1] + "\n" + defaults + src[i+1:]
		case c == '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case c == '#' || c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return src
			}
			i += end + 3
		}
	}
	return src
}

// stripDoctype drops the XML declaration and the DOCTYPE naming the SVG
// DTD's address, which the SVG reader refuses as an external reference.
func stripDoctype(svg []byte) []byte {
	if i := bytes.Index(svg, []byte("<svg")); i > 0 {
		return svg[i:]
	}
	return svg
}
