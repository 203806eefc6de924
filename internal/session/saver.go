package session

import (
	"sync"
	"time"
)

// SaveDelay is how long the Saver waits after a change before it writes:
// a speaker clicking through steps makes a burst of changes, and one write
// with fsync per burst is enough (at most four writes a second per deck).
const SaveDelay = 250 * time.Millisecond

// Saver saves sessions off the caller's goroutine, coalesced: Put returns at
// once, and the latest state of each deck is written after a short delay.
// Flush writes what is pending synchronously (on quit). A failed write is
// kept for TakeError, once per failing streak, so the speaker hears of it
// once rather than on every click.
type Saver struct {
	write func(deckPath string, s Saved) error
	delay time.Duration

	mu      sync.Mutex
	pending map[string]Saved // latest state per deck, not yet written
	timer   *time.Timer
	failing bool  // the last write failed
	unseen  error // the first error of the current failing streak, until taken

	writing sync.Mutex // one write at a time, in the order states were taken
}

// NewSaver returns a Saver writing with Save after SaveDelay.
func NewSaver() *Saver { return NewSaverWith(Save, SaveDelay) }

// NewSaverWith returns a Saver that writes with write after delay (tests).
func NewSaverWith(write func(deckPath string, s Saved) error, delay time.Duration) *Saver {
	return &Saver{write: write, delay: delay, pending: map[string]Saved{}}
}

// Load reads the saved session of a deck (see Load).
func (sv *Saver) Load(deckPath string) (Saved, bool, error) {
	sv.Flush() // a state still pending for this deck is the newest one
	return Load(deckPath)
}

// Put queues s as the latest state of the deck; it never blocks on the disk.
func (sv *Saver) Put(deckPath string, s Saved) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	sv.pending[deckPath] = s
	if sv.timer == nil {
		sv.timer = time.AfterFunc(sv.delay, func() { sv.Flush() })
	}
}

// Flush writes every pending state now and returns the first error.
func (sv *Saver) Flush() error {
	sv.writing.Lock()
	defer sv.writing.Unlock()
	sv.mu.Lock()
	batch := sv.pending
	sv.pending = map[string]Saved{}
	if sv.timer != nil {
		sv.timer.Stop()
		sv.timer = nil
	}
	sv.mu.Unlock()
	var first error
	for path, s := range batch {
		err := sv.write(path, s)
		sv.note(err)
		if first == nil {
			first = err
		}
	}
	return first
}

func (sv *Saver) note(err error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	switch {
	case err == nil:
		sv.failing = false
	case !sv.failing:
		sv.failing, sv.unseen = true, err
	}
}

// TakeError returns a save error not reported yet, and forgets it: each
// streak of failed writes is reported once.
func (sv *Saver) TakeError() error {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	err := sv.unseen
	sv.unseen = nil
	return err
}
