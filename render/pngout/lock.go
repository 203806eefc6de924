package pngout

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/lectern-app/lectern/internal/filelock"
)

// lockFolder keeps two image exports of one deck out of one folder (they
// would both rewrite its manifest); the lock file goes when released.
func lockFolder(dir, base string) (*filelock.Lock, error) {
	l, err := filelock.Take(filepath.Join(dir, "."+base+".images.lock"))
	switch {
	case errors.Is(err, filelock.ErrBusy):
		return nil, fmt.Errorf("%s is busy: another image export of this deck is writing to it; wait for it to finish", dir)
	case err != nil:
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return l, nil
}
