package deckfiles

import (
	"bytes"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// tree makes deck/ with a picture, a FIFO, symlinks in and out, and a
// secret beside the deck's folder.
func tree(t *testing.T) (root, deckPath, secret string) {
	t.Helper()
	root = t.TempDir()
	deckDir := filepath.Join(root, "talk")
	os.MkdirAll(filepath.Join(deckDir, "img"), 0o755)
	os.MkdirAll(filepath.Join(root, "shared"), 0o755)
	deckPath = filepath.Join(deckDir, "talk.md")
	os.WriteFile(deckPath, []byte("# hi\n"), 0o644)
	os.WriteFile(filepath.Join(deckDir, "img", "a.png"), []byte("png"), 0o644)
	os.WriteFile(filepath.Join(root, "shared", "logo.png"), []byte("png"), 0o644)
	secret = filepath.Join(root, "secret.txt")
	os.WriteFile(secret, []byte("private"), 0o600)
	if err := syscall.Mkfifo(filepath.Join(deckDir, "pipe.png"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink(secret, filepath.Join(deckDir, "out.png"))
	os.Symlink("/dev/zero", filepath.Join(deckDir, "zero.png"))
	os.Symlink(filepath.Join(deckDir, "img", "a.png"), filepath.Join(deckDir, "in.png"))
	return root, deckPath, secret
}

func TestResolve(t *testing.T) {
	root, deckPath, secret := tree(t)
	p := New(deckPath, nil)
	cases := []struct {
		src, kind string
	}{
		{"img/a.png", ""},
		{"./img/a.png?v=2", ""},
		{"img/a%2Epng", ""},
		{"in.png", ""}, // a symlink that stays inside
		{"/img/a.png", ""},
		{"../secret.txt", KindOutside},
		{"../../../../../../" + secret, KindOutside},
		{secret, KindOutside},
		{"file://" + secret, KindOutside},
		{"FILE:///etc/shadow", KindOutside},
		{"out.png", KindOutside},
		{"zero.png", KindOutside},
		{"/dev/zero", KindOutside},
		{"pipe.png", KindNotFile},
		{"img", KindNotFile},
		{"nope.png", KindMissing},
		{"https://example.org/a.png", KindRemote},
		{"//cdn/a.png", KindRemote},
		{"../shared/logo.png", KindOutside},
	}
	for _, c := range cases {
		path, err := p.Resolve(c.src)
		if got := KindOf(err); got != c.kind {
			t.Errorf("%s: kind %q (%v), want %q", c.src, got, err, c.kind)
			continue
		}
		if c.kind == "" && path == "" {
			t.Errorf("%s: no path", c.src)
		}
		if c.kind == KindMissing && !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: a missing file should be fs.ErrNotExist", c.src)
		}
	}
	allowed := New(deckPath, []string{filepath.Join(root, "shared")})
	if _, err := allowed.Resolve("../shared/logo.png"); err != nil {
		t.Errorf("an allowed folder is refused: %v", err)
	}
	if _, err := allowed.Resolve("../secret.txt"); KindOf(err) != KindOutside {
		t.Errorf("allowing one folder allowed its parent: %v", err)
	}
}

func TestReadFileRefusesDevicesAndCapsSize(t *testing.T) {
	_, deckPath, _ := tree(t)
	dir := filepath.Dir(deckPath)
	if _, err := ReadFile("/dev/zero"); KindOf(err) != KindNotFile {
		t.Errorf("/dev/zero: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "pipe.png")); KindOf(err) != KindNotFile {
		t.Errorf("FIFO: %v", err)
	}
	old := MaxFileBytes
	MaxFileBytes = 2
	defer func() { MaxFileBytes = old }()
	if _, err := ReadFile(filepath.Join(dir, "img", "a.png")); KindOf(err) != KindTooBig {
		t.Errorf("over the cap: %v", err)
	}
}

func TestCheckPixelsReadsOnlyTheHeader(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 10, 10)))
	small := buf.Bytes()
	if err := CheckPixels("a.png", small); err != nil {
		t.Fatal(err)
	}
	// The same header claiming 30000×30000: refused without decoding.
	big := append([]byte(nil), small...)
	putBE(big[16:20], 30000)
	putBE(big[20:24], 30000)
	putBE(big[29:33], crc32.ChecksumIEEE(big[12:29])) // IHDR's CRC
	if err := CheckPixels("big.png", big); KindOf(err) != KindTooBig {
		t.Fatalf("30000×30000: %v", err)
	}
}

func putBE(b []byte, v uint32) {
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}
