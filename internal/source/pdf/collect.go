package pdf

import (
	"strings"
	"sync"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// pageInfo is what the loader reads from one page.
type pageInfo struct {
	text    []string      // non-empty text lines in reading order (plain text mode)
	lines   []pdfdoc.Line // positioned lines (notes mode)
	err     error
	skipped bool // not read: no title needs it
}

// collect reads every page's plain text (or, with positioned, its lines
// with positions), except pages for which skip says the text is not
// needed. MuPDF serialises calls on one document, so with extra documents
// open on the same file the pages are shared out between them and read in
// parallel.
func collect(n int, positioned bool, docs []pdfdoc.Document, skip func(page int) bool) []pageInfo {
	out := make([]pageInfo, n)
	var wg sync.WaitGroup
	for k, d := range docs {
		wg.Add(1)
		go func(k int, d pdfdoc.Document) {
			defer wg.Done()
			for p := 1 + k; p <= n; p += len(docs) {
				if skip == nil || !skip(p) {
					out[p-1] = readPage(d, p, positioned)
				} else {
					out[p-1].skipped = true
				}
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

// labelFuture is the page labels, read in the background.
type labelFuture struct {
	done   chan struct{}
	labels []string
	own    bool // the PDF has /PageLabels (else labels are page numbers)
	err    error
}

func startLabels(read func() ([]string, bool, error)) *labelFuture {
	f := &labelFuture{done: make(chan struct{})}
	go func() {
		f.labels, f.own, f.err = read()
		close(f.done)
	}()
	return f
}

func readyLabels(labels []string) *labelFuture {
	f := &labelFuture{done: make(chan struct{}), labels: labels, own: labels != nil}
	close(f.done)
	return f
}

// wait blocks until the labels are read.
func (f *labelFuture) wait() ([]string, error) {
	<-f.done
	return f.labels, f.err
}

// peek returns the labels when they are already read, else nil.
func (f *labelFuture) peek() []string {
	select {
	case <-f.done:
		return f.labels
	default:
		return nil
	}
}
