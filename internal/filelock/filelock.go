// Package filelock keeps two Lectern processes from writing one output at
// once: an exclusive lock on a lock file beside it, taken without waiting
// and removed when released. The kernel drops the lock when a process dies,
// so a killed export never leaves a stale one.
package filelock

import (
	"errors"
	"fmt"
	"os"
)

// ErrBusy says another process holds the lock.
var ErrBusy = errors.New("busy")

// Lock is a held lock file.
type Lock struct {
	path string
	f    *os.File
}

// Take locks the file at path (creating it) without waiting: ErrBusy when
// another process holds it. A lock taken on a file its previous holder
// removed meanwhile is taken again on the new file.
func Take(path string) (*Lock, error) {
	for range 10 {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, err
		}
		if err := tryLock(f); err != nil {
			f.Close()
			return nil, err
		}
		// Still the file at path? Else its holder removed it on release.
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			fmt.Fprintf(f, "%d\n", os.Getpid())
			return &Lock{path: path, f: f}, nil
		}
		f.Close()
	}
	return nil, ErrBusy
}

// Release removes the lock file, then unlocks it; a nil Lock is a no-op.
func (l *Lock) Release() {
	if l == nil {
		return
	}
	os.Remove(l.path)
	l.f.Close()
}
