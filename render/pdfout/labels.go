package pdfout

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf16"
)

// addPageLabels appends an incremental update to a PDF written by gopdf: a
// new catalog (object 1, as gopdf numbers it) holding /PageLabels, with its
// own cross-reference section and trailer pointing back at the original.
// gopdf has no page-label support; this keeps its output untouched and
// costs a few hundred bytes. labels has one entry per page; a run of equal
// labels shares one range (the pages read as overlays of one slide), and ""
// numbers the page with its page number.
func addPageLabels(pdf []byte, labels []string) ([]byte, error) {
	bad := func(what string) ([]byte, error) {
		return nil, fmt.Errorf("add page labels: the PDF has no %s where gopdf writes it", what)
	}
	start := bytes.Index(pdf, []byte("\n1 0 obj\n"))
	if start < 0 {
		return bad("catalog object")
	}
	body := pdf[start+len("\n1 0 obj\n"):]
	open := bytes.Index(body, []byte("<<"))
	end := bytes.Index(body, []byte(">>"))
	if open < 0 || end < open || !bytes.Contains(body[open:end], []byte("/Catalog")) {
		return bad("catalog dictionary")
	}
	catalog := body[open+2 : end]
	ti := bytes.LastIndex(pdf, []byte("trailer"))
	si := bytes.LastIndex(pdf, []byte("startxref"))
	if ti < 0 || si < ti {
		return bad("trailer")
	}
	tr := pdf[ti:si]
	to, tc := bytes.Index(tr, []byte("<<")), bytes.LastIndex(tr, []byte(">>"))
	if to < 0 || tc < to {
		return bad("trailer dictionary")
	}
	trailer := tr[to+2 : tc]
	prev, err := strconv.Atoi(string(bytes.TrimSpace(bytes.SplitN(pdf[si+len("startxref"):], []byte("%%EOF"), 2)[0])))
	if err != nil {
		return bad("startxref offset")
	}

	out := bytes.NewBuffer(make([]byte, 0, len(pdf)+256+len(labels)*24))
	out.Write(pdf)
	if !bytes.HasSuffix(pdf, []byte("\n")) {
		out.WriteByte('\n')
	}
	objAt := out.Len()
	out.WriteString("1 0 obj\n<<")
	out.Write(catalog)
	out.WriteString("  /PageLabels << /Nums [")
	for i, l := range labels {
		if i > 0 && l == labels[i-1] && l != "" {
			continue
		}
		if i > 0 && l == "" && labels[i-1] == "" {
			continue
		}
		if l == "" {
			fmt.Fprintf(out, " %d << /S /D /St %d >>", i, i+1)
		} else {
			fmt.Fprintf(out, " %d << /P %s >>", i, pdfText(l))
		}
	}
	out.WriteString(" ] >>\n>>\nendobj\n")
	xref := out.Len()
	fmt.Fprintf(out, "xref\n1 1\n%010d 00000 n \ntrailer\n<<", objAt)
	out.Write(trailer)
	fmt.Fprintf(out, "/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n", prev, xref)
	return out.Bytes(), nil
}

// pdfText writes s as a PDF text string: UTF-16BE with a byte-order mark.
func pdfText(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}
