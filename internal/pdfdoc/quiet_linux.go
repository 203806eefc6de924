package pdfdoc

import (
	"os"
	"sync"
	"syscall"
)

// MuPDF prints its repair warnings ("trying to repair broken xref", …) to
// the process's stderr from C, past Go's os.Stderr, and go-fitz gives no
// way to install a warning callback. The reader already turns what matters
// into problems and errors that name the file, so while MuPDF runs, fd 2
// points at /dev/null. LECTERN_DEBUG keeps MuPDF's own messages.
var (
	quietMu   sync.Mutex
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
	quietMu.Lock()
	defer quietMu.Unlock()
	saved, err := syscall.Dup(2)
	if err != nil {
		return fn()
	}
	defer syscall.Close(saved)
	if syscall.Dup3(int(devNull.Fd()), 2, 0) != nil {
		return fn()
	}
	defer syscall.Dup3(saved, 2, 0)
	return fn()
}
