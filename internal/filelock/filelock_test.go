//go:build unix

package filelock

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestSecondTakeIsBusyUntilRelease(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".lock")
	a, err := Take(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Take(path); !errors.Is(err, ErrBusy) {
		t.Fatalf("second Take: %v, want ErrBusy", err)
	}
	a.Release()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("lock file left after release: %v", err)
	}
	b, err := Take(path)
	if err != nil {
		t.Fatalf("Take after release: %v", err)
	}
	b.Release()
	var none *Lock
	none.Release() // a nil lock releases nothing
}
