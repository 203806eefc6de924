package layout

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/lectern-app/lectern/internal/deckfiles"
	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/math/f64"
)

// svgMaxImages bounds the pictures one SVG embeds; each is decoded (at
// most maxSide pixels a side once shrunk) and held with the SVG.
const svgMaxImages = 32

// svgMaxDataURI bounds the text of one data: URI (base64 of a large photo).
const svgMaxDataURI = 48 << 20

// svgImage is a bitmap an SVG draws with <image>.
type svgImage struct {
	img     *image.RGBA
	m       svgMatrix // the bitmap's pixels to user space
	opacity float64
}

// image puts an <image> into the parts: a data: URI (PNG, JPEG, GIF), or a
// file in the SVG's own folder or below (deckfiles decides, symlinks
// resolved: a deck's picture can show no file the deck could not).
func (s *splitter) image(chain []*svgNode, k *svgNode) {
	href := strings.TrimSpace(attrOf(k, "href"))
	if href == "" {
		return
	}
	if s.n.images >= svgMaxImages {
		s.n.unsupported(fmt.Sprintf("more than %d <image> pictures (the rest left out)", svgMaxImages))
		return
	}
	s.n.images++
	img, err := s.n.loadImage(href)
	if err != nil && strings.HasPrefix(strings.ToLower(href), "data:") {
		s.n.unsupported(err.Error())
		return
	}
	if err != nil { // a file that may not or cannot be read: outside the SVG
		s.n.refuse("%s", err.Error())
		return
	}
	props := styleProps(k)
	if props["display"] == "none" || props["visibility"] == "hidden" {
		return
	}
	b := img.Bounds()
	iw, ih := float64(b.Dx()), float64(b.Dy())
	num := func(name string, def float64) float64 {
		if v, ok := parseLength(attrOf(k, name), 16); ok {
			return v
		}
		return def
	}
	view := svgRect{num("x", 0), num("y", 0), num("width", iw), num("height", ih)}
	if !(view.w > 0 && view.h > 0) {
		return
	}
	par := attrOf(k, "preserveAspectRatio")
	um := ctm(append(chain[:len(chain):len(chain)], k))
	part := svgPart{image: &svgImage{img: img, opacity: chainOpacity(chain) * parseOpacity(props["opacity"], 1),
		m: um.mul(viewBoxMatrix(view, svgRect{0, 0, iw, ih}, par))}}
	s.cut()
	if strings.Contains(par, "slice") { // the picture overflows its box: clip it there
		s.parts = append(s.parts, svgPart{group: &svgGroup{opacity: 1, content: []svgPart{part},
			clipTrees: []*svgNode{s.rectTree(um, view)}}})
		return
	}
	s.parts = append(s.parts, part)
}

// loadImage decodes the picture an <image> names.
func (n *normaliser) loadImage(href string) (*image.RGBA, error) {
	var data []byte
	name := "a data: URI"
	if strings.HasPrefix(strings.ToLower(href), "data:") {
		if len(href) > svgMaxDataURI {
			return nil, fmt.Errorf("an <image> data: URI of %d MB (at most %d MB are read)", len(href)>>20, svgMaxDataURI>>20)
		}
		var err error
		if data, err = dataURI(href); err != nil {
			return nil, err
		}
	} else {
		if n.dir == "" {
			return nil, fmt.Errorf("<image href=%q> (a file outside the SVG)", clip(href))
		}
		path, err := deckfiles.ForDir(n.dir, nil).Resolve(href)
		if err != nil {
			why := map[string]string{
				deckfiles.KindMissing: "no such file beside the SVG",
				deckfiles.KindOutside: "outside the SVG's folder: an SVG may show only pictures in its own folder and below",
				deckfiles.KindNotFile: "not a regular file",
				deckfiles.KindRemote:  "on the network: never fetched",
			}[deckfiles.KindOf(err)]
			if why == "" {
				why = err.Error()
			}
			return nil, fmt.Errorf("<image href=%q> (%s)", clip(href), why)
		}
		if data, err = deckfiles.ReadFile(path); err != nil {
			return nil, fmt.Errorf("<image href=%q> (%v)", clip(href), err)
		}
		name = filepath.Base(path)
	}
	if bytes.Contains(data[:min(len(data), 512)], []byte("<svg")) {
		return nil, fmt.Errorf("an SVG inside <image> (%s, left out)", clip(name))
	}
	if err := deckfiles.CheckPixels(name, data); err != nil {
		return nil, fmt.Errorf("<image> %v", err)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("an <image> (%s) that is no PNG, JPEG or GIF: %v", clip(name), err)
	}
	if b := img.Bounds(); b.Dx() <= 0 || b.Dy() <= 0 {
		return nil, fmt.Errorf("an empty <image> (%s)", clip(name))
	}
	return toRGBA(shrink(img)), nil
}

// dataURI decodes "data:[type][;base64],payload".
func dataURI(s string) ([]byte, error) {
	comma := strings.IndexByte(s, ',')
	if comma < 0 {
		return nil, fmt.Errorf("an <image> data: URI without data")
	}
	meta, payload := strings.ToLower(s[5:comma]), s[comma+1:]
	if strings.HasSuffix(meta, ";base64") {
		clean := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
				return -1
			}
			return r
		}, payload)
		if u, err := url.PathUnescape(clean); err == nil {
			clean = u
		}
		data, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(clean, "="))
		if err != nil {
			return nil, fmt.Errorf("an <image> data: URI that is not base64: %v", err)
		}
		return data, nil
	}
	data, err := url.PathUnescape(payload)
	if err != nil {
		return nil, fmt.Errorf("an <image> data: URI: %v", err)
	}
	return []byte(data), nil
}

// draw puts the bitmap onto dst, smoothly resampled.
func (im *svgImage) draw(dst *image.RGBA, v svgView) {
	m := v.matrix().mul(im.m)
	opts := &xdraw.Options{}
	if im.opacity < 1 {
		opts.SrcMask = image.NewUniform(color.Alpha{A: uint8(max(0, im.opacity)*255 + 0.5)})
	}
	xdraw.CatmullRom.Transform(dst, f64.Aff3{m.a, m.c, m.e, m.b, m.d, m.f}, im.img, im.img.Rect, xdraw.Over, opts)
}
