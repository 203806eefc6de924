package deckfiles

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif" // DecodeConfig for every format the layout draws
	_ "image/jpeg"
	_ "image/png"
	"io"
	"os"
)

// MaxFileBytes bounds what is read of one picture file.
var MaxFileBytes int64 = 128 << 20

// MaxPixels bounds a bitmap's width × height before it is decoded: a 2.7 MB
// PNG can claim 30000×30000 pixels and take 3.6 GB once decoded.
var MaxPixels int64 = 50_000_000

// ReadFile reads a regular file of at most MaxFileBytes. It stats before it
// opens: opening a FIFO would wait for a writer forever, and a device such as
// /dev/zero never ends.
func ReadFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &Error{Kind: KindMissing, Path: path, err: err, Why: fmt.Sprintf("image %s not found", path)}
	}
	if !st.Mode().IsRegular() {
		return nil, &Error{Kind: KindNotFile, Path: path, Why: fmt.Sprintf("image %s is not a regular file (%s)", path, what(st.Mode()))}
	}
	if st.Size() > MaxFileBytes {
		return nil, tooBig(path, st.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open image %s: %w", path, err)
	}
	defer f.Close()
	if fst, err := f.Stat(); err != nil || !fst.Mode().IsRegular() {
		return nil, &Error{Kind: KindNotFile, Path: path, Why: fmt.Sprintf("image %s is not a regular file", path)}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read image %s: %w", path, err)
	}
	if int64(len(data)) > MaxFileBytes {
		return nil, tooBig(path, int64(len(data)))
	}
	return data, nil
}

func tooBig(path string, n int64) error {
	return &Error{Kind: KindTooBig, Path: path, Why: fmt.Sprintf("image %s is %d MB; Lectern reads pictures of at most %d MB", path, n>>20, MaxFileBytes>>20)}
}

// CheckPixels reads a bitmap's size from its header and refuses one over
// MaxPixels before anything is decoded. Formats it cannot size (SVG) pass.
func CheckPixels(path string, data []byte) error {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil // not a bitmap this can size; the decoder says what it is
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > MaxPixels {
		return &Error{Kind: KindTooBig, Path: path, Why: fmt.Sprintf("image %s is %d×%d pixels (%s, %.0f megapixels); Lectern draws pictures of at most %d megapixels: scale it down",
			path, cfg.Width, cfg.Height, format, float64(px)/1e6, MaxPixels/1_000_000)}
	}
	return nil
}
