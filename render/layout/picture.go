package layout

import (
	"errors"
	"image"
	"io/fs"
	"math"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/internal/media"
	"github.com/lectern-app/lectern/render/fonts"
)

// maxUpscale is how far a bitmap may be enlarged to fill the room it is given.
const maxUpscale = 2.0

type picKind int

const (
	picOK picKind = iota
	picRemote
	picMissing
	picBroken
)

// picItem is an image reference resolved to pixels or to a reason it has none.
type picItem struct {
	src, alt, path string
	kind           picKind
	img            image.Image // nil for an SVG until it is drawn
	vector         bool        // an SVG: rasterised at the size it is drawn
	aspect         float64     // width / height
	natH           float64     // natural height in slide units
	why            string      // picBroken: the short reason shown on the placeholder
	video          bool        // a video: img is its poster or first frame
	filters        []imgFilter // Marp's image filters (sepia, blur:4px…)
}

// resolve finds an image: first among the slide's resolved images, then
// through the deck's file policy. Remote images are never fetched; files the
// deck may not read (outside its folder, devices) become placeholders.
func (b *builder) resolve(src, alt string) picItem {
	if media.IsVideo(src) {
		return b.videoItem(src, alt, "")
	}
	it := picItem{src: src, alt: alt, aspect: 16.0 / 9, natH: 420}
	path := ""
	for _, im := range b.slide.Images {
		if im.Src != src {
			continue
		}
		switch {
		case im.Remote:
			it.kind = picRemote
			return it
		case im.Refused != "" || im.Missing:
			path = "" // let the policy say why, once more, for the placeholder
		default:
			path = im.Path
		}
		break
	}
	if isRemote(src) {
		it.kind = picRemote
		return it
	}
	if path == "" {
		p, err := b.files.Resolve(src)
		if err != nil {
			b.broken(&it, err)
			return it
		}
		path = p
	}
	it.path = path
	info, err := loadInfo(path)
	if err != nil {
		b.broken(&it, err)
		return it
	}
	it.img, it.vector = info.img, info.vector
	it.aspect = info.w / info.h
	it.natH = info.h
	if info.vector {
		it.natH = 1e6 // vectors scale freely
	}
	return it
}

// broken turns an item into a placeholder for the error that stopped it.
func (b *builder) broken(it *picItem, err error) {
	it.kind = picBroken
	if errors.Is(err, fs.ErrNotExist) {
		it.kind = picMissing
	}
	switch deckfiles.KindOf(err) {
	case deckfiles.KindRemote:
		it.kind = picRemote
	case deckfiles.KindOutside:
		it.why = "not read: outside the deck's folder"
	case deckfiles.KindNotFile:
		it.why = "not read: not a regular file"
	case deckfiles.KindTooBig:
		it.why = "not read: too large"
	}
	it.img = nil
	b.problem(err)
}

// pixels gives a resolved item its pixels for a box of w×h slide units: an
// SVG is rasterised (or found in the cache) at the size it is drawn.
func (b *builder) pixels(it *picItem, w, h float64) {
	if it.kind != picOK || !it.vector || it.img != nil {
		return
	}
	k := b.pxScale
	img, err := LoadImageAt(it.path, int(math.Ceil(w*k)), int(math.Ceil(h*k)))
	if err != nil {
		b.broken(it, err)
		return
	}
	it.img = img
}

func isRemote(src string) bool {
	s := strings.ToLower(strings.TrimSpace(src))
	return strings.HasPrefix(s, "//") || strings.HasPrefix(s, "data:") ||
		strings.Contains(s, "://") || strings.HasPrefix(s, "mailto:")
}

// imageRow lays out the images of one paragraph side by side, centred, as
// tall as the room offered (b.imgH) allows with their aspect kept.
func (b *builder) imageRow(imgs []*ast.Image, x, w float64) {
	if b.sizedRow(imgs, x, w) {
		return
	}
	b.imgRows++
	if b.imgH <= 0 {
		return // measuring pass: images take what is left later
	}
	items := make([]picItem, len(imgs))
	for i, im := range imgs {
		alt, _, _ := imageSize(altText(im, b.src))
		alt, fs := parseFilters(alt)
		if dest := string(im.Destination); media.IsVideo(dest) {
			items[i] = b.videoItem(dest, alt, string(im.Title))
		} else {
			items[i] = b.resolve(dest, alt)
		}
		items[i].filters = fs
	}
	b.pictureRow(items, x, w)
}

// pictureRow draws resolved pictures side by side, centred, as tall as the
// room (b.imgH) allows with their aspects kept, a bitmap at most twice its
// natural size.
func (b *builder) pictureRow(items []picItem, x, w float64) {
	gap := 0.4 * b.th.Body * b.scale
	sumA := 0.0
	h := b.imgH
	for _, it := range items {
		sumA += it.aspect
		if it.kind == picOK {
			h = min(h, it.natH*maxUpscale)
		} else {
			h = min(h, 420*b.scale)
		}
	}
	h = min(h, (w-gap*float64(len(items)-1))/sumA)
	total := h*sumA + gap*float64(len(items)-1)
	cx := x + (w-total)/2
	for _, it := range items {
		iw := h * it.aspect
		b.picture(it, cx, b.y, iw, h)
		cx += iw + gap
	}
	b.y += h
}

// picture draws an image, or a placeholder that says why there is none.
func (b *builder) picture(it picItem, x, y, w, h float64) {
	b.pictureOp(it, x, y, w, h, b.emit)
}

func (b *builder) pictureOp(it picItem, x, y, w, h float64, emit func(Op)) {
	b.pixels(&it, w, h)
	name := it.alt
	switch it.kind {
	case picOK:
		file := it.path
		if it.vector || it.video {
			file = "" // the pixels are a raster for this box, not the file's
		}
		if len(it.filters) > 0 {
			it.img, file = applyFilters(it.img, it.filters, w), ""
			for _, f := range it.filters {
				if f.name == "drop-shadow" {
					b.problem(&ImageFilterError{Src: it.src, Filter: f.name})
				}
			}
		}
		emit(Picture{X: x, Y: y, W: w, H: h, Path: file, Source: it.path, Image: it.img, Alt: it.alt})
		if it.vector {
			b.svgText(it.path, it.img, x, y, w, h, emit)
		}
		if it.video {
			b.playBadge(it, x, y, w, h, emit)
		}
		return
	case picRemote:
		if name == "" {
			name = "Remote image"
		}
		b.placeholder(x, y, w, h, name, "remote image not loaded (offline)", it.src, emit)
	case picMissing:
		if name == "" {
			name = "Image"
		}
		b.placeholder(x, y, w, h, name, "image not found: "+it.src, "", emit)
	default:
		if name == "" {
			name = "Image"
		}
		why := it.why
		if why == "" {
			why = "image could not be read"
		}
		detail := ""
		if it.video && it.path != "" {
			detail = "V plays it"
		}
		b.placeholder(x, y, w, h, name, why+": "+it.src, detail, emit)
	}
}

// placeholder is a framed box with a title, a caption and an optional detail.
func (b *builder) placeholder(x, y, w, h float64, title, caption, detail string, emit func(Op)) {
	s := b.scale
	emit(Rect{X: x, Y: y, W: w, H: h, Fill: b.th.CodeBg, Stroke: b.th.Border, StrokeWidth: max(1.5, 3*s), Radius: 14 * s})
	// a crossed frame, the usual "no picture" sign
	in := min(w, h) * 0.08
	emit(Line{X1: x + in, Y1: y + in, X2: x + w - in, Y2: y + h - in, Width: max(1, 1.5*s), Color: b.th.CodeBorder})
	emit(Line{X1: x + in, Y1: y + h - in, X2: x + w - in, Y2: y + in, Width: max(1, 1.5*s), Color: b.th.CodeBorder})
	maxW := w * 0.88
	ts := min(0.85*b.th.Body*s, h*0.2)
	cs := min(0.62*b.th.Body*s, h*0.14)
	title, ts = fitText(title, Bold, ts, maxW)
	caption, cs = fitText(caption, Italic, cs, maxW)
	lines := []Text{
		{Size: ts, Font: Bold, Color: b.th.Text, Text: title},
		{Size: cs, Font: Italic, Color: b.th.Muted, Text: caption},
	}
	if detail != "" {
		d, ds := fitText(detail, Mono, cs*0.9, maxW)
		lines = append(lines, Text{Size: ds, Font: Mono, Color: b.th.Muted, Text: d})
	}
	total := 0.0
	for _, l := range lines {
		total += l.Size * 1.4
	}
	ty := y + (h-total)/2
	m := fonts.VMetrics(Regular, 1)
	for _, l := range lines {
		lh := l.Size * 1.4
		l.Y = ty + (lh-(m.Ascent+m.Descent)*l.Size)/2 + m.Ascent*l.Size
		l.X = x + (w-measure(l.Font, l.Size, l.Text))/2
		// a box backdrop keeps the text readable over the cross
		emit(Rect{X: l.X - 0.3*l.Size, Y: ty + 0.1*l.Size, W: measure(l.Font, l.Size, l.Text) + 0.6*l.Size, H: lh - 0.2*l.Size, Fill: b.th.CodeBg})
		emit(l)
		ty += lh
	}
}

// fitText shrinks text (down to 60%) and then cuts it with an ellipsis so it
// fits maxW.
func fitText(s string, f Font, size, maxW float64) (string, float64) {
	if w := measure(f, size, s); w > maxW && w > 0 {
		size = max(size*0.6, size*maxW/w)
	}
	if measure(f, size, s) <= maxW {
		return s, size
	}
	r := []rune(s)
	for len(r) > 1 && measure(f, size, string(r)+"…") > maxW {
		r = r[:len(r)-1]
	}
	return string(r) + "…", size
}
