package export

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sync"
)

// fileHashes are the sizes and SHA-256 sums of files computed while they
// were written, by path, so parts.json need not read them back.
type fileHashes struct {
	mu sync.Mutex
	m  map[string]WrittenFile
}

func (f *fileHashes) add(path string, w WrittenFile) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[string]WrittenFile{}
	}
	f.m[path] = w
}

// get is the recorded hash of path; a nil f knows none.
func (f *fileHashes) get(path string) (WrittenFile, bool) {
	if f == nil {
		return WrittenFile{}, false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	w, ok := f.m[path]
	return w, ok
}

// hashWriter counts and hashes what is written through it.
type hashWriter struct {
	h hash.Hash
	n int64
}

func newHashWriter() *hashWriter { return &hashWriter{h: sha256.New()} }

func (w *hashWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return w.h.Write(p)
}

func (w *hashWriter) sum() WrittenFile {
	return WrittenFile{Size: w.n, SHA256: hex.EncodeToString(w.h.Sum(nil))}
}
