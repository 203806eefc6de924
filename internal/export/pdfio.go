package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
)

// readPDF parses a PDF we drew (a title slide, a handout) with pdfcpu; a
// panic in pdfcpu is an error like any other.
func readPDF(data []byte) (ctx *model.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			ctx, err = nil, fmt.Errorf("unreadable structure: %v", r)
		}
	}()
	if ctx, err = pdfcpu.Read(bytes.NewReader(data), pdfstruct.Conf()); err != nil {
		return nil, err
	}
	return ctx, ctx.EnsurePageCount()
}

// writeContext writes ctx as a PDF to w (buffered unless w already is).
func writeContext(ctx *model.Context, w io.Writer) (err error) {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	ctx.Write.Writer = bw
	defer func() { err = errors.Join(err, ctx.Write.Flush()) }()
	return pdfcpu.WriteContext(ctx)
}
