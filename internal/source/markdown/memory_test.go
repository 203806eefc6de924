package markdown

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// bigDeck repeats the benchmark deck's slides until it is at least size bytes.
func bigDeck(size int) []byte {
	unit := benchDeck(1000)
	out := make([]byte, 0, size+len(unit))
	for len(out) < size {
		out = append(out, unit...)
		out = append(out, "\n---\n\n"...)
	}
	return out
}

const heapObjects = "/memory/classes/heap/objects:bytes"

// peakHeapDuring samples the bytes held by heap objects (live and not yet
// collected) every millisecond while f runs, and returns the highest sample
// over the level before f began.
func peakHeapDuring(f func()) uint64 {
	sample := []metrics.Sample{{Name: heapObjects}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	runtime.GC()
	base := read()
	done := make(chan struct{})
	peakC := make(chan uint64)
	go func() {
		peak := base
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				peakC <- max(peak, read()) - base
				return
			case <-tick.C:
				peak = max(peak, read())
			}
		}
	}()
	f()
	close(done)
	return <-peakC
}

// TestParseMemoryIsBounded: a 20 MB deck is read with less than 10× its
// size in heap, deck included. Before decks were parsed a chunk at a time,
// goldmark's tree of the whole file took ~40× (a 50 MB deck: 1.7 GB).
func TestParseMemoryIsBounded(t *testing.T) {
	src := bigDeck(20 << 20)
	var keep any
	peak := peakHeapDuring(func() {
		d, err := Parse("big.md", src)
		if err != nil {
			t.Fatal(err)
		}
		keep = d
	})
	runtime.KeepAlive(keep)
	ratio := float64(peak) / float64(len(src))
	t.Logf("%d MB deck: peak heap %d MB, %.1f× the file", len(src)>>20, peak>>20, ratio)
	if ratio >= 10 {
		t.Fatalf("peak heap %.1f× the file, want under 10×", ratio)
	}
}

// BenchmarkParseBig reports the peak heap per byte of a 20 MB deck.
func BenchmarkParseBig(b *testing.B) {
	src := bigDeck(20 << 20)
	b.SetBytes(int64(len(src)))
	var worst uint64
	for b.Loop() {
		worst = max(worst, peakHeapDuring(func() {
			if _, err := Parse("big.md", src); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(float64(worst)/float64(len(src)), "peak-heap-B/B")
}
