package session

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// recorder is a fake disk: it keeps every write.
type recorder struct {
	mu     sync.Mutex
	writes []Saved
	fail   error
}

func (r *recorder) write(_ string, s Saved) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return r.fail
	}
	r.writes = append(r.writes, s)
	return nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.writes)
}

func TestSaverCoalescesABurstAndWritesTheLastState(t *testing.T) {
	rec := &recorder{}
	sv := NewSaverWith(rec.write, 50*time.Millisecond)
	const burst = 200
	for i := 1; i <= burst; i++ {
		sv.Put("talk.md", Saved{Slide: i, Step: 1})
	}
	deadline := time.Now().Add(5 * time.Second)
	for rec.count() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := sv.Flush(); err != nil {
		t.Fatal(err)
	}
	n := rec.count()
	if n == 0 || n > 3 {
		t.Fatalf("%d changes in a burst made %d writes, want 1 to 3", burst, n)
	}
	if last := rec.writes[n-1]; last.Slide != burst {
		t.Fatalf("last write is slide %d, want the latest state, slide %d", last.Slide, burst)
	}
}

func TestSaverFlushWritesPendingStatesOfEveryDeck(t *testing.T) {
	rec := &recorder{}
	sv := NewSaverWith(rec.write, time.Hour) // only Flush writes
	sv.Put("a.md", Saved{Slide: 2, Step: 1})
	sv.Put("b.md", Saved{Slide: 5, Step: 1})
	sv.Put("a.md", Saved{Slide: 3, Step: 1})
	if rec.count() != 0 {
		t.Fatal("Put wrote at once")
	}
	if err := sv.Flush(); err != nil {
		t.Fatal(err)
	}
	got := map[int]bool{}
	for _, w := range rec.writes {
		got[w.Slide] = true
	}
	if len(rec.writes) != 2 || !got[3] || !got[5] {
		t.Fatalf("flush wrote %+v, want a.md at 3 and b.md at 5", rec.writes)
	}
	if err := sv.Flush(); err != nil || rec.count() != 2 {
		t.Fatalf("a second flush with nothing pending wrote again (%d writes, %v)", rec.count(), err)
	}
}

func TestSaverReportsAFailingStreakOnce(t *testing.T) {
	rec := &recorder{fail: errors.New("disk full")}
	sv := NewSaverWith(rec.write, time.Hour)
	for i := 0; i < 3; i++ {
		sv.Put("a.md", Saved{Slide: i + 1, Step: 1})
		if err := sv.Flush(); err == nil {
			t.Fatal("flush hid the write error")
		}
	}
	if err := sv.TakeError(); err == nil || err.Error() != "disk full" {
		t.Fatalf("TakeError = %v, want disk full", err)
	}
	if err := sv.TakeError(); err != nil {
		t.Fatalf("the same streak was reported twice: %v", err)
	}
	rec.fail = nil
	sv.Put("a.md", Saved{Slide: 9, Step: 1})
	sv.Flush()
	rec.fail = errors.New("disk gone")
	sv.Put("a.md", Saved{Slide: 10, Step: 1})
	sv.Flush()
	if err := sv.TakeError(); err == nil || err.Error() != "disk gone" {
		t.Fatalf("a new streak after a good write: TakeError = %v", err)
	}
}

func TestSaverLoadSeesAPendingState(t *testing.T) {
	t.Setenv(EnvDir, t.TempDir())
	deck := t.TempDir() + "/talk.md"
	sv := NewSaverWith(Save, time.Hour)
	sv.Put(deck, Saved{Slide: 4, Step: 2})
	s, ok, err := sv.Load(deck)
	if err != nil || !ok || s.Slide != 4 || s.Step != 2 {
		t.Fatalf("Load = %+v %v %v, want the pending slide 4 step 2", s, ok, err)
	}
}
