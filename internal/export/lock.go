package export

import (
	"fmt"
)

// lockName is the lock file in an output folder while an export writes it
// (internal/filelock).
const lockName = ".lectern-export.lock"

// busyError is the message when two exports aim at one folder.
func busyError(dir string) error {
	return fmt.Errorf("%s is busy: another export is writing to it; wait for it to finish or choose another folder", dir)
}
