package pdf

import (
	"strings"
	"sync"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// pageInfo is what the loader reads from one page.
type pageInfo struct {
	text  []string      // non-empty text lines in reading order (plain text mode)
	lines []pdfdoc.Line // positioned lines (notes mode)
	err   error
}

// collect reads every page's plain text (or, with positioned, its lines
// with positions). MuPDF serialises calls on one document, so with extra
// documents open on the same file the pages are shared out between them
// and read in parallel.
func collect(n int, positioned bool, docs []pdfdoc.Document) []pageInfo {
	out := make([]pageInfo, n)
	var wg sync.WaitGroup
	for k, d := range docs {
		wg.Add(1)
		go func(k int, d pdfdoc.Document) {
			defer wg.Done()
			for p := 1 + k; p <= n; p += len(docs) {
				out[p-1] = readPage(d, p, positioned)
			}
		}(k, d)
	}
	wg.Wait()
	return out
}

func readPage(d pdfdoc.Document, page int, positioned bool) pageInfo {
	if positioned {
		h, err := d.HTML(page)
		if err != nil {
			return pageInfo{err: err}
		}
		return pageInfo{lines: pdfdoc.Lines(h)}
	}
	s, err := d.Text(page)
	if err != nil {
		return pageInfo{err: err}
	}
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return pageInfo{text: lines}
}
