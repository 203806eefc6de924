package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// A cut part is written by this small serializer rather than pdfcpu's
// WriteContext, which formats every dictionary through fmt and string
// joins and was half of writing a part (~3 ms of lectern export's CPU
// for deck200.pdf). It writes what pdfcpu writes for the same objects
// (values by pdfcpu's own PDFString, dictionary keys sorted) with a
// classic cross-reference table; a part holding anything else is left to
// pdfcpu (plainObjects).

// writePlain writes ctx, whose objects are all plain, as a PDF to w.
func writePlain(ctx *model.Context, w io.Writer) error {
	if ctx.Root == nil {
		return fmt.Errorf("the part has no catalog")
	}
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	pw := &plainWriter{w: bw}
	pw.s("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	last := 0
	for nr := range ctx.Table {
		last = max(last, nr)
	}
	offsets := make([]int64, last+1)
	for nr := 1; nr <= last; nr++ {
		e := ctx.Table[nr]
		if e == nil || e.Free || e.Object == nil {
			continue
		}
		offsets[nr] = pw.n
		pw.s(strconv.Itoa(nr))
		pw.s(" 0 obj\n")
		pw.object(e.Object)
		pw.s("\nendobj\n")
	}
	xref := pw.n
	pw.s("xref\n0 " + strconv.Itoa(last+1) + "\n0000000000 65535 f\r\n")
	for nr := 1; nr <= last; nr++ {
		if offsets[nr] == 0 {
			pw.s("0000000000 00001 f\r\n")
			continue
		}
		pw.s(fmt.Sprintf("%010d 00000 n\r\n", offsets[nr]))
	}
	pw.s("trailer\n<</Root " + ctx.Root.PDFString() + "/Size " + strconv.Itoa(last+1) + ">>\nstartxref\n")
	pw.s(strconv.FormatInt(xref, 10) + "\n%%EOF\n")
	if pw.err != nil {
		return pw.err
	}
	return bw.Flush()
}

// plainObjects tells whether writePlain can write every object of ctx:
// dictionaries, arrays, streams with their encoded bytes, references and
// pdfcpu's scalar values.
func plainObjects(ctx *model.Context) bool {
	for _, e := range ctx.Table {
		if e != nil && !e.Free && e.Object != nil && !plain(e.Object, 0) {
			return false
		}
	}
	return true
}

func plain(o types.Object, depth int) bool {
	if depth > 100 {
		return false
	}
	switch v := o.(type) {
	case nil, types.IndirectRef, types.Name, types.Integer, types.Float, types.Boolean, types.StringLiteral, types.HexLiteral:
		return true
	case types.Dict:
		for _, x := range v {
			if !plain(x, depth+1) {
				return false
			}
		}
		return true
	case types.Array:
		for _, x := range v {
			if !plain(x, depth+1) {
				return false
			}
		}
		return true
	case types.StreamDict:
		return v.Raw != nil && plain(v.Dict, depth+1)
	}
	return false
}

// plainWriter writes PDF syntax, counting bytes and keeping the first
// error.
type plainWriter struct {
	w   *bufio.Writer
	n   int64
	err error
}

func (p *plainWriter) s(s string) {
	if p.err != nil {
		return
	}
	n, err := p.w.WriteString(s)
	p.n += int64(n)
	p.err = err
}

func (p *plainWriter) b(b []byte) {
	if p.err != nil {
		return
	}
	n, err := p.w.Write(b)
	p.n += int64(n)
	p.err = err
}

// object writes o; a stream's /Length is the length of its bytes.
func (p *plainWriter) object(o types.Object) {
	switch v := o.(type) {
	case types.StreamDict:
		d := make(types.Dict, len(v.Dict))
		for k, x := range v.Dict {
			d[k] = x
		}
		d["Length"] = types.Integer(len(v.Raw))
		p.value(d)
		p.s("\nstream\n")
		p.b(v.Raw)
		p.s("\nendstream")
	default:
		p.value(o)
	}
}

func (p *plainWriter) value(o types.Object) {
	switch v := o.(type) {
	case nil:
		p.s("null")
	case types.Dict:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		p.s("<<")
		for _, k := range keys {
			p.s("/" + types.EncodeName(k))
			p.s(" ")
			p.value(v[k])
		}
		p.s(">>")
	case types.Array:
		p.s("[")
		for i, x := range v {
			if i > 0 {
				p.s(" ")
			}
			p.value(x)
		}
		p.s("]")
	case types.IndirectRef:
		p.s(strconv.Itoa(v.ObjectNumber.Value()) + " " + strconv.Itoa(v.GenerationNumber.Value()) + " R")
	default:
		p.s(o.PDFString())
	}
}
