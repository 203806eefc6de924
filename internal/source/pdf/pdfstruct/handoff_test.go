package pdfstruct

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"
)

// A Handoff gives its value to one Take of the same unchanged file and
// drops (closes) every value nobody gets: replaced, expired, or asked for
// under another name or after the file changed.
func TestHandoffDropsWhatNobodyTakes(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte("%PDF-1.4"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	info := func(p string) os.FileInfo {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	var mu sync.Mutex
	var dropped []int
	h := &Handoff[int]{Drop: func(v int) { mu.Lock(); dropped = append(dropped, v); mu.Unlock() }}

	h.Keep(a, info(a), 1)
	if v, ok := h.Take(a); !ok || v != 1 {
		t.Errorf("Take = %d, %v; want 1", v, ok)
	}
	if _, ok := h.Take(a); ok {
		t.Error("a value was taken twice")
	}
	h.Keep(a, info(a), 2)
	h.Keep(a, info(a), 3) // 2 is replaced
	if _, ok := h.Take(b); ok {
		t.Error("the value of a.pdf was given for b.pdf")
	}
	h.Keep(a, info(a), 4)
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(a, later, later); err != nil {
		t.Fatal(err)
	}
	if _, ok := h.Take(a); ok {
		t.Error("a value was given after its file changed")
	}
	old := KeepFor
	KeepFor = 10 * time.Millisecond
	h.Keep(a, info(a), 5)
	KeepFor = old
	time.Sleep(150 * time.Millisecond)
	if h.Held() {
		t.Error("a value is still held after KeepFor")
	}
	mu.Lock()
	defer mu.Unlock()
	if want := []int{2, 3, 4, 5}; !reflect.DeepEqual(dropped, want) {
		t.Errorf("dropped %v, want %v", dropped, want)
	}
}

// Read reads a deck's structure; a file that is not a PDF is an error.
func TestRead(t *testing.T) {
	ctx, st, err := Read("../../../../testdata/pdf/beamer.pdf")
	if err != nil || st == nil {
		t.Fatal(err)
	}
	if err := ctx.EnsurePageCount(); err != nil || ctx.PageCount != 10 {
		t.Errorf("beamer.pdf: %d pages (%v), want 10", ctx.PageCount, err)
	}
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, []byte("%PDF-1.4\nnot a pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Read(p); err == nil {
		t.Error("a broken file read without an error")
	}
}
