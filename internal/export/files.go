package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/lectern-app/lectern/internal/atomicfile"
)

// maxCopyBytes caps one copied image: a deck naming a huge or endless file
// must not fill the disk.
const maxCopyBytes = 512 << 20

// writeFileAtomic writes data to path with the one atomic write: a new file
// gets the mode the umask allows, as every file the user makes.
func writeFileAtomic(path string, data []byte) error {
	return atomicfile.WriteFile(path, data)
}

// copyFile copies the regular file src to dst, reading src only. dst must not
// exist: two images never silently land on one name.
func copyFile(src, dst string) error {
	if _, err := os.Lstat(dst); err == nil {
		return fmt.Errorf("copy %s to %s: %w", src, dst, fs.ErrExist)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("copy %s to %s: %w", src, dst, err)
	}
	return atomicfile.CopyFile(src, dst, maxCopyBytes)
}
