package export

import (
	"errors"
	"github.com/lectern-app/lectern/internal/export/exporttest"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Every file of an exported part, the PDFs included, gets the mode the umask
// allows: 0644 under 022 (slides.pdf used to be 0600).
func TestExportedFilesFollowUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	d := exporttest.Load(t, "talk.md")
	plan, err := Plan(d, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := Export(d, plan, Options{Dir: dir, Handout: true, Drawer: fakeDrawer{}}); err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		st, err := e.Info()
		if err != nil {
			return err
		}
		n++
		if got := st.Mode().Perm(); got != 0o644 {
			t.Errorf("%s: mode %o, want 644", path, got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("only %d files exported", n)
	}
}

// copyFile never replaces a file already at its target.
func TestCopyFileRefusesAnExistingTarget(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "a.png"), filepath.Join(dir, "b.png")
	os.WriteFile(src, []byte("new"), 0o644)
	os.WriteFile(dst, []byte("old"), 0o644)
	if err := copyFile(src, dst); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("error = %v, want it to say the target exists", err)
	}
	if b, _ := os.ReadFile(dst); string(b) != "old" {
		t.Fatalf("target became %q", b)
	}
	if err := copyFile(src, filepath.Join(dir, "c.png")); err != nil {
		t.Fatal(err)
	}
}
