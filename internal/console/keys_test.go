package console

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/session"
)

func TestLoadKeymap(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(session.EnvDir, dir)
	km, err := LoadKeymap()
	if err != nil {
		t.Fatalf("no key file: %v", err)
	}
	path := filepath.Join(dir, "keys.toml")
	os.WriteFile(path, []byte("[bind]\nj = \"next\"\n"), 0o644)
	if km, err = LoadKeymap(); err != nil {
		t.Fatal(err)
	}
	r := mustRig(t, Config{Keys: km}, talk())
	r.keys("j")
	if v := r.c.View(); !strings.HasPrefix(v.Position, "2/4") {
		t.Fatalf("j moved to %q, want 2/4", v.Position)
	}

	os.WriteFile(path, []byte("[bind]\nj = \"next\"\nk = \"nope\"\n"), 0o644)
	km, err = LoadKeymap()
	if err == nil || !strings.Contains(err.Error(), path+" line 3: unknown command \"nope\"") || !strings.Contains(err.Error(), "using the default keys") {
		t.Fatalf("bad file: %v", err)
	}
	r = mustRig(t, Config{Keys: km}, talk())
	r.keys("j", "Space")
	if v := r.c.View(); !strings.HasPrefix(v.Position, "2/4") {
		t.Fatalf("defaults after a bad file: at %q, want 2/4 (j unbound, Space next)", v.Position)
	}
}
