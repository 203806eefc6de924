package layout

import (
	"image/color"
	"path/filepath"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/lectern-app/lectern/internal/media"
)

// videoItem resolves a video reference to its poster or first frame. Lectern
// never plays video on the slide: the speaker presses V and a local player
// takes the audience screen. Without a picture the slide still says a video
// is there, and how to play it.
func (b *builder) videoItem(src, alt, poster string) picItem {
	it := picItem{src: src, alt: alt, aspect: 16.0 / 9, natH: 720, video: true}
	if isRemote(src) {
		it.kind = picRemote
		return it
	}
	path, err := b.files.Resolve(src)
	if err != nil {
		b.broken(&it, err)
		return it
	}
	it.path = path
	if poster != "" {
		if pp, err := b.files.Resolve(poster); err == nil {
			if info, err := loadInfo(pp); err == nil && !info.vector {
				it.img, it.aspect, it.natH = info.img, info.w/info.h, info.h
				return it
			}
		}
	}
	img, err := media.FirstFrame(path)
	if err != nil {
		it.kind = picBroken
		it.why = "video: no first frame to show"
		if err == media.ErrNoFFmpeg {
			it.why = "video (install ffmpeg to see its first frame)"
		}
		return it
	}
	bd := img.Bounds()
	it.img, it.aspect, it.natH = img, float64(bd.Dx())/float64(max(1, bd.Dy())), float64(bd.Dy())
	return it
}

// playBadge marks a video's picture: a round play sign in the middle and
// the file's name with the key that plays it.
func (b *builder) playBadge(it picItem, x, y, w, h float64, emit func(Op)) {
	d := min(w, h) * 0.28
	cx, cy := x+w/2, y+h/2
	emit(Rect{X: cx - d/2, Y: cy - d/2, W: d, H: d, Radius: d / 2, Fill: color.RGBA{A: 150}, Stroke: color.RGBA{230, 230, 230, 230}, StrokeWidth: max(1, d*0.04)})
	// the triangle, drawn as strokes from its left edge to its tip so every backend draws it alike
	tw, th := d*0.36, d*0.42
	left := cx - tw*0.4
	for i := 0; i <= 12; i++ {
		f := float64(i) / 12
		emit(Line{X1: left, Y1: cy - th/2 + f*th, X2: left + tw, Y2: cy, Width: max(1, d*0.05), Color: color.RGBA{240, 240, 240, 240}})
	}
	label := filepath.Base(it.src) + "  ·  V plays it"
	size := min(0.55*b.th.Body*b.scale, h*0.09)
	label, size = fitText(label, Regular, size, w*0.9)
	lw := measure(Regular, size, label)
	ly := y + h - 0.5*size
	emit(Rect{X: x + (w-lw)/2 - 0.4*size, Y: ly - 1.25*size, W: lw + 0.8*size, H: 1.55 * size, Radius: 0.3 * size, Fill: color.RGBA{A: 210}})
	emit(Text{X: x + (w-lw)/2, Y: ly - 0.35*size, Size: size, Font: Regular, Color: color.RGBA{255, 255, 255, 255}, Text: label})
}

// htmlVideos lays out the videos an HTML block names (<video>, <source>,
// <SlidevVideo>) as one picture row; false when it names none, so the block
// is not silently dropped when it is a video.
func (b *builder) htmlVideos(raw []byte, x, w float64) bool {
	tags := media.Tags(string(raw))
	if len(tags) == 0 {
		return false
	}
	b.imgRows++
	if b.imgH <= 0 {
		return true // measuring pass: pictures take what is left later
	}
	items := make([]picItem, len(tags))
	for i, t := range tags {
		items[i] = b.videoItem(t.Src, "", t.Poster)
	}
	b.pictureRow(items, x, w)
	return true
}

// inlineVideos turns a video tag met inside a paragraph (<video src=…>, or
// the <source src=…> of a <video> opened before it) into image nodes, so the
// paragraph's picture row shows them; the poster rides in the title.
func inlineVideos(raw string) []*ast.Image {
	if strings.HasPrefix(raw, "<source") {
		raw = "<video>" + raw + "</video>"
	}
	var out []*ast.Image
	for _, t := range media.Tags(raw) {
		l := ast.NewLink()
		l.Destination, l.Title = []byte(t.Src), []byte(t.Poster)
		out = append(out, ast.NewImage(l))
	}
	return out
}
