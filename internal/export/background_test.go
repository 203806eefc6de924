package export

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

// Background writes: Wait waits for all of them, returns the first error,
// and no more than two run at once.
func TestBackgroundWrites(t *testing.T) {
	b := newBackground()
	var running, most, done atomic.Int32
	first := errors.New("first")
	for i := 0; i < 6; i++ {
		b.Go(func() error {
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			running.Add(-1)
			done.Add(1)
			if i == 1 {
				return first
			}
			if i == 4 {
				return errors.New("later")
			}
			return nil
		})
	}
	if err := b.Wait(); err != first {
		t.Errorf("Wait = %v, want the first error", err)
	}
	if done.Load() != 6 {
		t.Errorf("Wait returned with %d of 6 writes done", done.Load())
	}
	if m := most.Load(); m > 2 || m < 1 {
		t.Errorf("%d writes ran at once, want at most 2", m)
	}
}
