package rehearse

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

// LoadRuns reads the deck's rehearsal history: the runs in the file beside the
// deck and in its file in the data folder (see DataPath), oldest first. No
// file gives an empty history. A corrupt or future-version file is never
// overwritten: it is renamed aside (talk.lectern.json.corrupt-20261125T190000),
// a warning names both files, and its runs are left out. The error is for
// files that cannot be read or moved at all.
func LoadRuns(deckPath string) (*History, []string, error) {
	return loadRuns(deckPath, time.Now())
}

// ReadRuns is LoadRuns that writes nothing: an unreadable file is named in a
// warning and left where it is. For `lectern check`.
func ReadRuns(deckPath string) (*History, []string, error) {
	return collect(deckPath, func(path string, bad *badFileError) (string, error) {
		return fmt.Sprintf("The rehearsal file %s %s; rehearsing or presenting will keep it aside and start a new one.",
			path, bad.reason), nil
	})
}

func loadRuns(deckPath string, now time.Time) (*History, []string, error) {
	return collect(deckPath, func(path string, bad *badFileError) (string, error) {
		aside, err := setAside(path, bad.kind, now)
		if err != nil {
			return "", err
		}
		return bad.warning(path, aside), nil
	})
}

// collect merges the runs of every history file of the deck; onBad decides
// what an unreadable one becomes (a warning, after moving it or not).
func collect(deckPath string, onBad func(string, *badFileError) (string, error)) (*History, []string, error) {
	all := &History{Version: Version}
	var warnings []string
	sources := 0
	for _, path := range historyPaths(deckPath) {
		h, _, err := readHistory(path)
		var bad *badFileError
		if errors.As(err, &bad) {
			w, err := onBad(path, bad)
			if err != nil {
				return nil, nil, err
			}
			warnings = append(warnings, w)
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		if len(h.Runs) > 0 {
			sources++
		}
		all.Runs = append(all.Runs, h.Runs...)
	}
	if sources < 2 { // one file keeps its own order
		return all, warnings, nil
	}
	sort.SliceStable(all.Runs, func(i, j int) bool { return all.Runs[i].Started.Before(all.Runs[j].Started) })
	return all, warnings, nil
}
