package pdfout

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // image.DecodeConfig of passed-through JPEGs
	"image/png"
	"os"
	"sync"

	"github.com/signintech/gopdf"

	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/render/layout"
)

// Images go into the PDF as the file's own bytes whenever gopdf can take
// them as they are (JPEG; 8-bit, non-interlaced PNG), so nothing is decoded
// or re-compressed. Anything else (16-bit or interlaced PNG, GIF, SVG
// rasterised by the layout) is re-encoded once as an 8-bit PNG at the
// fastest compression and kept in a small process-wide cache, so exporting
// several parts that share an image converts it once.
//
// A picture whose pixels (Picture.Image) are part of its file's pixels (a
// cover background: layout.Picture.Image is a SubImage of the decoded file,
// its bounds in the file's pixel coordinates) embeds the whole file and
// shows only that part through a clipping path: full resolution, no
// re-encoding, and one image object however many boxes crop it.

// holder is a gopdf.ImageHolder over cached bytes; gopdf reads it once.
type holder struct {
	id string
	*bytes.Reader
}

func (h holder) ID() string { return h.id }

// embedded is an image ready for gopdf: its bytes, the id gopdf shares one
// image object by, and its size in pixels.
type embedded struct {
	id   string
	data []byte
	size image.Point
}

func (e *embedded) holder() gopdf.ImageHolder { return holder{e.id, bytes.NewReader(e.data)} }

// imageSet remembers the images of one document that have no file.
type imageSet struct {
	byImage map[image.Image]*embedded
}

func newImageSet() *imageSet { return &imageSet{byImage: map[image.Image]*embedded{}} }

// image returns the image to embed for a picture and the part of it (in its
// pixels) that fills the picture's box, or nil when the picture has neither
// a usable file nor pixels.
func (s *imageSet) image(o layout.Picture) (*embedded, image.Rectangle, error) {
	if o.Path != "" {
		e, err := fileImage(o.Path)
		if err == nil {
			full := image.Rectangle{Max: e.size}
			if o.Image == nil {
				return e, full, nil
			}
			if part := o.Image.Bounds(); !part.Empty() && part.In(full) {
				return e, part, nil
			}
			// the pixels are not this file's: draw the pixels
		} else if o.Image == nil {
			return nil, image.Rectangle{}, err
		}
	}
	if o.Image == nil {
		return nil, image.Rectangle{}, nil
	}
	e, ok := s.byImage[o.Image]
	if !ok {
		b, err := encodePNG(o.Image)
		if err != nil {
			return nil, image.Rectangle{}, fmt.Errorf("image %s: %w", pictureName(o), err)
		}
		e = &embedded{id: fmt.Sprintf("mem-%p", o.Image), data: b, size: o.Image.Bounds().Size()}
		s.byImage[o.Image] = e
	}
	return e, image.Rectangle{Max: e.size}, nil
}

// pictureName names a picture in an error: its file, else its alt text.
func pictureName(o layout.Picture) string {
	if o.Source != "" {
		return o.Source
	}
	if o.Alt != "" {
		return fmt.Sprintf("%q", o.Alt)
	}
	return "(no name)"
}

// fileCache keeps prepared image bytes by file, checked against the file's
// size and modification time, up to fileCacheMax bytes in all.
var fileCache = struct {
	sync.Mutex
	m    map[string]*embedded
	used int
}{m: map[string]*embedded{}}

const fileCacheMax = 192 << 20

// fileImage returns the image to embed for the file at path: the whole
// file, whatever part of it a picture shows.
func fileImage(path string) (*embedded, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", path, err)
	}
	key := fmt.Sprintf("%s|%d|%d", path, st.Size(), st.ModTime().UnixNano())
	fileCache.Lock()
	c, ok := fileCache.m[path]
	fileCache.Unlock()
	if ok && c.id == key {
		return c, nil
	}
	raw, err := deckfiles.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := deckfiles.CheckPixels(path, raw); err != nil {
		return nil, err
	}
	e := &embedded{id: key, data: raw}
	if passThrough(raw) {
		cfg, _, err := image.DecodeConfig(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("image %s: %w", path, err)
		}
		e.size = image.Pt(cfg.Width, cfg.Height)
	} else {
		// the layout's decoded pixels (cached there), never a cropped part
		img, err := layout.LoadImage(path)
		if err != nil {
			return nil, fmt.Errorf("image %s: %w", path, err)
		}
		if e.data, err = encodePNG(img); err != nil {
			return nil, fmt.Errorf("image %s: %w", path, err)
		}
		e.size = img.Bounds().Size()
	}
	if e.size.X <= 0 || e.size.Y <= 0 {
		return nil, fmt.Errorf("image %s: the image is empty", path)
	}
	fileCache.Lock()
	if fileCache.used+len(e.data) > fileCacheMax {
		fileCache.m, fileCache.used = map[string]*embedded{}, 0
	}
	if old, ok := fileCache.m[path]; ok {
		fileCache.used -= len(old.data)
	}
	fileCache.m[path] = e
	fileCache.used += len(e.data)
	fileCache.Unlock()
	return e, nil
}

// passThrough says whether gopdf embeds these file bytes as they are: a
// JPEG, or a PNG of at most 8 bits per channel without interlacing.
func passThrough(b []byte) bool {
	if len(b) > 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF {
		return true
	}
	if len(b) < 29 || string(b[:8]) != "\x89PNG\r\n\x1a\n" || string(b[12:16]) != "IHDR" {
		return false
	}
	depth, ctype, interlace := b[24], b[25], b[28]
	return depth <= 8 && interlace == 0 && (ctype == 0 || ctype == 2 || ctype == 3 || ctype == 4 || ctype == 6)
}

// encodePNG writes img as an 8-bit PNG (RGB when opaque, RGBA otherwise) at
// the fastest compression.
func encodePNG(img image.Image) ([]byte, error) {
	var src image.Image
	switch m := img.(type) {
	case *image.RGBA, *image.NRGBA, *image.Gray, *image.Paletted:
		src = m
	default:
		b := img.Bounds()
		n := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(n, n.Bounds(), img, b.Min, draw.Src)
		src = n
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, src); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
