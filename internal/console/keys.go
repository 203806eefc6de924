package console

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/lectern-app/lectern/internal/session"
	"github.com/lectern-app/lectern/internal/show"
)

// KeysPath is the speaker's key file: keys.toml in the config folder
// (os.UserConfigDir()/lectern, or $LECTERN_CONFIG_DIR as for sessions).
func KeysPath() (string, error) {
	if d := os.Getenv(session.EnvDir); d != "" {
		return filepath.Join(d, "keys.toml"), nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the config folder for keys.toml: %w", err)
	}
	return filepath.Join(base, "lectern", "keys.toml"), nil
}

// maxKeyFile caps what is read of a key file: a real one is a few lines.
const maxKeyFile = 1 << 20

// LoadKeymap reads the speaker's key file. No file gives the default keys;
// a bad one gives the default keys and an error naming the file and line.
func LoadKeymap() (show.Keymap, error) {
	path, err := KeysPath()
	if err != nil {
		return show.DefaultKeymap(), err
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return show.DefaultKeymap(), nil
	}
	if err != nil {
		return show.DefaultKeymap(), fmt.Errorf("read your keys: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return show.DefaultKeymap(), fmt.Errorf("%s is not a file; using the default keys", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil {
		return show.DefaultKeymap(), fmt.Errorf("read your keys %s: %w", path, err)
	}
	if len(data) > maxKeyFile {
		return show.DefaultKeymap(), fmt.Errorf("%s is over 1 MB, not a key file; using the default keys", path)
	}
	km, err := show.ParseKeyFile(path, data)
	if err != nil {
		return show.DefaultKeymap(), fmt.Errorf("%w; using the default keys", err)
	}
	return km, nil
}
