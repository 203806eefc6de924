package pdfout

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
)

// objWriter writes the objects of a PDF file in order and remembers where
// each starts, for the cross-reference table. Object numbers are handed out
// by alloc before their object is written, so objects can refer forward.
type objWriter struct {
	w       *countWriter
	offsets []int64 // by object number - 1; -1 until written
	level   int     // zlib level of streams; < 0: none
	zw      *zlib.Writer
	zbuf    bytes.Buffer
}

// countWriter counts the bytes written through it, for object offsets.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func newObjWriter(w io.Writer, level int) *objWriter {
	ow := &objWriter{w: &countWriter{w: w}, level: level}
	// the binary comment tells transfer tools the file is not text
	io.WriteString(ow.w, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	return ow
}

// alloc reserves an object number.
func (ow *objWriter) alloc() int {
	ow.offsets = append(ow.offsets, -1)
	return len(ow.offsets)
}

// obj writes object n with body (a dictionary, array or other value).
func (ow *objWriter) obj(n int, body string) {
	ow.offsets[n-1] = ow.w.n
	fmt.Fprintf(ow.w, "%d 0 obj\n%s\nendobj\n", n, body)
}

// stream writes object n as a stream: dict holds the entries other than
// /Length and /Filter; data is compressed with zlib unless raw already
// names its filter (raw true: data goes in as it is).
func (ow *objWriter) stream(n int, dict string, data []byte, raw bool) {
	if !raw && ow.level >= 0 {
		data = ow.deflate(data)
		dict = "/Filter /FlateDecode " + dict
	}
	ow.offsets[n-1] = ow.w.n
	fmt.Fprintf(ow.w, "%d 0 obj\n<< %s/Length %d >>\nstream\n", n, dict, len(data))
	ow.w.Write(data)
	io.WriteString(ow.w, "\nendstream\nendobj\n")
}

// finish writes the cross-reference table and trailer.
func (ow *objWriter) finish(root, info int) error {
	xref := ow.w.n
	fmt.Fprintf(ow.w, "xref\n0 %d\n0000000000 65535 f \n", len(ow.offsets)+1)
	for i, off := range ow.offsets {
		if off < 0 {
			return fmt.Errorf("object %d was never written", i+1)
		}
		fmt.Fprintf(ow.w, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(ow.w, "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n",
		len(ow.offsets)+1, root, info, xref)
	return ow.w.err
}

// deflate compresses data with zlib (what /FlateDecode reads), reusing one
// compressor: each new one allocates most of a megabyte. The result is
// valid until the next call.
func (ow *objWriter) deflate(data []byte) []byte {
	ow.zbuf.Reset()
	if ow.zw == nil {
		level := ow.level
		if level == 0 || level > 9 {
			level = 6
		}
		var err error
		if ow.zw, err = zlib.NewWriterLevel(&ow.zbuf, level); err != nil {
			ow.zw = zlib.NewWriter(&ow.zbuf)
		}
	} else {
		ow.zw.Reset(&ow.zbuf)
	}
	ow.zw.Write(data)
	ow.zw.Close()
	return ow.zbuf.Bytes()
}

// ref is an indirect reference to object n.
func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

// num writes v with at most 4 decimals and no trailing zeros: enough for
// positions (1/10000 pt) and short content streams.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 4, 64)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		return "0"
	}
	return s
}

// pdfText writes s as a PDF text string: UTF-16BE with a byte-order mark,
// in hex so no character of untrusted text can end the string early.
func pdfText(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	b.WriteString(utf16Hex(s))
	b.WriteString(">")
	return b.String()
}

// utf16Hex is s in UTF-16BE as hex digits (surrogate pairs above U+FFFF).
func utf16Hex(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	return b.String()
}

// hexBytes writes bytes as a PDF hex string (URIs: any byte is safe).
func hexBytes(s string) string { return fmt.Sprintf("<%X>", s) }

// pdfName makes s a PDF name token: letters and digits kept, anything else
// (spaces, delimiters, non-ASCII) written as #xx.
func pdfName(s string) string {
	var b strings.Builder
	b.WriteByte('/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '+' || c == '.' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "#%02X", c)
		}
	}
	return b.String()
}
