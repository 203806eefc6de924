package main

import (
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
)

// loadDeck opens a deck for the non-window commands.
func loadDeck(path string, side deck.NotesSide) (*deck.Deck, error) {
	return talk.Open(path, source.Options{Notes: side})
}
