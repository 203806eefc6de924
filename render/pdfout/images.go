package pdfout

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"sync"

	"github.com/lectern-app/lectern/internal/deckfiles"
	"github.com/lectern-app/lectern/render/layout"
)

// Images go into the PDF as the file's own bytes whenever PDF reads them as
// they are (JPEG; 8-bit, non-interlaced, opaque PNG), so nothing is decoded
// or re-compressed. Anything else (16-bit, interlaced or transparent PNG,
// GIF, SVG rasterised by the layout) is decoded once and its pixels
// compressed (with an alpha mask when not opaque), kept in a small
// process-wide cache, so exporting several parts that share an image
// converts it once.
//
// A picture whose pixels (Picture.Image) are part of its file's pixels (a
// cover background: layout.Picture.Image is a SubImage of the decoded file,
// its bounds in the file's pixel coordinates) embeds the whole file and
// shows only that part through a clipping path: full resolution, no
// re-encoding, and one image object however many boxes crop it.

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
		if o.Image.Bounds().Empty() {
			return nil, image.Rectangle{}, fmt.Errorf("image %s: the image is empty", pictureName(o))
		}
		var err error
		if e, err = fromPixels(o.Image, png.BestSpeed); err != nil {
			return nil, image.Rectangle{}, fmt.Errorf("image %s: %w", pictureName(o), err)
		}
		e.id = fmt.Sprintf("mem-%p", o.Image)
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

// fileCache keeps prepared images by file, checked against the file's size
// and modification time, up to fileCacheMax bytes in all.
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
	e, ok, err := fromFile(raw)
	if err != nil {
		return nil, fmt.Errorf("image %s: %w", path, err)
	}
	if !ok {
		// the layout's decoded pixels (cached there), never a cropped part
		img, err := layout.LoadImage(path)
		if err != nil {
			return nil, fmt.Errorf("image %s: %w", path, err)
		}
		if e, err = fromPixels(img, png.DefaultCompression); err != nil {
			return nil, fmt.Errorf("image %s: %w", path, err)
		}
	}
	e.id = key
	if e.size.X <= 0 || e.size.Y <= 0 {
		return nil, fmt.Errorf("image %s: the image is empty", path)
	}
	fileCache.Lock()
	if fileCache.used+e.weight > fileCacheMax {
		fileCache.m, fileCache.used = map[string]*embedded{}, 0
	}
	if old, ok := fileCache.m[path]; ok {
		fileCache.used -= old.weight
	}
	fileCache.m[path] = e
	fileCache.used += e.weight
	fileCache.Unlock()
	return e, nil
}
