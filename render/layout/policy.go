package layout

import (
	"sync"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/deckfiles"
)

// policies keeps one file policy per deck folder and allowed folders:
// building one resolves symlinks, and every slide of a deck shares it.
var policies sync.Map // key string → deckfiles.Policy

func policyFor(dir string, d *deck.Deck) deckfiles.Policy {
	var allow []string
	if d != nil {
		allow = d.AllowDirs
	}
	key := dir
	for _, a := range allow {
		key += "\x00" + a
	}
	if p, ok := policies.Load(key); ok {
		return p.(deckfiles.Policy)
	}
	p := deckfiles.ForDir(dir, allow)
	policies.Store(key, p)
	return p
}
