package pdf

import (
	"os"
	"sync"
	"time"
)

// What Load reads is sometimes read again at once by the same process:
// `lectern export` copies pages from the pdfcpu structure Load read for the
// page labels, and reads the titles of the parts' first slides with a
// MuPDF document like Load's. A handoff passes such a value from Load to
// one later reader of the same, unchanged file, within keepFor only, so a
// presenter that never asks does not hold it past its start-up.

// keepFor is how long a kept value waits to be taken.
var keepFor = time.Second

// handoff holds at most one value read from a file.
type handoff[T any] struct {
	mu   sync.Mutex
	gen  int // which keep: an older one's timer leaves a newer value
	path string
	info os.FileInfo // the file when the value was read from it
	v    T
	held bool
	drop func(T) // lets go of a value nobody took (nil: nothing to do)
}

// keep offers v, read from path when the file was as info says, to one
// take within keepFor; a value kept before and not taken is dropped.
func (h *handoff[T]) keep(path string, info os.FileInfo, v T) {
	h.mu.Lock()
	old, had := h.v, h.held
	h.gen++
	h.path, h.info, h.v, h.held = path, info, v, true
	gen := h.gen
	h.mu.Unlock()
	if had {
		h.let(old)
	}
	time.AfterFunc(keepFor, func() {
		h.mu.Lock()
		v, mine := h.v, h.held && h.gen == gen
		if mine {
			h.clear()
		}
		h.mu.Unlock()
		if mine {
			h.let(v)
		}
	})
}

// take returns the kept value when it was read from path and the file is
// still the same (same file, size and modification time); the caller then
// owns it. Any other kept value is dropped: it is asked for once.
func (h *handoff[T]) take(path string) (T, bool) {
	h.mu.Lock()
	p, info, v, held := h.path, h.info, h.v, h.held
	h.clear()
	h.mu.Unlock()
	var zero T
	if !held {
		return zero, false
	}
	now, err := os.Stat(path)
	if p != path || err != nil || !os.SameFile(now, info) || now.Size() != info.Size() || !now.ModTime().Equal(info.ModTime()) {
		h.let(v)
		return zero, false
	}
	return v, true
}

func (h *handoff[T]) clear() {
	var zero T
	h.path, h.info, h.v, h.held = "", nil, zero, false
}

func (h *handoff[T]) let(v T) {
	if h.drop != nil {
		h.drop(v)
	}
}
