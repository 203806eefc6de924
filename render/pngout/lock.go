package pngout

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// errBusy says another image export of the same deck holds the folder.
var errBusy = errors.New("busy")

// folderLock keeps two image exports of one deck out of one folder (they
// would both rewrite its manifest); the lock file goes when released.
type folderLock struct {
	path string
	f    *os.File
}

// lockFolder takes the lock without waiting. A lock taken on a file the
// previous holder removed meanwhile is taken again on the new file.
func lockFolder(dir, base string) (*folderLock, error) {
	path := filepath.Join(dir, "."+base+".images.lock")
	for range 10 {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, fmt.Errorf("lock %s: %w", dir, err)
		}
		if err := tryLock(f); err != nil {
			f.Close()
			if errors.Is(err, errBusy) {
				return nil, fmt.Errorf("%s is busy: another image export of this deck is writing to it; wait for it to finish", dir)
			}
			return nil, fmt.Errorf("lock %s: %w", dir, err)
		}
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return &folderLock{path: path, f: f}, nil
		}
		f.Close()
	}
	return nil, fmt.Errorf("%s is busy: another image export of this deck is writing to it", dir)
}

func (l *folderLock) release() {
	os.Remove(l.path)
	l.f.Close()
}
