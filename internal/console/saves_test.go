package console

import (
	"sync"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/session"
)

// TestABurstOfCommandsIsSavedCoalesced: with the real session.Saver, a
// speaker clicking through 30 steps makes a write or two, not 30, and the
// last write is where the talk is.
func TestABurstOfCommandsIsSavedCoalesced(t *testing.T) {
	var mu sync.Mutex
	var writes []session.Saved
	saver := session.NewSaverWith(func(_ string, s session.Saved) error {
		mu.Lock()
		defer mu.Unlock()
		writes = append(writes, s)
		return nil
	}, 200*time.Millisecond)
	steps := make([]int, 40)
	for i := range steps {
		steps[i] = 1
	}
	r := &rig{t: t, now: start, fs: fakeFS{"long.md": {title: "Long", steps: steps}}, store: &fakeStore{}}
	d := r.deps()
	d.Sessions = saver
	c, err := New(Config{}, d, "long.md")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 30; i++ {
		c.Key("Right")
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(writes) == 0 || len(writes) > 3 {
		t.Fatalf("30 commands made %d writes, want 1 to 3", len(writes))
	}
	if last := writes[len(writes)-1]; last.Slide != 31 {
		t.Fatalf("the last write is slide %d, want 31", last.Slide)
	}
}
