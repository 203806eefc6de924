package pdfout

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // bitmap glyphs in JPEG
	"image/png"
	"strings"

	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// writeType3 writes one Type3 font of a face: each glyph's procedure draws
// its outline (CFF or TrueType, from go-text, in 1/1000 em) filled in the
// text colour, or its bitmap (colour emoji) as an image, with the glyph's
// advance, and the ToUnicode CMap of its codes.
func writeType3(ow *objWriter, p *fontPart) (int, error) {
	fe := p.face
	k := 1000 / fe.upem
	var procs, widths, diffs, images strings.Builder
	for code, gid := range p.gids {
		if gid == type3Spacer {
			n := ow.alloc()
			ow.stream(n, "", []byte("600 0 0 0 0 0 d1\n"), false)
			fmt.Fprintf(&procs, " /m %s", ref(n))
			widths.WriteString(" 600")
			diffs.WriteString(" /m")
			continue
		}
		g := fe.glyphs[gid]
		proc, img := glyphProc(fe, gid, g.width, k)
		if img != nil {
			name := fmt.Sprintf("G%d", code)
			fmt.Fprintf(&images, " /%s %s", name, ref(img.write(ow)))
			proc = strings.ReplaceAll(proc, "/Img", "/"+name)
		}
		n := ow.alloc()
		ow.stream(n, "", []byte(proc), false)
		fmt.Fprintf(&procs, " /g%d %s", code, ref(n))
		fmt.Fprintf(&widths, " %s", num(g.width))
		fmt.Fprintf(&diffs, " /g%d", code)
	}
	cmap, font := ow.alloc(), ow.alloc()
	ow.stream(cmap, "", toUnicode(fe, p), false)
	res := "<< >>"
	if images.Len() > 0 {
		res = "<< /XObject <<" + images.String() + " >> >>"
	}
	// a real box: poppler sizes and groups a Type3 font's words into lines
	// by it, and an empty one set CJK words on a line of their own
	asc, desc := 880.0, -120.0
	if ext, ok := fe.face.FontHExtents(); ok && ext.Ascender > 0 {
		asc, desc = float64(ext.Ascender)*k, float64(ext.Descender)*k
	}
	ow.obj(font, fmt.Sprintf("<< /Type /Font /Subtype /Type3 /Name %s /FontBBox [0 %s 1000 %s] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs <<%s >> /Encoding << /Type /Encoding /Differences [0%s] >> /FirstChar 0 /LastChar %d /Widths [%s ] /Resources %s /ToUnicode %s >>",
		pdfName(fmt.Sprintf("%s-%d", fe.name, p.index+1)), num(desc), num(asc), procs.String(), diffs.String(), len(p.gids)-1, widths.String(), res, ref(cmap)))
	return font, nil
}

// glyphProc is the content stream of one glyph: an outline as a filled
// path (d1: the text colour fills it), or a bitmap drawn as the image named
// /Img (d0: its own colours), returned to embed; nothing for an empty glyph.
func glyphProc(fe *faceEmbed, gid uint16, width, k float64) (string, *embedded) {
	switch g := fe.face.GlyphData(gotext.GID(gid)).(type) {
	case gotext.GlyphBitmap:
		if img := bitmapImage(g); img != nil {
			ext, ok := fe.face.GlyphExtents(gotext.GID(gid))
			if !ok || ext.Width == 0 {
				ext.XBearing, ext.YBearing, ext.Width, ext.Height = 0, float32(fe.upem*0.8), float32(width/k), -float32(fe.upem)
			}
			x, top := float64(ext.XBearing)*k, float64(ext.YBearing)*k
			w, h := float64(ext.Width)*k, -float64(ext.Height)*k
			if e, err := fromPixels(img, png.DefaultCompression); err == nil {
				return fmt.Sprintf("%s 0 d0\nq %s 0 0 %s %s %s cm /Img Do Q\n", num(width), num(w), num(h), num(x), num(top-h)), e
			}
		}
		if g.Outline != nil {
			return outlineProc(g.Outline.Segments, width, k), nil
		}
	case gotext.GlyphOutline:
		return outlineProc(g.Segments, width, k), nil
	case gotext.GlyphSVG:
		return outlineProc(g.Outline.Segments, width, k), nil
	}
	return fmt.Sprintf("%s 0 0 0 0 0 d1\n", num(width)), nil
}

// outlineProc writes outline segments (font units, y up) as a filled path,
// quadratic curves raised to cubic ones.
func outlineProc(segs []gotext.Segment, width, k float64) string {
	var b strings.Builder
	minX, minY, maxX, maxY := 0.0, 0.0, 0.0, 0.0
	first := true
	for _, s := range segs {
		for _, a := range s.ArgsSlice() {
			x, y := float64(a.X)*k, float64(a.Y)*k
			if first {
				minX, minY, maxX, maxY, first = x, y, x, y, false
			}
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
		}
	}
	fmt.Fprintf(&b, "%s 0 %s %s %s %s d1\n", num(width), num(minX), num(minY), num(maxX), num(maxY))
	if len(segs) == 0 {
		return b.String()
	}
	var cx, cy float64
	pt := func(a gotext.SegmentPoint) (float64, float64) { return float64(a.X) * k, float64(a.Y) * k }
	for _, s := range segs {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			cx, cy = pt(s.Args[0])
			fmt.Fprintf(&b, "%s %s m\n", num(cx), num(cy))
		case ot.SegmentOpLineTo:
			cx, cy = pt(s.Args[0])
			fmt.Fprintf(&b, "%s %s l\n", num(cx), num(cy))
		case ot.SegmentOpQuadTo:
			qx, qy := pt(s.Args[0])
			x, y := pt(s.Args[1])
			fmt.Fprintf(&b, "%s %s %s %s %s %s c\n", num(cx+2*(qx-cx)/3), num(cy+2*(qy-cy)/3),
				num(x+2*(qx-x)/3), num(y+2*(qy-y)/3), num(x), num(y))
			cx, cy = x, y
		case ot.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			cx, cy = pt(s.Args[2])
			fmt.Fprintf(&b, "%s %s %s %s %s %s c\n", num(x1), num(y1), num(x2), num(y2), num(cx), num(cy))
		}
	}
	b.WriteString("f\n")
	return b.String()
}

// bitmapImage decodes a bitmap glyph (PNG or JPEG; nil for other formats).
func bitmapImage(g gotext.GlyphBitmap) image.Image {
	var img image.Image
	var err error
	switch g.Format {
	case gotext.PNG:
		img, err = png.Decode(bytes.NewReader(g.Data))
	case gotext.JPG:
		img, _, err = image.Decode(bytes.NewReader(g.Data))
	default:
		return nil
	}
	if err != nil || img.Bounds().Empty() {
		return nil
	}
	return img
}
