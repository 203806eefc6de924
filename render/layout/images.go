package layout

import (
	"bytes"
	"container/list"
	"fmt"
	"image"
	"image/draw"
	"image/gif"
	_ "image/jpeg" // decoders for image.Decode
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
)

// svgMaxSide is the longest side, in pixels, an SVG is rasterised at.
const svgMaxSide = 2048

// cacheBytes bounds the decoded pixels kept in memory.
const cacheBytes = 256 << 20

// imageCache keeps decoded images by path, least recently used first out.
// An entry is reused only while the file's size and modification time match.
type imageCache struct {
	mu    sync.Mutex
	max   int64
	used  int64
	order *list.List // of *cacheEntry, front = most recent
	byKey map[string]*list.Element
}

type cacheEntry struct {
	path  string
	mod   time.Time
	size  int64
	img   image.Image
	err   error
	bytes int64
}

var images = &imageCache{max: cacheBytes, order: list.New(), byKey: map[string]*list.Element{}}

// LoadImage decodes a PNG, JPEG, GIF (first frame) or SVG file, cached by path.
func LoadImage(path string) (image.Image, error) {
	return images.load(path)
}

// ClearImageCache forgets every decoded image.
func ClearImageCache() {
	images.mu.Lock()
	defer images.mu.Unlock()
	images.order.Init()
	images.byKey = map[string]*list.Element{}
	images.used = 0
}

func (c *imageCache) load(path string) (image.Image, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open image %s: %w", path, err)
	}
	c.mu.Lock()
	if el, ok := c.byKey[path]; ok {
		e := el.Value.(*cacheEntry)
		if e.mod.Equal(st.ModTime()) && e.size == st.Size() {
			c.order.MoveToFront(el)
			c.mu.Unlock()
			return e.img, e.err
		}
		c.remove(el)
	}
	c.mu.Unlock()

	img, err := decodeFile(path)
	e := &cacheEntry{path: path, mod: st.ModTime(), size: st.Size(), img: img, err: err, bytes: 64}
	if img != nil {
		b := img.Bounds()
		e.bytes += int64(b.Dx()) * int64(b.Dy()) * 4
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[path]; ok {
		c.remove(el)
	}
	c.byKey[path] = c.order.PushFront(e)
	c.used += e.bytes
	for c.used > c.max && c.order.Len() > 1 {
		c.remove(c.order.Back())
	}
	return img, err
}

func (c *imageCache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	c.order.Remove(el)
	delete(c.byKey, e.path)
	c.used -= e.bytes
}

func decodeFile(path string) (img image.Image, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("open image %s: %w", path, err)
	}
	if isSVG(path, data) {
		img, err = rasterSVG(data)
	} else if bytes.HasPrefix(data, []byte("GIF8")) {
		img, err = gif.Decode(bytes.NewReader(data)) // first frame
	} else {
		img, _, err = image.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return nil, fmt.Errorf("decode image %s: %w", path, err)
	}
	if b := img.Bounds(); b.Dx() <= 0 || b.Dy() <= 0 {
		return nil, fmt.Errorf("decode image %s: the image is empty", path)
	}
	return toRGBA(img), nil
}

// toRGBA converts once at load so every backend scales from the fast path.
func toRGBA(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Rect.Min == (image.Point{}) {
		return r
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, img, b.Min, draw.Src)
	return out
}

func isSVG(path string, data []byte) bool {
	if strings.EqualFold(filepath.Ext(path), ".svg") {
		return true
	}
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	return bytes.Contains(head, []byte("<svg"))
}

// rasterSVG draws an SVG with its longest side at svgMaxSide pixels.
func rasterSVG(data []byte) (img image.Image, err error) {
	if !bytes.Contains(data, []byte("<svg")) {
		return nil, fmt.Errorf("no <svg> element: not an SVG file")
	}
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("the SVG could not be drawn: %v", r)
		}
	}()
	icon, err := oksvg.ReadIconStream(bytes.NewReader(data), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, err
	}
	w, h := icon.ViewBox.W, icon.ViewBox.H
	if w <= 0 || h <= 0 {
		w, h = 300, 150
	}
	k := svgMaxSide / max(w, h)
	pw, ph := max(1, int(w*k+0.5)), max(1, int(h*k+0.5))
	icon.SetTarget(0, 0, float64(pw), float64(ph))
	rgba := image.NewRGBA(image.Rect(0, 0, pw, ph)) // transparent
	icon.Draw(rasterx.NewDasher(pw, ph, newBoxScanner(rgba)), 1)
	return rgba, nil
}
