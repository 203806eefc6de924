package pdf

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"
)

// A handoff gives its value to one take of the same unchanged file and
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
	h := &handoff[int]{drop: func(v int) { mu.Lock(); dropped = append(dropped, v); mu.Unlock() }}

	h.keep(a, info(a), 1)
	if v, ok := h.take(a); !ok || v != 1 {
		t.Errorf("take = %d, %v; want 1", v, ok)
	}
	if _, ok := h.take(a); ok {
		t.Error("a value was taken twice")
	}
	h.keep(a, info(a), 2)
	h.keep(a, info(a), 3) // 2 is replaced
	if _, ok := h.take(b); ok {
		t.Error("the value of a.pdf was given for b.pdf")
	}
	h.keep(a, info(a), 4)
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(a, later, later); err != nil {
		t.Fatal(err)
	}
	if _, ok := h.take(a); ok {
		t.Error("a value was given after its file changed")
	}
	old := keepFor
	keepFor = 10 * time.Millisecond
	h.keep(a, info(a), 5)
	keepFor = old
	time.Sleep(150 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if want := []int{2, 3, 4, 5}; !reflect.DeepEqual(dropped, want) {
		t.Errorf("dropped %v, want %v", dropped, want)
	}
}

// LateTitlesOf right after Load reads from Load's document, and reads the
// same titles as from a document of its own.
func TestLateTitlesTakeLoadsDocument(t *testing.T) {
	p := copyDeck(t, "deck200.pdf", "")
	d, err := Load(p, Options{TextTitles: 1})
	if err != nil {
		t.Fatal(err)
	}
	documents.mu.Lock()
	held := documents.held
	documents.mu.Unlock()
	if !held {
		t.Fatal("Load kept no document")
	}
	slides := []int{68, 135}
	taken, err := LateTitlesOf(d, slides)
	if err != nil {
		t.Fatal(err)
	}
	documents.mu.Lock()
	held = documents.held
	documents.mu.Unlock()
	if held {
		t.Error("LateTitlesOf did not take Load's document")
	}
	fresh, err := LateTitlesOf(d, slides)
	if err != nil {
		t.Fatal(err)
	}
	if taken[67] == "" || !reflect.DeepEqual(taken, fresh) {
		t.Errorf("titles from Load's document %q…, from a new one %q…", taken[67], fresh[67])
	}
}
