// Package session keeps the talk safe across a crash or a kill: the slide,
// the step and the timer are saved as they change, one small JSON file per
// deck in the user's config folder, and reopening the deck offers to resume.
package session

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/lectern-app/lectern/internal/atomicfile"
	"github.com/lectern-app/lectern/internal/timing"
)

// EnvDir names the environment variable that replaces the config folder
// (os.UserConfigDir()/lectern), e.g. in tests.
const EnvDir = "LECTERN_CONFIG_DIR"

// Saved is where a talk was when it was last saved.
type Saved struct {
	Deck    string          `json:"deck"` // absolute path of the deck
	Slide   int             `json:"slide"`
	Step    int             `json:"step"`
	Timer   timing.Snapshot `json:"timer"`
	SavedAt time.Time       `json:"saved_at"`
}

// Resumable reports whether there is anything worth offering to resume:
// the talk had moved past the first step or its clock had started.
func (s Saved) Resumable() bool {
	return s.Slide > 1 || s.Step > 1 || s.Timer.Started
}

// Age is how long ago the session was saved.
func (s Saved) Age(now time.Time) time.Duration {
	return now.Sub(s.SavedAt)
}

// Dir is the folder holding the saved sessions.
func Dir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		return filepath.Join(d, "sessions"), nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the config folder for saved sessions: %w", err)
	}
	return filepath.Join(base, "lectern", "sessions"), nil
}

// Path is the file holding the saved session of a deck: the SHA-256 of the
// deck's absolute path, so every deck has its own and no name can clash.
func Path(deckPath string) (string, error) {
	abs, err := absolute(deckPath)
	if err != nil {
		return "", err
	}
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(dir, hex.EncodeToString(sum[:])+".json"), nil
}

func absolute(deckPath string) (string, error) {
	if deckPath == "" {
		return "", errors.New("save session: no deck path")
	}
	abs, err := filepath.Abs(deckPath)
	if err != nil {
		return "", fmt.Errorf("save session for %s: %w", deckPath, err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, nil
}

// Save writes the session of a deck, atomically (a temporary file renamed
// over the old one), so a kill mid-write leaves the previous save intact.
// A zero SavedAt is set to the current time, and a zero Timer.At to SavedAt.
func Save(deckPath string, s Saved) error {
	path, err := Path(deckPath)
	if err != nil {
		return err
	}
	s.Deck, _ = absolute(deckPath)
	if s.SavedAt.IsZero() {
		s.SavedAt = time.Now()
	}
	if s.Timer.At.IsZero() {
		s.Timer.At = s.SavedAt
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("save session %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("save session %s: %w", path, err)
	}
	// 0600: the file names the user's decks; the umask may narrow it further.
	return atomicfile.Write(path, 0o600, func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

// Load reads the saved session of a deck. ok is false when there is none;
// an unreadable or damaged file is an error naming it.
func Load(deckPath string) (s Saved, ok bool, err error) {
	path, err := Path(deckPath)
	if err != nil {
		return Saved{}, false, err
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Saved{}, false, nil
	}
	if err != nil {
		return Saved{}, false, fmt.Errorf("read saved session %s: %w", path, err)
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return Saved{}, false, fmt.Errorf("read saved session %s: the file is damaged: %w", path, err)
	}
	if s.Slide < 1 || s.Step < 1 {
		return Saved{}, false, fmt.Errorf("read saved session %s: slide %d, step %d is not a position in a deck", path, s.Slide, s.Step)
	}
	if abs, _ := absolute(deckPath); s.Deck != abs {
		return Saved{}, false, nil
	}
	return s, true, nil
}

// Clear removes the saved session of a deck (after the talk ended, or when
// the speaker declines to resume). No session is not an error.
func Clear(deckPath string) error {
	path, err := Path(deckPath)
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("clear saved session %s: %w", path, err)
	}
	return nil
}
