package pdfout

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"sync"

	"github.com/signintech/gopdf"

	"github.com/lectern-app/lectern/render/layout"
)

// Images go into the PDF as the file's own bytes whenever gopdf can take
// them as they are (JPEG; 8-bit, non-interlaced PNG), so nothing is decoded
// or re-compressed. Anything else (16-bit or interlaced PNG, GIF, SVG
// rasterised by the layout) is re-encoded once as an 8-bit PNG at the
// fastest compression and kept in a small process-wide cache, so exporting
// several parts that share an image converts it once.

// holder is a gopdf.ImageHolder over cached bytes; gopdf reads it once.
type holder struct {
	id string
	*bytes.Reader
}

func (h holder) ID() string { return h.id }

// imageSet remembers the images of one document that have no file.
type imageSet struct {
	byImage map[image.Image][]byte
}

func newImageSet() *imageSet { return &imageSet{byImage: map[image.Image][]byte{}} }

// holder returns the image of a picture ready for gopdf, or nil when the
// picture has neither a usable file nor pixels.
func (s *imageSet) holder(o layout.Picture) (gopdf.ImageHolder, error) {
	if o.Path != "" {
		b, id, err := fileImage(o)
		if err == nil && b != nil {
			return holder{id, bytes.NewReader(b)}, nil
		}
		if o.Image == nil {
			return nil, err
		}
	}
	if o.Image == nil {
		return nil, nil
	}
	b, ok := s.byImage[o.Image]
	if !ok {
		var err error
		if b, err = encodePNG(o.Image); err != nil {
			return nil, fmt.Errorf("image %s: %w", o.Alt, err)
		}
		s.byImage[o.Image] = b
	}
	return holder{fmt.Sprintf("mem-%p", o.Image), bytes.NewReader(b)}, nil
}

// fileCache keeps prepared image bytes by file, checked against the file's
// size and modification time, up to fileCacheMax bytes in all.
var fileCache = struct {
	sync.Mutex
	m    map[string]cachedFile
	used int
}{m: map[string]cachedFile{}}

const fileCacheMax = 192 << 20

type cachedFile struct {
	key  string
	data []byte
}

// fileImage returns the bytes to embed for o.Path and an id naming them.
func fileImage(o layout.Picture) ([]byte, string, error) {
	st, err := os.Stat(o.Path)
	if err != nil {
		return nil, "", fmt.Errorf("image %s: %w", o.Path, err)
	}
	key := fmt.Sprintf("%s|%d|%d", o.Path, st.Size(), st.ModTime().UnixNano())
	fileCache.Lock()
	c, ok := fileCache.m[o.Path]
	fileCache.Unlock()
	if ok && c.key == key {
		return c.data, key, nil
	}
	raw, err := os.ReadFile(o.Path)
	if err != nil {
		return nil, "", fmt.Errorf("image %s: %w", o.Path, err)
	}
	data := raw
	if !passThrough(raw) {
		img := o.Image
		if img == nil {
			if img, err = layout.LoadImage(o.Path); err != nil {
				return nil, "", fmt.Errorf("image %s: %w", o.Path, err)
			}
		}
		if data, err = encodePNG(img); err != nil {
			return nil, "", fmt.Errorf("image %s: %w", o.Path, err)
		}
	}
	fileCache.Lock()
	if fileCache.used+len(data) > fileCacheMax {
		fileCache.m, fileCache.used = map[string]cachedFile{}, 0
	}
	if old, ok := fileCache.m[o.Path]; ok {
		fileCache.used -= len(old.data)
	}
	fileCache.m[o.Path] = cachedFile{key: key, data: data}
	fileCache.used += len(data)
	fileCache.Unlock()
	return data, key, nil
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
