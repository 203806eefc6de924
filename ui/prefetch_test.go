package ui

import (
	"errors"
	"sync"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
)

// countingOpen is an Open that records each read and returns a new deck
// (or fails for the path "bad").
type countingOpen struct {
	sync.Mutex
	reads []string
	pages []int // each read's TitlePages
}

func (c *countingOpen) open(path string, o source.Options) (*deck.Deck, error) {
	c.Lock()
	defer c.Unlock()
	c.reads = append(c.reads, path)
	c.pages = append(c.pages, o.TitlePages)
	if path == "bad" {
		return nil, errors.New("bad: not a deck")
	}
	return &deck.Deck{Path: path}, nil
}

func (c *countingOpen) count() int {
	c.Lock()
	defer c.Unlock()
	return len(c.reads)
}

// The console's first Open takes the read started before the windows were
// made; later ones (reload, File > Open) read the file again.
func TestPrefetchDeckServesTheFirstOpenOnly(t *testing.T) {
	c := &countingOpen{}
	opt := source.Options{AllowDirs: []string{"/talks/images"}}
	open := prefetchDeck("talk.md", opt, c.open)
	d1, err := open("talk.md", source.Options{AllowDirs: []string{"/talks/images"}})
	if err != nil || d1.Path != "talk.md" {
		t.Fatalf("first open: %v, %v", d1, err)
	}
	if n := c.count(); n != 1 {
		t.Fatalf("%d reads after the first open, want the prefetch's only", n)
	}
	d2, err := open("talk.md", opt)
	if err != nil || d2 == d1 || c.count() != 2 {
		t.Fatalf("second open: %p (first %p), %v, %d reads: want a new read", d2, d1, err, c.count())
	}
}

// A first Open for another file or other options reads it itself.
func TestPrefetchDeckOtherRequestsReadAgain(t *testing.T) {
	c := &countingOpen{}
	open := prefetchDeck("talk.md", source.Options{}, c.open)
	if _, err := open("talk.md", source.Options{TitlePages: 2}); err != nil {
		t.Fatal(err)
	}
	if _, err := open("other.md", source.Options{}); err != nil {
		t.Fatal(err)
	}
	c.Lock()
	defer c.Unlock()
	own := 0 // the prefetch's read (TitlePages 0 of talk.md) may come at any time
	for i, p := range c.reads {
		if p == "other.md" || p == "talk.md" && c.pages[i] == 2 {
			own++
		}
	}
	if own != 2 {
		t.Fatalf("reads %v (TitlePages %v): want talk.md with TitlePages 2 and other.md read by Open", c.reads, c.pages)
	}
}

// The prefetch's error is the first Open's error.
func TestPrefetchDeckKeepsTheError(t *testing.T) {
	c := &countingOpen{}
	open := prefetchDeck("bad", source.Options{}, c.open)
	if _, err := open("bad", source.Options{}); err == nil || err.Error() != "bad: not a deck" {
		t.Fatalf("first open: %v, want the prefetch's error", err)
	}
}
