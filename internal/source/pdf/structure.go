package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Reading a PDF's objects with pdfcpu costs ~12 ms for deck200.pdf, as much
// as cutting it into parts: the structure read for the page labels is
// kept for one TakeStructure (see handoff.go; ~10 MB for deck200.pdf).
// (A weak pointer alone was not enough: the collector often took it while
// Load was still reading page text.)
var structures handoff[*model.Context]

var disableConfig sync.Once

// StructureConf is the pdfcpu configuration decks are read with: relaxed
// validation (real-world PDFs bend the spec) and no config folder in
// $HOME. pdfcpu's api package is not used: it imports pdfcpu's forms and so
// go-runewidth, whose package init costs ~70 ms on every start of Lectern.
func StructureConf() *model.Configuration {
	disableConfig.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return conf
}

// ReadStructure reads the objects of the PDF at path with pdfcpu, without
// validating them. A panic in pdfcpu on a malformed file is an error like
// any other.
func ReadStructure(path string) (*model.Context, error) {
	ctx, _, err := readStructure(path)
	return ctx, err
}

func readStructure(path string) (ctx *model.Context, st os.FileInfo, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, nil, err
	}
	// In memory: the context reads stream bodies from it after the file
	// is closed.
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			ctx, st, err = nil, nil, fmt.Errorf("unreadable structure: %v", r)
		}
	}()
	if ctx, err = pdfcpu.Read(bytes.NewReader(data), StructureConf()); err != nil {
		return nil, nil, err
	}
	return ctx, st, nil
}

// keep offers ctx, read from path when it was as info says and no longer
// used by its reader, to one TakeStructure.
func keep(path string, info os.FileInfo, ctx *model.Context) { structures.keep(path, info, ctx) }

// TakeStructure returns the structure read from path for its page labels
// less than keepFor ago, when the file is still the same (same file, size
// and modification time); else nil. It is handed out once: the caller owns
// it and may change it.
func TakeStructure(path string) *model.Context {
	ctx, _ := structures.take(path)
	return ctx
}
