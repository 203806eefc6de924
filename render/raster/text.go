package raster

import (
	"image"
	"image/draw"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// subpixels is how many horizontal glyph positions per pixel are cached.
const subpixels = 4

// maxGlyphs bounds the glyph cache; it is emptied when full.
const maxGlyphs = 40000

type faceKey struct {
	font layout.Font
	size int32 // pixels × 64
}

type glyphKey struct {
	faceKey
	r   rune
	sub uint8
}

// glyph is a rasterised glyph: its mask and where its top-left sits
// relative to the integer dot.
type glyph struct {
	mask *image.Alpha
	off  image.Point
}

var glyphs = struct {
	sync.RWMutex
	m     map[glyphKey]*glyph
	faces map[faceKey]font.Face
	draw  sync.Mutex // opentype faces are not safe for concurrent use
}{m: map[glyphKey]*glyph{}, faces: map[faceKey]font.Face{}}

func getGlyph(k glyphKey) *glyph {
	glyphs.RLock()
	g, ok := glyphs.m[k]
	glyphs.RUnlock()
	if ok {
		return g
	}
	glyphs.draw.Lock()
	defer glyphs.draw.Unlock()
	glyphs.RLock()
	g, ok = glyphs.m[k]
	glyphs.RUnlock()
	if ok {
		return g
	}
	g = rasterGlyph(k)
	glyphs.Lock()
	if len(glyphs.m) >= maxGlyphs {
		glyphs.m = map[glyphKey]*glyph{}
	}
	glyphs.m[k] = g
	glyphs.Unlock()
	return g
}

// rasterGlyph draws one glyph; called with glyphs.draw held.
func rasterGlyph(k glyphKey) *glyph {
	f, ok := glyphs.faces[k.faceKey]
	if !ok {
		sf, err := fonts.Parsed(k.font)
		if err != nil {
			return nil
		}
		f, err = opentype.NewFace(sf, &opentype.FaceOptions{Size: float64(k.size) / 64, DPI: 72, Hinting: font.HintingNone})
		if err != nil {
			return nil
		}
		if len(glyphs.faces) > 256 {
			glyphs.faces = map[faceKey]font.Face{}
		}
		glyphs.faces[k.faceKey] = f
	}
	dot := fixed.Point26_6{X: fixed.Int26_6(int(k.sub) * 64 / subpixels)}
	dr, mask, mp, _, ok := f.Glyph(dot, k.r)
	if !ok || dr.Empty() {
		return nil
	}
	a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
	draw.Draw(a, a.Rect, mask, mp, draw.Src) // the face reuses its mask buffer
	return &glyph{mask: a, off: dr.Min}
}

// text draws a run glyph by glyph at the layout's advances (no kerning),
// each glyph from the face render/fonts resolves it to (the layout has
// already split its runs by face; TextAt-style text may mix faces). A
// character no font has is the base face's .notdef box.
func (r *renderer) text(o layout.Text) {
	px := o.Size * r.k
	if px < 0.5 || o.Color.A == 0 {
		return
	}
	fk := faceKey{font: o.Font, size: int32(math.Round(px * 64))}
	src := image.NewUniform(o.Color)
	x := o.X * r.k
	by := int(math.Round(o.Y * r.k))
	if by+int(2*px) < 0 || by-int(2*px) > r.dst.Rect.Max.Y {
		return
	}
	for _, ch := range o.Text {
		adv := fonts.Advance(o.Font, o.Size, ch) * r.k
		if ch != ' ' && !fonts.Ignorable(ch) {
			gk := fk
			if ch >= 128 {
				var ok bool
				if gk.font, ok = fonts.Resolve(o.Font, ch); !ok {
					// the Go fonts' .notdef is blank: draw the box ourselves
					asc := fonts.VMetrics(o.Font, px).Ascent
					strokeRoundRect(r.dst, x+0.1*adv, float64(by)-0.75*asc, 0.8*adv, 0.75*asc, 0, max(1, 0.04*px), o.Color)
					x += adv
					continue
				}
			}
			ix := math.Floor(x)
			sub := uint8((x - ix) * subpixels)
			if g := getGlyph(glyphKey{faceKey: gk, r: ch, sub: sub}); g != nil {
				p := image.Pt(int(ix)+g.off.X, by+g.off.Y)
				dr := image.Rectangle{Min: p, Max: p.Add(g.mask.Rect.Size())}
				draw.DrawMask(r.dst, dr, src, image.Point{}, g.mask, image.Point{}, draw.Over)
			}
		}
		x += adv
	}
}
