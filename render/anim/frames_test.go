package anim

import (
	"bytes"
	"image/gif"
	"os"
	"path/filepath"
	"testing"
)

func TestCountFramesAgreesWithTheDecoder(t *testing.T) {
	paths := []string{filepath.Join("..", "..", "testdata", "media", "spinner.gif"),
		filepath.Join("..", "..", "assets", "demo", "images", "progress.gif")}
	for n := 1; n <= 5; n++ {
		paths = append(paths, writeGIF(t, n, gif.DisposalNone))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		g, err := gif.DecodeAll(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if n, err := countFrames(data); err != nil || n != len(g.Image) {
			t.Errorf("%s: countFrames %d, %v; the decoder finds %d", p, n, err, len(g.Image))
		}
	}
	if _, err := countFrames([]byte("PNG not a gif")); err == nil {
		t.Error("countFrames took a non-GIF")
	}
}

// A GIF over the pixel budget is judged by its frame count before any
// frame is decoded: its damaged third frame is never reached.
func TestOverBudgetGIFIsNotDecoded(t *testing.T) {
	data, err := os.ReadFile(writeGIF(t, 3, gif.DisposalNone))
	if err != nil {
		t.Fatal(err)
	}
	last := bytes.LastIndexByte(data, 0x2C)    // the third image descriptor
	for i := last + 12; i < len(data)-2; i++ { // its LZW data, past size and code size
		data[i] = 0xFF
	}
	if _, err := gif.DecodeAll(bytes.NewReader(data)); err == nil {
		t.Fatal("the damage did not break decoding: the test proves nothing")
	}
	old := maxPixelsForTest(40 * 20 * 2)
	defer maxPixelsForTest(old)
	if a, err := decode(data); a != nil || err != nil {
		t.Errorf("over budget: %v, %v; want nil, nil without decoding the frames", a, err)
	}
}

// Animations decoded ahead stay within the pixel budget together.
func TestCacheStaysWithinTheBudget(t *testing.T) {
	old := maxPixelsForTest(40 * 20 * 3) // one 3-frame GIF fits, two do not
	defer maxPixelsForTest(old)
	a, b := writeGIF(t, 3, gif.DisposalNone), writeGIF(t, 3, gif.DisposalNone)
	if x, err := Load(a); x == nil || err != nil {
		t.Fatalf("load a: %v, %v", x, err)
	}
	if x, err := Load(b); x == nil || err != nil {
		t.Fatalf("load b: %v, %v", x, err)
	}
	if Cached(a) || !Cached(b) {
		t.Errorf("cached a %v, b %v: want only b, the two are over the budget", Cached(a), Cached(b))
	}
	cache.Lock()
	defer cache.Unlock()
	if cache.pixels > maxPixels {
		t.Errorf("the cache holds %d pixels, budget %d", cache.pixels, maxPixels)
	}
}
