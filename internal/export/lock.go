package export

import (
	"errors"
	"fmt"
	"os"
)

// lockName is the lock file in an output folder while an export writes it.
const lockName = ".lectern-export.lock"

// errBusy says another export holds the lock.
var errBusy = errors.New("busy")

// busyError is the message when two exports aim at one folder.
func busyError(dir string) error {
	return fmt.Errorf("%s is busy: another export is writing to it; wait for it to finish or choose another folder", dir)
}

// folderLock is an exclusive lock on a lock file, removed when released.
type folderLock struct {
	path string
	f    *os.File
}

// lockFile takes the lock at path without waiting: errBusy when another
// process holds it. The file is removed on release; a lock taken on a file
// another export removed meanwhile is taken again on the new file.
func lockFile(path string) (*folderLock, error) {
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
			return &folderLock{path: path, f: f}, nil
		}
		f.Close()
	}
	return nil, errBusy
}

// release removes the lock file, then unlocks it.
func (l *folderLock) release() {
	if l == nil {
		return
	}
	os.Remove(l.path)
	l.f.Close()
}
