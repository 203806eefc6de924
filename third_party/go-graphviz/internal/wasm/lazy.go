package wasm

import (
	"context"
	"fmt"

	"github.com/tetratelabs/wazero"
)

// Lectern: upstream compiles and instantiates the module in init(), which
// costs every start of the program 20 ms (1 s without the compilation
// cache) and panics on failure. Load does it on first use instead.

var (
	runtime             wazero.Runtime
	compilationCacheDir string
	memoryLimitPages    uint32
)

// Load compiles and instantiates the module, caching compiled code in
// cacheDir ("" for none) and bounding its memory to limitPages pages of
// 64 KiB (0 for wazero's default).
func Load(cacheDir string, limitPages uint32) (err error) {
	defer func() {
		if r := recover(); r != nil {
			Unload()
			err = fmt.Errorf("graphviz module: %v", r)
		}
	}()
	Unload()
	compilationCacheDir, memoryLimitPages = cacheDir, limitPages
	load()
	return nil
}

// Unload closes the module and its runtime, after which Load must run again.
func Unload() {
	if runtime != nil {
		_ = runtime.Close(context.Background())
	}
	runtime, mod = nil, nil
}
