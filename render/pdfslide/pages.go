// Package pdfslide renders the pages of a PDF deck at the window's real pixel
// size, prepares the pages around the current one on a background goroutine,
// and keeps the results in a cache bounded by memory.
package pdfslide

import (
	"container/list"
	"image"
	"sync"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// DefaultBudget bounds the cache: four 1920×1080 pages, enough for the
// current and next pages at the audience and presenter widths, and many
// more at the sizes of a laptop window.
// Twenty pages held 400 MB resident between garbage collections.
const DefaultBudget = 32 << 20

// WorkingSet is how many pages of the largest size the cache keeps at
// least: the audience's current, next and previous pages, and the
// presenter's, at their two widths. Fewer, and a prepared next slide is
// evicted before the speaker reaches it.
const WorkingSet = 6

type key struct{ page, width int }

type entry struct {
	key key
	img *image.RGBA
}

// Pages is a render cache over one open document. It is safe for concurrent use.
type Pages struct {
	doc    pdfdoc.Document
	region pdfdoc.Region

	mu      sync.Mutex
	lru     *list.List // of *entry, most recent first
	index   map[key]*list.Element
	bytes   int
	budget  int
	adapt   bool  // budget grows to keep WorkingSet of the largest page
	largest int   // bytes of the largest page rendered so far
	queue   []key // pages to prepare, most wanted first
	wake    chan struct{}
	done    chan struct{}
	closed  bool
	onReady func(page, width int)
}

// New starts a cache over doc showing region of every page, using at most
// budget bytes of pixels. With budget <= 0 it keeps DefaultBudget, or
// WorkingSet pages of the largest size in use when that is more (a 4K
// projector's pages are four times a 1080p one's).
func New(doc pdfdoc.Document, region pdfdoc.Region, budget int) *Pages {
	adapt := budget <= 0
	if adapt {
		budget = DefaultBudget
	}
	p := &Pages{doc: doc, region: region, lru: list.New(), index: map[key]*list.Element{},
		budget: budget, adapt: adapt, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go p.work()
	return p
}

// OnReady sets a function called (on the worker goroutine) when a page
// prepared in the background is ready.
func (p *Pages) OnReady(f func(page, width int)) {
	p.mu.Lock()
	p.onReady = f
	p.mu.Unlock()
}

// Cached returns the page at width when it is already rendered.
func (p *Pages) Cached(page, width int) (*image.RGBA, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if el, ok := p.index[key{page, width}]; ok {
		p.lru.MoveToFront(el)
		return el.Value.(*entry).img, true
	}
	return nil, false
}

// Get returns the page rendered width pixels wide, rendering it now if needed.
func (p *Pages) Get(page, width int) (*image.RGBA, error) {
	if img, ok := p.Cached(page, width); ok {
		return img, nil
	}
	img, err := p.doc.RenderRegion(page, p.region, width)
	if err != nil {
		return nil, err
	}
	p.put(key{page, width}, img)
	return img, nil
}

// Prepare asks for pages to be rendered in the background at width, in the
// order given; earlier requests not yet started are dropped.
func (p *Pages) Prepare(width int, pages ...int) {
	p.mu.Lock()
	p.queue = p.queue[:0]
	for _, pg := range pages {
		if pg < 1 || pg > p.doc.NumPages() {
			continue
		}
		if _, ok := p.index[key{pg, width}]; !ok {
			p.queue = append(p.queue, key{pg, width})
		}
	}
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Len is the number of cached pages; Bytes their size.
func (p *Pages) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lru.Len()
}

// Bytes is the memory the cached pixels take.
func (p *Pages) Bytes() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.bytes
}

// Close stops the worker and drops the cache; the document stays open.
func (p *Pages) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	p.queue = nil
	p.lru.Init()
	p.index = map[key]*list.Element{}
	p.bytes = 0
	p.mu.Unlock()
	close(p.done)
}

func (p *Pages) work() {
	for {
		select {
		case <-p.done:
			return
		case <-p.wake:
		}
		for {
			p.mu.Lock()
			if p.closed || len(p.queue) == 0 {
				p.mu.Unlock()
				break
			}
			k := p.queue[0]
			p.queue = p.queue[1:]
			_, have := p.index[k]
			p.mu.Unlock()
			if have {
				continue
			}
			img, err := p.doc.RenderRegion(k.page, p.region, k.width)
			if err != nil {
				continue // Get will render it again and report the error
			}
			p.put(k, img)
			p.mu.Lock()
			f := p.onReady
			p.mu.Unlock()
			if f != nil {
				f(k.page, k.width)
			}
		}
	}
}

func (p *Pages) put(k key, img *image.RGBA) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	if el, ok := p.index[k]; ok {
		p.lru.MoveToFront(el)
		return
	}
	p.index[k] = p.lru.PushFront(&entry{k, img})
	p.bytes += len(img.Pix)
	p.largest = max(p.largest, len(img.Pix))
	budget := p.budget
	if p.adapt {
		budget = max(budget, WorkingSet*p.largest)
	}
	for p.bytes > budget && p.lru.Len() > 1 {
		el := p.lru.Back()
		e := el.Value.(*entry)
		p.lru.Remove(el)
		delete(p.index, e.key)
		p.bytes -= len(e.img.Pix)
	}
}
