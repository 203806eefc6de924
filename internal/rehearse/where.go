package rehearse

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// FilePath is where the runs of a deck are kept: next to it, named after it
// without its extension ("talk.md" → "talk.lectern.json").
func FilePath(deckPath string) string {
	dir, base := filepath.Split(deckPath)
	return filepath.Join(dir, stem(base)+".lectern.json")
}

// DataPath is where the runs of a deck go when its folder cannot be written:
// the user's data folder (see dataBase), then
// lectern/rehearsals/<deck name>-<hash of its absolute path>.lectern.json, so
// two decks called talk.md in different folders never share a file.
func DataPath(deckPath string) (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(deckPath)
	if err != nil {
		return "", fmt.Errorf("find the data file for %s: %w", deckPath, err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	sum := sha256.Sum256([]byte(abs))
	name := stem(filepath.Base(abs)) + "-" + hex.EncodeToString(sum[:6]) + ".lectern.json"
	return filepath.Join(dir, name), nil
}

// dataDir is the folder of DataPath files.
func dataDir() (string, error) {
	base, err := dataBase(runtime.GOOS, os.Getenv)
	if err != nil {
		return "", fmt.Errorf("find the data folder for rehearsals: %w", err)
	}
	return filepath.Join(base, "lectern", "rehearsals"), nil
}

// dataBase is the platform's folder for a user's application data:
// $XDG_DATA_HOME, else ~/.local/share (the XDG spec, Linux and BSD);
// %AppData% on Windows; ~/Library/Application Support on macOS (the last two
// are what os.UserConfigDir returns there: those systems keep no separate
// data folder).
func dataBase(goos string, getenv func(string) string) (string, error) {
	switch goos {
	case "windows":
		if d := getenv("AppData"); d != "" {
			return d, nil
		}
		return "", errors.New("%AppData% is not set")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support"), nil
		}
		return "", errors.New("$HOME is not set")
	}
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) { // the spec says to ignore a relative one
		return d, nil
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share"), nil
	}
	return "", errors.New("no home folder")
}

// historyPaths are the files that may hold a deck's runs: beside the deck
// first, then the data folder when there is one.
func historyPaths(deckPath string) []string {
	paths := []string{FilePath(deckPath)}
	if p, err := DataPath(deckPath); err == nil {
		paths = append(paths, p)
	}
	return paths
}

// Files lists the history files of a deck that exist, beside the deck first.
func Files(deckPath string) []string {
	var out []string
	for _, p := range historyPaths(deckPath) {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

func stem(base string) string {
	if ext := filepath.Ext(base); ext != "" && ext != base {
		return strings.TrimSuffix(base, ext)
	}
	return base
}
