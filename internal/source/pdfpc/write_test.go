package pdfpc

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A new .pdfpc gets the mode the user's umask allows, like any file they make.
func TestWriteNewFileFollowsUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "talk.pdfpc")
	if err := Write(path, &File{Pages: []Page{{Label: "1"}}}); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != 0o640 {
		t.Fatalf("mode %o, want 640 under umask 027", got)
	}
}
