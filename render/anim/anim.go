// Package anim reads animated GIFs into whole frames, so a slide view can
// play them where the layout placed the picture. Frames are composited
// (GIF frames are patches with disposal rules) once, within a pixel budget:
// a deck is untrusted, and a 1000-frame GIF must not eat the laptop's memory.
package anim

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"sync"
	"time"

	"github.com/lectern-app/lectern/internal/deckfiles"
)

// maxPixels bounds the frames of one animation together (width × height ×
// frames); past it only the first frame is kept, which is what the slide
// shows anyway.
var maxPixels = 64 << 20

// minDelay is what browsers use for GIFs that ask for 0 or 10 ms.
const minDelay = 100 * time.Millisecond

// Animation is a GIF's frames, each the full picture, and how long each shows.
type Animation struct {
	Frames []*image.RGBA
	Delays []time.Duration
}

var cache struct {
	sync.Mutex
	m      map[string]*Animation
	pixels int // of every frame cached
}

// pixels counts the animation's frames' pixels; nil (a still GIF) has none.
func (a *Animation) pixels() int {
	if a == nil {
		return 0
	}
	n := 0
	for _, f := range a.Frames {
		n += f.Rect.Dx() * f.Rect.Dy()
	}
	return n
}

// Load reads the animated GIF at path (a file the deck's policy allowed);
// nil and no error when it is not animated (one frame) or too big to
// animate. Results are cached by path.
func Load(path string) (*Animation, error) {
	cache.Lock()
	a, ok := cache.m[path]
	cache.Unlock()
	if ok {
		return a, nil
	}
	data, err := deckfiles.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, err = decode(data)
	if err != nil {
		return nil, fmt.Errorf("animated picture %s: %w", path, err)
	}
	cache.Lock()
	// The cache holds at most maxPixels of frames with the new one (and 32
	// entries): preparing slides decodes ahead, and a deck is untrusted.
	if cache.m == nil || len(cache.m) >= 32 || cache.pixels+a.pixels() > maxPixels {
		cache.m, cache.pixels = map[string]*Animation{}, 0
	}
	cache.m[path] = a
	cache.pixels += a.pixels()
	cache.Unlock()
	return a, nil
}

// Cached reports whether Load holds path's answer in memory, so that showing
// it decodes nothing.
func Cached(path string) bool {
	cache.Lock()
	defer cache.Unlock()
	_, ok := cache.m[path]
	return ok
}

func decode(data []byte) (*Animation, error) {
	cfg, err := gif.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	n, err := countFrames(data)
	if err != nil {
		return nil, err
	}
	if n < 2 || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height*n > maxPixels {
		return nil, nil // still, or too big to animate: never decoded past its first frame
	}
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if len(g.Image) < 2 || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height*len(g.Image) > maxPixels {
		return nil, nil
	}
	bounds := image.Rect(0, 0, cfg.Width, cfg.Height)
	canvas := image.NewRGBA(bounds)
	a := &Animation{}
	for i, fr := range g.Image {
		var before *image.RGBA
		disposal := byte(0)
		if i < len(g.Disposal) {
			disposal = g.Disposal[i]
		}
		if disposal == gif.DisposalPrevious {
			before = image.NewRGBA(bounds)
			copy(before.Pix, canvas.Pix)
		}
		draw.Draw(canvas, fr.Bounds(), fr, fr.Bounds().Min, draw.Over)
		out := image.NewRGBA(bounds)
		copy(out.Pix, canvas.Pix)
		a.Frames = append(a.Frames, out)
		d := minDelay
		if i < len(g.Delay) && g.Delay[i] > 1 {
			d = time.Duration(g.Delay[i]) * 10 * time.Millisecond
		}
		a.Delays = append(a.Delays, d)
		switch disposal {
		case gif.DisposalBackground:
			draw.Draw(canvas, fr.Bounds(), image.NewUniform(color.Transparent), image.Point{}, draw.Src)
		case gif.DisposalPrevious:
			canvas = before
		}
	}
	return a, nil
}

// FrameAt is the frame showing t after the animation started; it loops.
func (a *Animation) FrameAt(t time.Duration) int {
	var total time.Duration
	for _, d := range a.Delays {
		total += d
	}
	if total <= 0 {
		return 0
	}
	t %= total
	for i, d := range a.Delays {
		if t < d {
			return i
		}
		t -= d
	}
	return len(a.Delays) - 1
}

// maxPixelsForTest sets the budget and returns the old one.
func maxPixelsForTest(n int) int { old := maxPixels; maxPixels = n; return old }
