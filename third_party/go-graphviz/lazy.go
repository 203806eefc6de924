package graphviz

import (
	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/gvc"
	"github.com/goccy/go-graphviz/internal/wasm"
)

// Load readies Graphviz for use: Lectern's copy does on first use what
// upstream does in its packages' init(). Not safe for concurrent use with
// any other call of this module; neither is the module itself.
func Load(cacheDir string, limitPages uint32) error {
	if err := wasm.Load(cacheDir, limitPages); err != nil {
		return err
	}
	gvc.Init()
	if err := cgraph.Init(); err != nil {
		wasm.Unload()
		return err
	}
	Directed, StrictDirected = cgraph.Directed, cgraph.StrictDirected
	UnDirected, StrictUnDirected = cgraph.UnDirected, cgraph.StrictUnDirected
	return nil
}

// Unload frees the module; Load must run before the next use.
func Unload() { wasm.Unload() }
