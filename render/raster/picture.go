package raster

import (
	"container/list"
	"image"
	"image/draw"
	"math"
	"reflect"
	"sync"

	xdraw "golang.org/x/image/draw"

	"github.com/lectern-app/lectern/render/layout"
)

// maxScaled bounds the cache of scaled pictures (entries).
const maxScaled = 48

type scaledKey struct {
	img  image.Image
	w, h int
}

var scaled = struct {
	sync.Mutex
	order *list.List // of scaledEntry, front = most recent
	m     map[scaledKey]*list.Element
}{order: list.New(), m: map[scaledKey]*list.Element{}}

type scaledEntry struct {
	key    scaledKey
	img    *image.RGBA
	opaque bool
}

// scaledImage returns img resampled to w×h and whether it is opaque, cached: slides are redrawn at
// the same sizes over and over.
func scaledImage(img image.Image, w, h int) (*image.RGBA, bool) {
	if !reflect.TypeOf(img).Comparable() {
		out := resample(img, w, h)
		return out, out.Opaque()
	}
	k := scaledKey{img, w, h}
	scaled.Lock()
	if el, ok := scaled.m[k]; ok {
		scaled.order.MoveToFront(el)
		scaled.Unlock()
		e := el.Value.(*scaledEntry)
		return e.img, e.opaque
	}
	scaled.Unlock()
	out := resample(img, w, h)
	opaque := out.Opaque()
	scaled.Lock()
	defer scaled.Unlock()
	if _, ok := scaled.m[k]; !ok {
		scaled.m[k] = scaled.order.PushFront(&scaledEntry{key: k, img: out, opaque: opaque})
		for scaled.order.Len() > maxScaled {
			el := scaled.order.Back()
			scaled.order.Remove(el)
			delete(scaled.m, el.Value.(*scaledEntry).key)
		}
	}
	return out, opaque
}

func resample(img image.Image, w, h int) *image.RGBA {
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	b := img.Bounds()
	if b.Dx() > 2*w || b.Dy() > 2*h {
		xdraw.CatmullRom.Scale(out, out.Rect, img, b, draw.Src, nil) // downscaling a lot: avoid aliasing
	} else {
		xdraw.BiLinear.Scale(out, out.Rect, img, b, draw.Src, nil)
	}
	return out
}

func (r *renderer) picture(o layout.Picture) {
	if o.Image == nil {
		return
	}
	x0, y0 := int(math.Round(o.X*r.k)), int(math.Round(o.Y*r.k))
	x1, y1 := int(math.Round((o.X+o.W)*r.k)), int(math.Round((o.Y+o.H)*r.k))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	dr := image.Rect(x0, y0, x1, y1)
	if dr.Intersect(r.dst.Rect).Empty() {
		return
	}
	s, opaque := scaledImage(o.Image, dr.Dx(), dr.Dy())
	op := draw.Over
	if opaque {
		op = draw.Src // a plain copy
	}
	draw.Draw(r.dst, dr, s, image.Point{}, op)
}
