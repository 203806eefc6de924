package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// pdfcpu's own api package is not used: it imports pdfcpu's forms, which
// pull in go-runewidth, whose package init costs ~70 ms on every start of
// Lectern. These are the few calls we need, on pdfcpu's lower packages.

var disableConfig sync.Once

// pdfConf is pdfcpu's configuration for reading decks: relaxed validation
// (real-world PDFs bend the spec) and no config folder in $HOME.
func pdfConf() *model.Configuration {
	disableConfig.Do(func() { model.ConfigPath = "disable" })
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return conf
}

// readContext reads a PDF's cross-reference table, optionally validating it.
func readContext(data []byte, check bool) (*model.Context, error) {
	ctx, err := pdfcpu.Read(bytes.NewReader(data), pdfConf())
	if err != nil {
		return nil, err
	}
	if check {
		if ctx.XRefTable == nil {
			return nil, errors.New("no cross-reference table")
		}
		if err := validate.XRefTable(ctx); err != nil {
			return nil, fmt.Errorf("validation error (obj#:%d): %w", ctx.CurObj, err)
		}
	}
	return ctx, nil
}

// writeContext writes ctx as a PDF to w.
func writeContext(ctx *model.Context, w io.Writer) (err error) {
	ctx.Write.Writer = bufio.NewWriter(w)
	defer func() { err = errors.Join(err, ctx.Write.Flush()) }()
	return pdfcpu.WriteContext(ctx)
}
