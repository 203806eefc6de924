package console

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/source"
)

// spec describes a deck in the fake file system.
type spec struct {
	title    string
	duration time.Duration
	warn     time.Duration
	steps    []int          // steps per slide
	notes    map[int]string // notes by slide
	parts    []deck.PartStart
	meta     deck.Meta // pdfpc settings (Start, End, EndSlide, Saved) on top of the above
	broken   bool      // the file exists but is not a deck
	badDraw  bool      // the deck opens, but what draws it cannot be prepared
}

// fakeFS is the decks the fake opener can read, by path.
type fakeFS map[string]spec

func (fs fakeFS) open(path string, _ source.Options) (*deck.Deck, error) {
	s, ok := fs[path]
	if !ok {
		return nil, &source.Error{Path: path, Msg: "does not exist"}
	}
	if s.broken {
		return nil, &source.Error{Path: path, Msg: "is not a deck"}
	}
	m := s.meta
	m.Title, m.Duration, m.Warn = s.title, s.duration, s.warn
	d := &deck.Deck{Path: path, Format: deck.Markdown, Meta: m}
	for i, n := range s.steps {
		d.Slides = append(d.Slides, deck.Slide{Number: i + 1, Title: fmt.Sprintf("Slide %d", i+1), Steps: n, Notes: s.notes[i+1]})
	}
	d.BuildParts(s.parts)
	d.ComputeBudgets()
	return d, nil
}

// drawn is the fake render source: which deck it draws, and whether it was
// released.
type drawn struct {
	d        *deck.Deck
	released bool
}

// fakeStore is an in-memory session store counting writes.
type fakeStore struct {
	saved   map[string]session.Saved
	puts    int
	flushes int
	fail    error // every Put fails with it (reported once, like session.Saver)
	told    bool
}

func (s *fakeStore) Load(path string) (session.Saved, bool, error) {
	v, ok := s.saved[path]
	return v, ok, nil
}

func (s *fakeStore) Put(path string, v session.Saved) {
	s.puts++
	s.saved[path] = v
}

func (s *fakeStore) Flush() error { s.flushes++; return s.fail }

func (s *fakeStore) TakeError() error {
	if s.fail == nil || s.told {
		return nil
	}
	s.told = true
	return s.fail
}

// rig is a controller on fake time, a fake file system and a fake store.
type rig struct {
	t     *testing.T
	now   time.Time
	fs    fakeFS
	store *fakeStore
	srcs  []*drawn
	c     *Controller
}

var start = time.Date(2026, 11, 25, 14, 0, 0, 0, time.Local)

// talk is the usual test deck: four slides, the second with three steps,
// two parts, 30 minutes.
func talk() spec {
	return spec{title: "Talk", duration: 30 * time.Minute, warn: 5 * time.Minute,
		steps: []int{1, 3, 1, 1},
		notes: map[int]string{1: "Say hi\nWelcome", 3: "Breathe"},
		parts: []deck.PartStart{{Slide: 1, Title: "Intro"}, {Slide: 3, Title: "Meat"}}}
}

func newRig(t *testing.T, cfg Config, fs fakeFS, path string) (*rig, error) {
	r := &rig{t: t, now: start, fs: fs, store: &fakeStore{saved: map[string]session.Saved{}}}
	c, err := New(cfg, r.deps(), path)
	r.c = c
	return r, err
}

func mustRig(t *testing.T, cfg Config, s spec) *rig {
	t.Helper()
	r, err := newRig(t, cfg, fakeFS{"talk.md": s}, "talk.md")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *rig) deps() Deps {
	return Deps{
		Open: r.fs.open,
		Prepare: func(d *deck.Deck) (any, error) {
			if r.fs[d.Path].badDraw {
				return nil, errors.New("draw " + d.Path + ": the PDF is damaged")
			}
			src := &drawn{d: d}
			r.srcs = append(r.srcs, src)
			return src, nil
		},
		Release:  func(src any) { src.(*drawn).released = true },
		Sessions: r.store,
		Now:      func() time.Time { return r.now },
	}
}

// keys presses keys in order and returns the last effect.
func (r *rig) keys(names ...string) Effect {
	e := None
	for _, k := range names {
		e = r.c.Key(k)
	}
	return e
}

func (r *rig) wait(d time.Duration) View {
	r.now = r.now.Add(d)
	return r.c.Tick(r.now)
}
