package main

import (
	"bytes"
	"context"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostileDeck writes a deck that names files it must never read: a ../
// path, an absolute path, a symlink out of its folder, /dev/zero (directly
// and through a symlink), a FIFO, a file:// address and a CSS url() out of
// the folder; plus a PNG claiming 30000×30000 pixels, an SVG that does not
// parse and a text file posing as a PNG. It returns the deck and the secret.
func hostileDeck(t *testing.T) (deckPath, secret string) {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "talk")
	os.MkdirAll(dir, 0o755)
	secret = filepath.Join(root, "secret.txt")
	os.WriteFile(secret, []byte("PRIVATE-KEY-0123456789"), 0o600)
	os.Symlink(secret, filepath.Join(dir, "link.png"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.png"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.png"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "bomb.png"), pngClaiming(30000, 30000), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.svg"), []byte("<svg xmlns='http://www.w3.org/2000/svg'><g><rect"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.png"), []byte("just text, not a picture"), 0o644)
	md := "---\ntitle: Hostile\nduration: 3m\n---\n\n# Up\n\n![up](../secret.txt)\n\n---\n\n# Absolute\n\n![abs](" + secret + ")\n\n" +
		"---\n\n# Link\n\n![link](link.png)\n\n---\n\n# Zero\n\n![zero](/dev/zero)\n\n![zero2](zero.png)\n\n" +
		"---\n\n# Pipe\n\n![pipe](pipe.png)\n\n---\n\n# URL\n\n<img src=\"file://" + secret + "\">\n\n" +
		"<style>section { background: url(../secret.txt) }</style>\n\n" +
		"---\n\n# Bomb\n\n![bomb](bomb.png)\n\n---\n\n# Broken\n\n![svg](broken.svg)\n\n![txt](notes.png)\n"
	deckPath = filepath.Join(dir, "talk.md")
	os.WriteFile(deckPath, []byte(md), 0o644)
	return deckPath, secret
}

// pngClaiming is a valid 1×1 PNG whose header claims w×h pixels.
func pngClaiming(w, h uint32) []byte {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1, 1)))
	b := buf.Bytes()
	be := func(o int, v uint32) { b[o], b[o+1], b[o+2], b[o+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v) }
	be(16, w)
	be(20, h)
	be(29, crc32.ChecksumIEEE(b[12:29]))
	return b
}

func TestHostileDeckEndToEnd(t *testing.T) {
	bin := lecternBinary(t)
	deckPath, secret := hostileDeck(t)
	env := append(os.Environ(), "LECTERN_CONFIG_DIR="+t.TempDir())

	run := func(limit time.Duration, args ...string) (int, string, string) {
		ctx, cancel := context.WithTimeout(context.Background(), limit)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = env
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if ctx.Err() != nil {
			t.Fatalf("lectern %s did not finish within %s (hung on a device or FIFO?)", strings.Join(args, " "), limit)
		}
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, out.String(), errb.String()
	}

	code, out, stderr := run(20*time.Second, "check", deckPath, "--json")
	if code != 1 {
		t.Fatalf("check exit %d, want 1\n%s%s", code, out, stderr)
	}
	r := parseCheck(t, out)
	want := []struct {
		slide int
		kind  string
		name  string
	}{
		{1, "outside-file", "../secret.txt"},
		{2, "outside-file", secret},
		{3, "outside-file", "link.png"},
		{4, "outside-file", "/dev/zero"},
		{4, "outside-file", "zero.png"},
		{5, "not-a-file", "pipe.png"},
		{6, "outside-file", "file://"},
		{6, "outside-file", "url"}, // the CSS url(../secret.txt): reported as a link
		{7, "image-too-big", "bomb.png"},
		{8, "broken-image", "broken.svg"},
		{8, "broken-image", "notes.png"},
	}
	for _, w := range want {
		found := false
		for _, p := range r.Problems {
			if p.Slide == w.slide && p.Kind == w.kind && (strings.Contains(p.Message, w.name) || w.name == "url" && strings.Contains(p.Message, "export never copies")) {
				found = true
			}
		}
		if !found {
			t.Errorf("check does not report %s %s on slide %d; problems: %+v", w.kind, w.name, w.slide, r.Problems)
		}
	}

	outDir := filepath.Join(t.TempDir(), "parts")
	start := time.Now()
	code, out, stderr = run(60*time.Second, "export", deckPath, "-o", outDir, "--split", "1-4,5-8")
	took := time.Since(start)
	if code != 0 {
		t.Fatalf("export exit %d\n%s%s", code, out, stderr)
	}
	if took > 5*time.Second {
		t.Errorf("export took %s, want under 5 s", took)
	}
	leak, _ := os.ReadFile(secret)
	filepath.Walk(outDir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		if !info.Mode().IsRegular() {
			t.Errorf("export wrote %s, which is not a regular file", p)
			return nil
		}
		b, _ := os.ReadFile(p)
		if bytes.Contains(b, leak) {
			t.Errorf("export copied the secret into %s", p)
		}
		if info.Size() > 10<<20 {
			t.Errorf("export wrote %s of %d bytes (read from a device?)", p, info.Size())
		}
		return nil
	})
}

func TestPixelBudgetIsConfigurable(t *testing.T) {
	bin := lecternBinary(t)
	dir := t.TempDir()
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 4000, 3000))) // 12 megapixels
	os.WriteFile(filepath.Join(dir, "big.png"), buf.Bytes(), 0o644)
	deckPath := filepath.Join(dir, "talk.md")
	os.WriteFile(deckPath, []byte("# Photo\n\n![big](big.png)\n"), 0o644)
	for _, c := range []struct {
		env  string
		code int
	}{{"", 0}, {"LECTERN_MAX_MEGAPIXELS=10", 1}, {"LECTERN_MAX_MEGAPIXELS=12", 0}} {
		cmd := exec.Command(bin, "check", deckPath)
		cmd.Env = append(os.Environ(), "LECTERN_CONFIG_DIR="+t.TempDir(), c.env)
		out, _ := cmd.CombinedOutput()
		if got := cmd.ProcessState.ExitCode(); got != c.code {
			t.Errorf("%s: exit %d, want %d\n%s", c.env, got, c.code, out)
		}
		if c.code == 1 && !strings.Contains(string(out), "megapixels") {
			t.Errorf("%s: no word of the pixel budget:\n%s", c.env, out)
		}
	}
}

// A folder the user allows with --allow-dir is read; the deck cannot allow
// one itself.
func TestAllowDirLetsTheUserShareAFolder(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "talk"), 0o755)
	os.MkdirAll(filepath.Join(root, "shared"), 0o755)
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 8, 8)))
	os.WriteFile(filepath.Join(root, "shared", "logo.png"), buf.Bytes(), 0o644)
	deckPath := filepath.Join(root, "talk", "talk.md")
	os.WriteFile(deckPath, []byte("# Logo\n\n![logo](../shared/logo.png)\n"), 0o644)

	if code, out, _ := runCLI(t, "check", deckPath); code != 1 || !strings.Contains(out, "outside-file") && !strings.Contains(out, "outside the deck's folder") {
		t.Fatalf("without --allow-dir: exit %d, want 1 naming the folder\n%s", code, out)
	}
	if code, out, errs := runCLI(t, "check", deckPath, "--allow-dir", filepath.Join(root, "shared")); code != 0 {
		t.Fatalf("with --allow-dir: exit %d, want 0\n%s%s", code, out, errs)
	}
	out := filepath.Join(t.TempDir(), "parts")
	if code, o, e := runCLI(t, "export", deckPath, "-o", out, "--allow-dir", filepath.Join(root, "shared")); code != 0 {
		t.Fatalf("export with --allow-dir: exit %d\n%s%s", code, o, e)
	}
	if _, err := os.Stat(filepath.Join(out, "01-logo", "images", "logo.png")); err != nil {
		t.Errorf("the allowed picture was not copied: %v", err)
	}
}

// A deck's own `assets:` list cannot widen what it may read: check names
// the folder and the flag that allows it.
func TestFrontMatterAssetsIsOnlyARequest(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "talk"), 0o755)
	os.MkdirAll(filepath.Join(root, "shared"), 0o755)
	deckPath := filepath.Join(root, "talk", "talk.md")
	os.WriteFile(deckPath, []byte("---\nassets: [../shared]\n---\n\n# Hi\n"), 0o644)
	code, out, _ := runCLI(t, "check", deckPath)
	if code != 1 || !strings.Contains(out, "--allow-dir") || !strings.Contains(out, "../shared") {
		t.Fatalf("exit %d, want 1 naming the folder and --allow-dir:\n%s", code, out)
	}
	if code, out, _ := runCLI(t, "check", deckPath, "--allow-dir", filepath.Join(root, "shared")); code != 0 {
		t.Fatalf("with --allow-dir: exit %d\n%s", code, out)
	}
}
