package slidepix

import (
	"image"
	"sync"
	"testing"
	"time"
)

// counter renders blank 16:9 images and counts renders per (key, width);
// a key in block waits for its channel before returning.
type counter struct {
	mu    sync.Mutex
	n     map[[2]int]int
	block map[int]chan struct{}
}

func newCounter() *counter { return &counter{n: map[[2]int]int{}, block: map[int]chan struct{}{}} }

func (c *counter) render(k, width int) (*image.RGBA, error) {
	c.mu.Lock()
	c.n[[2]int{k, width}]++
	wait := c.block[k]
	c.mu.Unlock()
	if wait != nil {
		<-wait
	}
	return image.NewRGBA(image.Rect(0, 0, width, width*9/16)), nil
}

func (c *counter) count(k, width int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[[2]int{k, width}]
}

func waitReady(t *testing.T, ready chan [2]int, want [2]int) {
	t.Helper()
	select {
	case got := <-ready:
		if got != want {
			t.Fatalf("prepared %v, want %v", got, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("%v never prepared", want)
	}
}

func TestGetWaitsForTheWorkerInsteadOfDrawingTwice(t *testing.T) {
	r := newCounter()
	gate := make(chan struct{})
	r.block[7] = gate
	c := New(r.render, 0)
	defer c.Close()
	c.Prepare(640, 7)
	deadline := time.Now().Add(5 * time.Second)
	for r.count(7, 640) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("worker never started slide 7")
		}
		time.Sleep(time.Millisecond)
	}
	got := make(chan error, 1)
	go func() { _, err := c.Get(7, 640); got <- err }()
	time.Sleep(20 * time.Millisecond) // Get is now waiting on the worker's render
	close(gate)
	if err := <-got; err != nil {
		t.Fatal(err)
	}
	if n := r.count(7, 640); n != 1 {
		t.Fatalf("slide 7 drawn %d times, want once", n)
	}
}

func TestPrepareKeepsOtherWidthsQueued(t *testing.T) {
	r := newCounter()
	gate := make(chan struct{})
	r.block[1] = gate
	c := New(r.render, 0)
	defer c.Close()
	ready := make(chan [2]int, 8)
	c.OnReady(func(k, w int) { ready <- [2]int{k, w} })
	c.Prepare(100, 1) // holds the worker until gate opens
	for r.count(1, 100) == 0 {
		time.Sleep(time.Millisecond)
	}
	c.Prepare(1920, 2, 3) // the audience window
	c.Prepare(800, 4)     // the presenter: must not drop the audience's
	c.Prepare(800, 5)     // the presenter again: replaces its own request
	close(gate)
	for _, want := range [][2]int{{1, 100}, {5, 800}, {2, 1920}, {3, 1920}} {
		waitReady(t, ready, want)
	}
	if r.count(4, 800) != 0 {
		t.Fatal("a superseded request at the same width was still drawn")
	}
}

func TestAdaptiveBudgetKeepsTheWorkingSet(t *testing.T) {
	r := newCounter()
	c := New(r.render, 0)
	defer c.Close()
	for k := 1; k <= WorkingSet+3; k++ {
		if _, err := c.Get(k, 1920); err != nil {
			t.Fatal(err)
		}
	}
	if c.Len() != WorkingSet {
		t.Fatalf("cache holds %d 1080p images, want the working set of %d", c.Len(), WorkingSet)
	}
	if _, ok := c.Cached(WorkingSet+3, 1920); !ok {
		t.Fatal("latest image evicted")
	}
	if _, ok := c.Cached(1, 1920); ok {
		t.Fatal("oldest image kept beyond the working set")
	}
}

// TestPreparedSlidesSurviveTheBudget: two windows going back and forth
// between two slides ask for more than the budget holds; what they asked
// for last is kept, so nothing is drawn twice (it was, 40 times per 200
// presses, when plain LRU evicted the prepared pages).
func TestPreparedSlidesSurviveTheBudget(t *testing.T) {
	r := newCounter()
	one := 1920 * 1080 * 4
	c := New(r.render, 3*one)
	defer c.Close()
	for i := range 20 {
		cur, other := 5+i%2, 6-i%2
		for _, w := range []int{1920, 1600} {
			if _, err := c.Get(cur, w); err != nil {
				t.Fatal(err)
			}
			c.Prepare(w, cur, other, cur+1, cur-1)
		}
		deadline := time.Now().Add(5 * time.Second)
		for _, w := range []int{1920, 1600} {
			for _, k := range []int{cur, other, cur + 1, cur - 1} {
				for {
					if _, ok := c.Cached(k, w); ok {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("press %d: slide %d at %d px never prepared", i, k, w)
					}
					time.Sleep(time.Millisecond)
				}
			}
		}
	}
	for _, w := range []int{1920, 1600} {
		for k := 4; k <= 7; k++ {
			if n := r.count(k, w); n != 1 {
				t.Errorf("slide %d at %d px drawn %d times, want once", k, w, n)
			}
		}
	}
}

// TestResizeLeavesNoQueueBehind: a window dragged through many widths asks
// at each; only the last few widths' requests are still drawn.
func TestResizeLeavesNoQueueBehind(t *testing.T) {
	r := newCounter()
	gate := make(chan struct{})
	r.block[1] = gate
	c := New(r.render, 0)
	defer c.Close()
	c.Prepare(10, 1) // holds the worker until gate opens
	for r.count(1, 10) == 0 {
		time.Sleep(time.Millisecond)
	}
	for w := 100; w < 200; w++ {
		c.Prepare(w, 2, 3)
	}
	close(gate)
	deadline := time.Now().Add(5 * time.Second)
	for !c.idle() {
		if time.Now().After(deadline) {
			t.Fatal("the worker never finished its queue")
		}
		time.Sleep(time.Millisecond)
	}
	if _, ok := c.Cached(3, 199); !ok {
		t.Fatal("the last width's request was never drawn")
	}
	drawn := 0
	for w := 100; w < 200; w++ {
		drawn += r.count(2, w)
	}
	if drawn > maxWanted {
		t.Fatalf("slide 2 drawn at %d widths, want at most the %d recent ones", drawn, maxWanted)
	}
}

// idle tells whether the worker has nothing queued or under way.
func (c *Cache[K]) idle() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.queue) == 0 && len(c.inFlight) == 0
}
