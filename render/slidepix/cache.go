// Package slidepix keeps slide images at the window's real pixel size: a
// cache bounded by memory, filled on demand or by one background worker that
// prepares the slides a speaker reaches next. Both PDF pages (render/pdfslide)
// and Markdown slides (raster) go through it, so every view shows pixels of
// one size from one place.
package slidepix

import (
	"container/list"
	"image"
	"slices"
	"sync"
)

// DefaultBudget bounds the cache: four 1920×1080 images, enough for the
// current and next slides at the audience and presenter widths, and many
// more at the sizes of a laptop window.
// Twenty PDF pages held 400 MB resident between garbage collections.
const DefaultBudget = 32 << 20

// WorkingSet is how many images of the largest size the cache keeps at
// least: the audience's current, next and previous slides, and the
// presenter's, at their two widths. Fewer, and a prepared next slide is
// evicted before the speaker reaches it.
const WorkingSet = 6

// RenderFunc draws slide k width pixels wide. The worker calls it one at a
// time; Get may call it at the same time from another goroutine.
type RenderFunc[K comparable] func(k K, width int) (*image.RGBA, error)

type key[K comparable] struct {
	k     K
	width int
}

type entry[K comparable] struct {
	key key[K]
	img *image.RGBA
}

// request is the slides one window asked for at its width.
type request[K comparable] struct {
	width int
	ks    []K
}

// maxWanted is how many widths' requests are kept from eviction: the
// audience, the presenter's current slide and its next-slide preview, and
// one more while a window is resized. Each width keeps its last two
// requests, so a speaker going back and forth finds both slides' neighbours.
const (
	maxWanted     = 4
	wantedPerSize = 2
)

// Cache is a bounded pixel cache with a background worker. It is safe for
// concurrent use.
type Cache[K comparable] struct {
	render RenderFunc[K]

	mu       sync.Mutex
	lru      *list.List // of *entry, most recent first
	index    map[key[K]]*list.Element
	inFlight map[key[K]]chan struct{} // renders under way, so a Get waits instead of drawing twice
	bytes    int
	budget   int
	adapt    bool         // budget grows to keep WorkingSet of the largest image
	largest  int          // bytes of the largest image rendered so far
	queue    []key[K]     // images to prepare, most wanted first
	wanted   []request[K] // the latest Prepares of recent widths, most recent first: never evicted
	wake     chan struct{}
	done     chan struct{}
	closed   bool
	onReady  func(k K, width int)
}

// New starts a cache over render using at most budget bytes of pixels. With
// budget <= 0 it keeps DefaultBudget, or WorkingSet images of the largest
// size in use when that is more (a 4K projector's are four times 1080p's).
func New[K comparable](render RenderFunc[K], budget int) *Cache[K] {
	adapt := budget <= 0
	if adapt {
		budget = DefaultBudget
	}
	c := &Cache[K]{render: render, lru: list.New(), index: map[key[K]]*list.Element{},
		inFlight: map[key[K]]chan struct{}{}, budget: budget, adapt: adapt,
		wake: make(chan struct{}, 1), done: make(chan struct{})}
	go c.work()
	return c
}

// OnReady sets a function called (on the worker goroutine) when an image
// prepared in the background is ready.
func (c *Cache[K]) OnReady(f func(k K, width int)) {
	c.mu.Lock()
	c.onReady = f
	c.mu.Unlock()
}

// Cached returns slide k at width when it is already rendered.
func (c *Cache[K]) Cached(k K, width int) (*image.RGBA, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lookup(key[K]{k, width})
}

func (c *Cache[K]) lookup(kw key[K]) (*image.RGBA, bool) {
	if el, ok := c.index[kw]; ok {
		c.lru.MoveToFront(el)
		return el.Value.(*entry[K]).img, true
	}
	return nil, false
}

// Get returns slide k rendered width pixels wide, rendering it now if needed.
// When the worker is drawing that very image, Get waits for it.
func (c *Cache[K]) Get(k K, width int) (*image.RGBA, error) {
	kw := key[K]{k, width}
	c.mu.Lock()
	if img, ok := c.lookup(kw); ok {
		c.mu.Unlock()
		return img, nil
	}
	if wait, ok := c.inFlight[kw]; ok {
		c.mu.Unlock()
		<-wait
		if img, ok := c.Cached(k, width); ok {
			return img, nil
		}
	} else {
		c.mu.Unlock()
	}
	img, err := c.render(k, width)
	if err != nil {
		return nil, err
	}
	c.put(kw, img)
	return img, nil
}

// Prepare asks for slides to be rendered in the background at width, in the
// order given. Earlier requests at the same width not yet started are
// dropped; those of the other recent widths (another window's) are kept
// after them.
// The slides of the last two requests at a width stay cached, over the
// budget if need be: a speaker going back and forth never waits for a page
// another prepared page pushed out.
func (c *Cache[K]) Prepare(width int, ks ...K) {
	c.mu.Lock()
	c.want(width, ks)
	var queue []key[K]
	for _, k := range ks {
		kw := key[K]{k, width}
		if _, ok := c.index[kw]; !ok {
			queue = append(queue, kw)
		}
	}
	for _, kw := range c.queue {
		if kw.width != width && c.wantsWidth(kw.width) {
			queue = append(queue, kw)
		}
	}
	c.queue = queue
	c.mu.Unlock()
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// Len is the number of cached images.
func (c *Cache[K]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

// Bytes is the memory the cached pixels take.
func (c *Cache[K]) Bytes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}

// Close stops the worker and drops the cache.
func (c *Cache[K]) Close() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	c.queue = nil
	c.wanted = nil
	c.lru.Init()
	c.index = map[key[K]]*list.Element{}
	c.bytes = 0
	c.mu.Unlock()
	close(c.done)
}

func (c *Cache[K]) work() {
	for {
		select {
		case <-c.done:
			return
		case <-c.wake:
		}
		for c.prepareOne() {
		}
	}
}

// prepareOne renders the first queued image; false when the queue is empty.
func (c *Cache[K]) prepareOne() bool {
	c.mu.Lock()
	if c.closed || len(c.queue) == 0 {
		c.mu.Unlock()
		return false
	}
	kw := c.queue[0]
	c.queue = c.queue[1:]
	_, have := c.index[kw]
	_, busy := c.inFlight[kw]
	if have || busy {
		c.mu.Unlock()
		return true
	}
	done := make(chan struct{})
	c.inFlight[kw] = done
	c.mu.Unlock()

	img, err := c.render(kw.k, kw.width)
	if err == nil {
		c.put(kw, img) // else Get renders it again and reports the error
	}
	c.mu.Lock()
	delete(c.inFlight, kw)
	f := c.onReady
	c.mu.Unlock()
	close(done)
	if err == nil && f != nil {
		f(kw.k, kw.width)
	}
	return true
}

func (c *Cache[K]) put(kw key[K], img *image.RGBA) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	if el, ok := c.index[kw]; ok {
		c.lru.MoveToFront(el)
		return
	}
	c.index[kw] = c.lru.PushFront(&entry[K]{kw, img})
	c.bytes += len(img.Pix)
	c.largest = max(c.largest, len(img.Pix))
	budget := c.budget
	if c.adapt {
		budget = max(budget, WorkingSet*c.largest)
	}
	for el := c.lru.Back(); el != nil && c.bytes > budget && c.lru.Len() > 1; {
		e := el.Value.(*entry[K])
		prev := el.Prev()
		if !c.isWanted(e.key) {
			c.lru.Remove(el)
			delete(c.index, e.key)
			c.bytes -= len(e.img.Pix)
		}
		el = prev
	}
}

// want records a Prepare in c.wanted (c.mu held), dropping the oldest
// requests beyond wantedPerSize per width and maxWanted widths.
func (c *Cache[K]) want(width int, ks []K) {
	c.wanted = slices.Insert(c.wanted, 0, request[K]{width, slices.Clone(ks)})
	per := map[int]int{}
	c.wanted = slices.DeleteFunc(c.wanted, func(r request[K]) bool {
		if _, seen := per[r.width]; !seen && len(per) == maxWanted {
			return true
		}
		per[r.width]++
		return per[r.width] > wantedPerSize
	})
}

// wantsWidth tells whether a recent Prepare was at width (c.mu held): a
// window resized through many widths leaves no queue behind at each.
func (c *Cache[K]) wantsWidth(width int) bool {
	return slices.ContainsFunc(c.wanted, func(r request[K]) bool { return r.width == width })
}

// isWanted tells whether a recent Prepare asked for kw (c.mu held).
func (c *Cache[K]) isWanted(kw key[K]) bool {
	for _, w := range c.wanted {
		if w.width == kw.width && slices.Contains(w.ks, kw.k) {
			return true
		}
	}
	return false
}
