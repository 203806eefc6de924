package export

import "sync"

// background writes finished parts' files while the next part is cut: on
// two cores the cut of one part and the writing of the one before overlap.
// At most two writes wait at a time, so a deck of many parts does not hold
// every part's document in memory.
type background struct {
	wg    sync.WaitGroup
	slots chan struct{}
	mu    sync.Mutex
	err   error
}

func newBackground() *background {
	return &background{slots: make(chan struct{}, 2)}
}

// Go runs f in the background once a slot is free; its error, if first,
// is what Wait returns.
func (b *background) Go(f func() error) {
	b.slots <- struct{}{}
	b.wg.Add(1)
	go func() {
		defer func() {
			<-b.slots
			b.wg.Done()
		}()
		if err := f(); err != nil {
			b.mu.Lock()
			if b.err == nil {
				b.err = err
			}
			b.mu.Unlock()
		}
	}()
}

// Wait waits for every write and returns the first error.
func (b *background) Wait() error {
	b.wg.Wait()
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}
