package markdown

import (
	"bytes"
	"io"
	"os"
	"sort"
	"strings"
)

// normalize drops a UTF-8 byte order mark and turns CRLF and lone CR line
// endings into LF, so every later step sees one kind of line. Line numbers do
// not change.
func normalize(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// normalizeText is normalize for a deck held as a string: it returns text
// itself when there is nothing to change.
func normalizeText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.IndexByte(text, '\r') < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// readText reads a file into a string with one allocation of its size
// (os.ReadFile and a conversion would hold it twice).
func readText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		b.Grow(int(st.Size()) + 1)
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}

// lineIndex maps byte offsets to 1-based line numbers and back.
type lineIndex struct {
	src    []byte
	starts []int // offset of the first byte of every line
}

func newLineIndex(src []byte) lineIndex {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i, c := range src {
		if c == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{src: src, starts: starts}
}

// line is the 1-based line holding offset off.
func (x lineIndex) line(off int) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
}

// start is the offset where the line holding off begins.
func (x lineIndex) start(off int) int {
	return x.starts[x.line(off)-1]
}

// end is the offset of the newline ending the line holding off (or the end of
// the text).
func (x lineIndex) end(off int) int {
	if off >= len(x.src) {
		return len(x.src)
	}
	// Short lines: look for the newline; long ones: ask the line table.
	if i := bytes.IndexByte(x.src[off:min(off+256, len(x.src))], '\n'); i >= 0 {
		return off + i
	}
	if l := x.line(off); l < len(x.starts) {
		return x.starts[l] - 1
	}
	if x.src[len(x.src)-1] == '\n' {
		return len(x.src) - 1
	}
	return len(x.src)
}

// next is the offset of the line after the one holding off.
func (x lineIndex) next(off int) int {
	e := x.end(off)
	if e < len(x.src) {
		return e + 1
	}
	return e
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' {
			return false
		}
	}
	return true
}

func isSpaceTab(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// isDashLine reports a line of three or more dashes starting at the margin,
// the slide separator Marp, Slidev, reveal-md and Deckset share.
func isDashLine(line []byte) bool {
	line = bytes.TrimRight(line, " \t")
	if len(line) < 3 {
		return false
	}
	for _, c := range line {
		if c != '-' {
			return false
		}
	}
	return true
}

// trimBlankLines drops whitespace-only lines at both ends and trailing
// whitespace, keeping the indentation of the first line that has text.
func trimBlankLines(s string) string {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || strings.TrimSpace(s[:i]) != "" {
			break
		}
		s = s[i+1:]
	}
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return strings.TrimRight(s, " \t\n")
}

// dedent removes the indentation the lines of s share (ignoring blank lines
// and the first line, which follows "<!--" or a marker) and trims the result.
func dedent(s string) string {
	s = strings.TrimSpace(s)
	lines := strings.Split(s, "\n")
	if len(lines) < 2 {
		return s
	}
	common := -1
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if common < 0 || n < common {
			common = n
		}
	}
	if common <= 0 {
		return s
	}
	for i := 1; i < len(lines); i++ {
		if len(lines[i]) >= common {
			lines[i] = lines[i][common:]
		} else {
			lines[i] = strings.TrimLeft(lines[i], " \t")
		}
	}
	return strings.Join(lines, "\n")
}

// unquote strips one pair of matching quotes around a directive value.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}
