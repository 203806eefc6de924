package pdfdoc

import (
	"os"
	"sync"
	"syscall"
)

// MuPDF prints its repair warnings ("trying to repair broken xref", …) to
// the process's stderr from C, past Go's os.Stderr, and go-fitz gives no
// way to install a warning callback. The reader already turns what matters
// into problems and errors that name the file, so while any MuPDF call runs,
// fd 2 points at /dev/null. Calls on different documents still run in
// parallel: the first to start hushes fd 2, the last to end restores it.
// LECTERN_DEBUG keeps MuPDF's own messages.
var (
	quietMu   sync.Mutex
	quietN    int // MuPDF calls running
	savedFd   = -1
	devNull   *os.File
	quietOnce sync.Once
)

func quiet(fn func() error) error {
	quietOnce.Do(func() {
		if os.Getenv("LECTERN_DEBUG") == "" {
			devNull, _ = os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		}
	})
	if devNull == nil {
		return fn()
	}
	hush()
	defer unhush()
	return fn()
}

func hush() {
	quietMu.Lock()
	defer quietMu.Unlock()
	quietN++
	if quietN > 1 {
		return
	}
	fd, err := syscall.Dup(2)
	if err != nil {
		return // stderr stays as it is
	}
	if syscall.Dup3(int(devNull.Fd()), 2, 0) != nil {
		syscall.Close(fd)
		return
	}
	savedFd = fd
}

func unhush() {
	quietMu.Lock()
	defer quietMu.Unlock()
	if quietN == 0 {
		return
	}
	quietN--
	if quietN == 0 && savedFd >= 0 {
		syscall.Dup3(savedFd, 2, 0)
		syscall.Close(savedFd)
		savedFd = -1
	}
}
