package raster

import (
	"image"
	"image/draw"
	"math"
	"sync"

	gotext "github.com/go-text/typesetting/font"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// maxShapedBytes bounds the pixels the shaped-glyph cache holds; it is
// emptied when full (or at maxGlyphs entries).
const maxShapedBytes = 64 << 20

// shapedKey names one drawn glyph: face, glyph index, pixel size (× 64) and
// horizontal sub-pixel position.
type shapedKey struct {
	font layout.Font
	gid  uint16
	size int32
	sub  uint8
}

// shapedGlyph is a glyph ready to composite: a coverage mask tinted with the
// text colour, or (colour emoji) a picture drawn as it is. off is where its
// top-left sits relative to the glyph's integer origin on the baseline.
type shapedGlyph struct {
	mask *image.Alpha
	rgba *image.RGBA
	off  image.Point
}

func (g *shapedGlyph) bytes() int {
	n := 64
	if g.mask != nil {
		n += len(g.mask.Pix)
	}
	if g.rgba != nil {
		n += len(g.rgba.Pix)
	}
	return n
}

var shaped = struct {
	sync.RWMutex
	m     map[shapedKey]*shapedGlyph
	bytes int
	draw  sync.Mutex // held while rasterising: one face per font, its caches are not concurrent
	faces map[layout.Font]*outlineFace
}{m: map[shapedKey]*shapedGlyph{}, faces: map[layout.Font]*outlineFace{}}

// getShaped returns the cached glyph, rasterising it on a miss; nil for a
// glyph with no ink (a space) or one that cannot be read.
func getShaped(k shapedKey) *shapedGlyph {
	shaped.RLock()
	g, ok := shaped.m[k]
	shaped.RUnlock()
	if ok {
		return g
	}
	shaped.draw.Lock()
	defer shaped.draw.Unlock()
	shaped.RLock()
	g, ok = shaped.m[k]
	shaped.RUnlock()
	if ok {
		return g
	}
	g = rasterShaped(k)
	n := 64
	if g != nil {
		n = g.bytes()
	}
	shaped.Lock()
	if shaped.bytes+n > maxShapedBytes || len(shaped.m) >= maxGlyphs {
		shaped.m = map[shapedKey]*shapedGlyph{}
		shaped.bytes = 0
	}
	shaped.m[k] = g
	shaped.bytes += n
	shaped.Unlock()
	return g
}

// outlineFace is the raster's own go-text face over a font's shared data:
// GlyphExtents writes a per-face cache, and the shaper uses the shared face
// under its own lock.
type outlineFace struct {
	face *gotext.Face
	upem float64
}

// faceOf returns the raster's face for f; called with shaped.draw held.
func faceOf(f layout.Font) *outlineFace {
	if of, ok := shaped.faces[f]; ok {
		return of
	}
	var of *outlineFace
	if shared, err := fonts.GoText(f); err == nil && shared.Upem() > 0 {
		of = &outlineFace{face: gotext.NewFace(shared.Font), upem: float64(shared.Upem())}
	}
	if len(shaped.faces) > 256 {
		shaped.faces = map[layout.Font]*outlineFace{}
	}
	shaped.faces[f] = of
	return of
}

// rasterShaped draws one glyph; called with shaped.draw held.
func rasterShaped(k shapedKey) *shapedGlyph {
	of := faceOf(k.font)
	if of == nil {
		return nil
	}
	px := float64(k.size) / 64
	gid := gotext.GID(k.gid)
	switch d := of.face.GlyphData(gid).(type) {
	case gotext.GlyphOutline:
		return outlineGlyph(d.Segments, px/of.upem, float64(k.sub)/subpixels)
	case gotext.GlyphBitmap:
		if g := bitmapGlyph(k.font, of, gid, d, px); g != nil {
			return g
		}
		if d.Outline != nil {
			return outlineGlyph(d.Outline.Segments, px/of.upem, float64(k.sub)/subpixels)
		}
	case gotext.GlyphSVG:
		return outlineGlyph(d.Outline.Segments, px/of.upem, float64(k.sub)/subpixels)
	}
	return nil
}

// drawGlyphs draws a shaped run: each glyph at the pen position the layout
// gave it, (op.X + g.X, op.Y + g.Y) scaled to pixels. Glyph 0 (.notdef, a
// character no font has) is a visible box, as in the rune-by-rune path.
func (r *renderer) drawGlyphs(o layout.Text) {
	px := o.Size * r.k
	if px < 0.5 || o.Color.A == 0 {
		return
	}
	if by := o.Y * r.k; by+2*px < 0 || by-2*px > float64(r.dst.Rect.Max.Y) {
		return
	}
	size := int32(math.Round(px * 64))
	src := image.NewUniform(o.Color)
	for _, g := range o.Glyphs {
		x, y := (o.X+g.X)*r.k, (o.Y+g.Y)*r.k
		if g.ID == 0 {
			adv := g.Advance * r.k
			asc := fonts.VMetrics(o.Font, px).Ascent
			strokeRoundRect(r.dst, x+0.1*adv, math.Round(y)-0.75*asc, 0.8*adv, 0.75*asc, 0, max(1, 0.04*px), o.Color)
			continue
		}
		ix := math.Floor(x)
		sub := uint8((x - ix) * subpixels)
		sg := getShaped(shapedKey{font: o.Font, gid: g.ID, size: size, sub: sub})
		if sg == nil {
			continue
		}
		p := image.Pt(int(ix), int(math.Round(y))).Add(sg.off)
		if sg.rgba != nil {
			dr := image.Rectangle{Min: p, Max: p.Add(sg.rgba.Rect.Size())}
			draw.Draw(r.dst, dr, sg.rgba, image.Point{}, draw.Over)
			continue
		}
		dr := image.Rectangle{Min: p, Max: p.Add(sg.mask.Rect.Size())}
		draw.DrawMask(r.dst, dr, src, image.Point{}, sg.mask, image.Point{}, draw.Over)
	}
}
