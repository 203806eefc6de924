package anim

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeGIF makes a GIF of n frames: a full red first frame, then small
// patches (blue, then green) with the given disposal.
func writeGIF(t *testing.T, n int, disposal byte) string {
	t.Helper()
	pal := color.Palette{color.Transparent, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}, color.RGBA{0, 255, 0, 255}}
	g := &gif.GIF{Config: image.Config{Width: 40, Height: 20, ColorModel: pal}}
	for i := 0; i < n; i++ {
		r := image.Rect(0, 0, 40, 20)
		c := uint8(1)
		if i > 0 {
			r, c = image.Rect(20*(i%2), 0, 20*(i%2)+20, 20), uint8(2+i%2)
		}
		fr := image.NewPaletted(r, pal)
		for j := range fr.Pix {
			fr.Pix[j] = c
		}
		g.Image = append(g.Image, fr)
		g.Delay = append(g.Delay, 5*(i+1)) // 50 ms, 100 ms, …
		if i == 0 {
			g.Disposal = append(g.Disposal, gif.DisposalNone)
		} else {
			g.Disposal = append(g.Disposal, disposal)
		}
	}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, g); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "a.gif")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFramesAreComposited(t *testing.T) {
	a, err := Load(writeGIF(t, 3, gif.DisposalNone))
	if err != nil || a == nil {
		t.Fatalf("load: %v %v", a, err)
	}
	if len(a.Frames) != 3 {
		t.Fatalf("%d frames", len(a.Frames))
	}
	// frame 1 patches the right half green over red, frame 2 the left half blue
	if c := a.Frames[1].RGBAAt(30, 10); c.G != 255 || c.R != 0 {
		t.Errorf("frame 1 right %v, want green", c)
	}
	if c := a.Frames[1].RGBAAt(5, 10); c.R != 255 {
		t.Errorf("frame 1 left %v, want the red underneath", c)
	}
	if c, d := a.Frames[2].RGBAAt(5, 10), a.Frames[2].RGBAAt(30, 10); c.B != 255 || d.G != 255 {
		t.Errorf("frame 2 %v %v, want blue left and green kept right", c, d)
	}
	if a.Delays[0] != 50*time.Millisecond || a.Delays[1] != 100*time.Millisecond || a.Delays[2] != 150*time.Millisecond {
		t.Errorf("delays %v", a.Delays)
	}
}

func TestDisposalPreviousRestores(t *testing.T) {
	a, err := Load(writeGIF(t, 3, gif.DisposalPrevious))
	if err != nil || a == nil {
		t.Fatal(err)
	}
	// frame 1's green patch is undone before frame 2 draws
	if c := a.Frames[2].RGBAAt(30, 10); c.R != 255 {
		t.Errorf("frame 2 right %v, want red restored", c)
	}
}

func TestStillAndHugeGIFsDoNotAnimate(t *testing.T) {
	if a, err := Load(writeGIF(t, 1, 0)); a != nil || err != nil {
		t.Errorf("a one-frame GIF: %v %v", a, err)
	}
	old := maxPixelsForTest(40 * 20 * 2)
	defer maxPixelsForTest(old)
	if a, _ := decodeFile(t, writeGIF(t, 3, 0)); a != nil {
		t.Error("a GIF over the budget animates")
	}
}

func TestFrameAtLoops(t *testing.T) {
	a := &Animation{Delays: []time.Duration{100 * time.Millisecond, 200 * time.Millisecond}}
	for at, want := range map[time.Duration]int{0: 0, 99 * time.Millisecond: 0, 100 * time.Millisecond: 1, 299 * time.Millisecond: 1, 300 * time.Millisecond: 0, 450 * time.Millisecond: 1} {
		if got := a.FrameAt(at); got != want {
			t.Errorf("FrameAt(%v) = %d, want %d", at, got, want)
		}
	}
}

func decodeFile(t *testing.T, p string) (*Animation, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return decode(data)
}
