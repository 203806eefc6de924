// Package atomicfile is the one way Lectern writes a file: a temporary file
// in the same folder, synced, renamed over the target, and the folder synced,
// so a crash or a full disk leaves either the old file or the new one, never
// half of either. New files get the mode the user's umask allows.
package atomicfile

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// DefaultPerm is the mode asked for before the umask: 0644 under the usual 022.
const DefaultPerm fs.FileMode = 0o666

// WriteFile writes data to path atomically with DefaultPerm less the umask.
func WriteFile(path string, data []byte) error {
	return Write(path, DefaultPerm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write writes path atomically from fill. The file is created with perm less
// the umask (the kernel applies it, as for any file the user makes).
func Write(path string, perm fs.FileMode, fill func(io.Writer) error) error {
	return write(path, perm, false, fill)
}

// WriteMode is Write keeping exactly mode, whatever the umask: for rewriting
// a file the user owns with the mode they gave it.
func WriteMode(path string, mode fs.FileMode, fill func(io.Writer) error) error {
	return write(path, mode, true, fill)
}

func write(path string, perm fs.FileMode, exact bool, fill func(io.Writer) error) error {
	dir := filepath.Dir(path)
	f, tmp, err := createTemp(dir, filepath.Base(path), perm)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := fill(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if exact {
		if err := f.Chmod(perm); err != nil {
			return fail(err)
		}
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	SyncDir(dir)
	return nil
}

// createTemp makes a new file beside the target with O_EXCL, so the umask
// applies to perm as it does to any file the user creates (os.CreateTemp
// would fix 0600).
func createTemp(dir, base string, perm fs.FileMode) (*os.File, string, error) {
	for range 100 {
		var b [6]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, "", err
		}
		name := filepath.Join(dir, "."+base+".tmp-"+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", errors.New("no free temporary name")
}

// SyncDir makes renames in dir durable where the system allows it (not all
// do; an error here changes nothing the caller can act on).
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// CopyFile copies the regular file src to dst atomically (dst may exist and
// is replaced), reading at most max bytes of src (max ≤ 0: no limit).
func CopyFile(src, dst string, max int64) error {
	// Stat first: opening a FIFO would wait for a writer forever.
	if st, err := os.Stat(src); err != nil {
		return fmt.Errorf("copy %s: %w", src, err)
	} else if !st.Mode().IsRegular() {
		return fmt.Errorf("copy %s: not a regular file", src)
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("copy %s: %w", src, err)
	}
	defer in.Close()
	if st, err := in.Stat(); err != nil || !st.Mode().IsRegular() {
		return fmt.Errorf("copy %s: not a regular file", src)
	}
	return Write(dst, DefaultPerm, func(w io.Writer) error {
		r := io.Reader(in)
		if max > 0 {
			r = io.LimitReader(in, max+1)
		}
		n, err := io.Copy(w, r)
		if err == nil && max > 0 && n > max {
			err = fmt.Errorf("%s is larger than %d bytes", src, max)
		}
		return err
	})
}
