package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWriteFileFollowsUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	p := filepath.Join(t.TempDir(), "a.json")
	if err := WriteFile(p, []byte("x")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != 0o640 {
		t.Fatalf("mode %o, want 640 under umask 027", got)
	}
}

func TestWriteModeKeepsExactMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a")
	if err := WriteMode(p, 0o600, func(w io.Writer) error { _, err := w.Write([]byte("x")); return err }); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %o, want 600", st.Mode().Perm())
	}
}

func TestFailedWriteKeepsOldFileAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	err := Write(p, DefaultPerm, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("want an error")
	}
	b, _ := os.ReadFile(p)
	if string(b) != "old" {
		t.Fatalf("old file changed to %q", b)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("left %d entries, want only the file", len(ents))
	}
}

func TestCopyFileRefusesDevicesAndCapsSize(t *testing.T) {
	dir := t.TempDir()
	if err := CopyFile("/dev/zero", filepath.Join(dir, "z"), 1<<20); err == nil {
		t.Fatal("copied a device")
	}
	src := filepath.Join(dir, "big")
	os.WriteFile(src, make([]byte, 100), 0o644)
	if err := CopyFile(src, filepath.Join(dir, "c"), 10); err == nil {
		t.Fatal("copied past the cap")
	}
	if _, err := os.Stat(filepath.Join(dir, "c")); err == nil {
		t.Fatal("a capped copy left a file")
	}
	if err := CopyFile(src, filepath.Join(dir, "d"), 0); err != nil {
		t.Fatal(err)
	}
}

func TestCopyFileRefusesAFIFOWithoutWaiting(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := CopyFile(fifo, filepath.Join(dir, "c"), 0); err == nil {
		t.Fatal("copied a FIFO")
	}
}
