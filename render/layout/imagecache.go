package layout

import (
	"container/list"
	"io/fs"
	"sync"
	"time"
)

// cacheBytes bounds the decoded pixels (and parsed SVGs) kept in memory.
const cacheBytes = 256 << 20

// imageCache keeps decoded images, parsed SVGs and SVG rasters by key (the
// path, or the path and a raster size), least recently used first out. An
// entry is reused only while its file's size and modification time match.
// Goroutines asking for a key being decoded wait for it instead of decoding
// it again.
type imageCache struct {
	mu    sync.Mutex
	max   int64
	used  int64
	order *list.List // of *cacheEntry, front = most recent
	byKey map[string]*list.Element
}

type cacheEntry struct {
	key   string
	mod   time.Time
	size  int64
	done  chan struct{} // closed once val and err are set
	val   any           // image.Image or *svgDoc
	err   error
	bytes int64 // counted in used only once decoded and still cached
}

var images = newImageCache(cacheBytes)

func newImageCache(max int64) *imageCache {
	return &imageCache{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

// ClearImageCache forgets every decoded image.
func ClearImageCache() {
	images.mu.Lock()
	defer images.mu.Unlock()
	images.order.Init()
	images.byKey = map[string]*list.Element{}
	images.used = 0
}

// get returns the cached value for key, made by decode when the key is new
// or its file (st) changed. Errors are cached too, until the file changes.
func (c *imageCache) get(key string, st fs.FileInfo, decode func() (any, int64, error)) (any, error) {
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		e := el.Value.(*cacheEntry)
		if e.mod.Equal(st.ModTime()) && e.size == st.Size() {
			c.order.MoveToFront(el)
			c.mu.Unlock()
			<-e.done
			return e.val, e.err
		}
		c.remove(el)
	}
	e := &cacheEntry{key: key, mod: st.ModTime(), size: st.Size(), done: make(chan struct{})}
	el := c.order.PushFront(e)
	c.byKey[key] = el
	c.mu.Unlock()

	val, n, err := decode()

	c.mu.Lock()
	defer c.mu.Unlock()
	e.val, e.err = val, err
	close(e.done)
	if c.byKey[key] == el { // not evicted nor cleared meanwhile
		e.bytes = n + 64
		c.used += e.bytes
		for c.used > c.max && c.order.Len() > 1 {
			c.remove(c.order.Back())
		}
	}
	return val, err
}

func (c *imageCache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	c.order.Remove(el)
	delete(c.byKey, e.key)
	c.used -= e.bytes
}
