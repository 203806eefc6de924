package raster

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"sync"

	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/vector"

	"github.com/lectern-app/lectern/render/layout"
)

// maxGlyphSide bounds one glyph's mask (pixels a side): a corrupt outline
// or an absurd text size must not allocate gigabytes.
const maxGlyphSide = 4096

// outlineGlyph rasterises an outline in font units (Y up) at scale pixels
// per unit, shifted right by dx pixels (the sub-pixel position), into a
// coverage mask placed relative to the origin on the baseline (Y down).
func outlineGlyph(segs []gotext.Segment, scale, dx float64) *shapedGlyph {
	if len(segs) == 0 {
		return nil
	}
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, s := range segs {
		for _, p := range s.ArgsSlice() {
			x, y := dx+float64(p.X)*scale, -float64(p.Y)*scale
			minX, maxX = min(minX, x), max(maxX, x)
			minY, maxY = min(minY, y), max(maxY, y)
		}
	}
	x0, y0 := math.Floor(minX), math.Floor(minY)
	w, h := int(math.Ceil(maxX)-x0), int(math.Ceil(maxY)-y0)
	if w <= 0 || h <= 0 || w > maxGlyphSide || h > maxGlyphSide {
		return nil
	}
	pt := func(p ot.SegmentPoint) (float32, float32) {
		return float32(dx + float64(p.X)*scale - x0), float32(-float64(p.Y)*scale - y0)
	}
	z := vector.NewRasterizer(w, h)
	open := false
	for _, s := range segs {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			if open {
				z.ClosePath()
			}
			z.MoveTo(pt(s.Args[0]))
			open = true
		case ot.SegmentOpLineTo:
			z.LineTo(pt(s.Args[0]))
		case ot.SegmentOpQuadTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			z.QuadTo(ax, ay, bx, by)
		case ot.SegmentOpCubeTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			cx, cy := pt(s.Args[2])
			z.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	if open {
		z.ClosePath()
	}
	mask := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
	return &shapedGlyph{mask: mask, off: image.Pt(int(x0), int(y0))}
}

// maxBitmapSide bounds a colour glyph's PNG before it is decoded (Noto
// Color Emoji's are 136×128).
const maxBitmapSide = 1024

type bitmapKey struct {
	font layout.Font
	gid  gotext.GID
}

// decoded holds colour glyph pictures decoded once, whatever size they are
// drawn at; bounded like the other caches.
var decoded = struct {
	sync.Mutex
	m map[bitmapKey]image.Image
}{m: map[bitmapKey]image.Image{}}

func decodeBitmap(k bitmapKey, bm gotext.GlyphBitmap) image.Image {
	decoded.Lock()
	defer decoded.Unlock()
	if img, ok := decoded.m[k]; ok {
		return img
	}
	var img image.Image
	if cfg, err := png.DecodeConfig(bytes.NewReader(bm.Data)); err == nil &&
		cfg.Width > 0 && cfg.Height > 0 && cfg.Width <= maxBitmapSide && cfg.Height <= maxBitmapSide {
		img, _ = png.Decode(bytes.NewReader(bm.Data))
	}
	if len(decoded.m) >= 1024 {
		decoded.m = map[bitmapKey]image.Image{}
	}
	decoded.m[k] = img
	return img
}

// bitmapGlyph scales a colour (PNG) glyph to px pixels per em and places it
// by the strike's metrics, which go-text gives in font units; nil when the
// glyph is not a PNG or does not decode.
func bitmapGlyph(f layout.Font, of *outlineFace, gid gotext.GID, bm gotext.GlyphBitmap, px float64) *shapedGlyph {
	if bm.Format != gotext.PNG {
		return nil
	}
	img := decodeBitmap(bitmapKey{f, gid}, bm)
	if img == nil {
		return nil
	}
	k := px / of.upem
	ext, ok := of.face.GlyphExtents(gid)
	if !ok || ext.Width <= 0 || ext.Height >= 0 {
		// no metrics: an em square standing on the baseline
		ext = gotext.GlyphExtents{YBearing: float32(0.8 * of.upem), Width: float32(of.upem), Height: -float32(of.upem)}
	}
	left, top := float64(ext.XBearing)*k, -float64(ext.YBearing)*k
	w, h := float64(ext.Width)*k, -float64(ext.Height)*k
	x0, y0 := math.Round(left), math.Round(top)
	iw, ih := int(math.Round(left+w)-x0), int(math.Round(top+h)-y0)
	if iw <= 0 || ih <= 0 || iw > maxGlyphSide || ih > maxGlyphSide {
		return nil
	}
	out := image.NewRGBA(image.Rect(0, 0, iw, ih))
	xdraw.CatmullRom.Scale(out, out.Rect, img, img.Bounds(), xdraw.Src, nil)
	return &shapedGlyph{rgba: out, off: image.Pt(int(x0), int(y0))}
}
