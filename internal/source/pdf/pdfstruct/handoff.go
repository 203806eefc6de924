package pdfstruct

import (
	"os"
	"sync"
	"time"
)

// What Load reads is sometimes read again at once by the same process:
// `lectern export` copies pages from the pdfcpu structure Load read for the
// page labels, and reads the titles of the parts' first slides with a
// MuPDF document like Load's. A Handoff passes such a value from Load to
// one later reader of the same, unchanged file, within KeepFor only, so a
// presenter that never asks does not hold it past its start-up.

// KeepFor is how long a kept value waits to be taken.
var KeepFor = time.Second

// Handoff holds at most one value read from a file. The zero value is
// ready; Drop, when set, lets go of a value nobody took (closes it).
type Handoff[T any] struct {
	Drop func(T)

	mu   sync.Mutex
	gen  int // which Keep: an older one's timer leaves a newer value
	path string
	info os.FileInfo // the file when the value was read from it
	v    T
	held bool
}

// Keep offers v, read from path when the file was as info says, to one
// Take within KeepFor; a value kept before and not taken is dropped.
func (h *Handoff[T]) Keep(path string, info os.FileInfo, v T) {
	h.mu.Lock()
	old, had := h.v, h.held
	h.gen++
	h.path, h.info, h.v, h.held = path, info, v, true
	gen := h.gen
	h.mu.Unlock()
	if had {
		h.let(old)
	}
	time.AfterFunc(KeepFor, func() {
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

// Take returns the kept value when it was read from path and the file is
// still the same (same file, size and modification time); the caller then
// owns it. Any other kept value is dropped: it is asked for once.
func (h *Handoff[T]) Take(path string) (T, bool) {
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

// Held tells whether a value waits to be taken.
func (h *Handoff[T]) Held() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.held
}

func (h *Handoff[T]) clear() {
	var zero T
	h.path, h.info, h.v, h.held = "", nil, zero, false
}

func (h *Handoff[T]) let(v T) {
	if h.Drop != nil {
		h.Drop(v)
	}
}
