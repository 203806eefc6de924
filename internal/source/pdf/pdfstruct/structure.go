// Package pdfstruct reads a PDF's object structure with pdfcpu, the way
// Lectern reads decks, and hands one read from the PDF loader (page labels)
// to the exporter (page copies), so a deck is parsed once per export. It
// uses no MuPDF, so the exporter does not depend on it.
package pdfstruct

import (
	"bytes"
	"fmt"
	"os"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Reading a PDF's objects with pdfcpu costs ~12 ms for deck200.pdf, as much
// as cutting it into parts: the structure read for the page labels is
// kept for one Take (~10 MB for deck200.pdf). (A weak pointer alone was not
// enough: the collector often took it while Load was still reading text.)
var structures Handoff[*model.Context]

var disableConfig sync.Once

// Conf is the pdfcpu configuration decks are read with: relaxed validation
// (real-world PDFs bend the spec) and no config folder in $HOME. pdfcpu's
// api package is not used: it imports pdfcpu's forms and so go-runewidth,
// whose package init costs ~70 ms on every start of Lectern.
func Conf() *model.Configuration {
	disableConfig.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return conf
}

// Read reads the objects of the PDF at path with pdfcpu, without
// validating them, and returns them with the file's state when read. A
// panic in pdfcpu on a malformed file is an error like any other.
func Read(path string) (ctx *model.Context, st os.FileInfo, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, nil, err
	}
	// In memory, read at once into a buffer of the file's size (ReadAll
	// grows and copies): the context reads stream bodies from it after the
	// file is closed.
	var buf bytes.Buffer
	if st.Size() > 0 && st.Size() < 1<<31 {
		buf.Grow(int(st.Size()) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, nil, err
	}
	data := buf.Bytes()
	defer func() {
		if r := recover(); r != nil {
			ctx, st, err = nil, nil, fmt.Errorf("unreadable structure: %v", r)
		}
	}()
	if ctx, err = pdfcpu.Read(bytes.NewReader(data), Conf()); err != nil {
		return nil, nil, err
	}
	return ctx, st, nil
}

// Keep offers ctx, read from path when the file was as info says and no
// longer used by its reader, to one Take.
func Keep(path string, info os.FileInfo, ctx *model.Context) { structures.Keep(path, info, ctx) }

// Take returns the structure kept for path less than KeepFor ago, when
// the file is still the same (same file, size and modification time); else
// nil. It is handed out once: the caller owns it and may change it.
func Take(path string) *model.Context {
	ctx, _ := structures.Take(path)
	return ctx
}
