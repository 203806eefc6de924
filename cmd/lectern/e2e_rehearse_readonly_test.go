package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/rehearse"
)

// TestRehearseInAReadOnlyFolder rehearses a deck whose folder the user cannot
// write (chmod 0555; as root, the app runs as nobody, since root writes
// anywhere). The run used to be lost: one stderr line, exit 0. Now the window
// says where it went, the run is in the data folder, stdout names it, and
// `lectern report` reads it from there.
func TestRehearseInAReadOnlyFolder(t *testing.T) {
	display := needX(t)
	deckPath := copyDeck(t, "talk.md")
	deckDir := filepath.Dir(deckPath)
	home := t.TempDir()
	data := filepath.Join(home, "data")
	os.MkdirAll(data, 0o755)

	cmd := exec.Command(lecternBinary(t), "rehearse", deckPath)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "LECTERN_CONFIG_DIR="+home, "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, "xdg"), "XDG_DATA_HOME="+data, "LANG=C.UTF-8")
	if os.Geteuid() == 0 {
		asNobody(t, cmd, deckDir, home)
	}
	if err := os.Chmod(deckDir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(deckDir, 0o755) })

	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start lectern: %v", err)
	}
	a := &app{t: t, cmd: cmd, display: display, out: out}
	t.Cleanup(a.kill)
	a.waitTitle("1/9", 60*time.Second)
	a.focus(a.windowNamed(func(name string) bool { return strings.Contains(name, "Rehearsal") }))
	time.Sleep(2 * time.Second)
	a.key("q")
	a.waitTitle("Rehearsal ended", 10*time.Second) // the window stays to say where the run went
	if a.cmd.ProcessState != nil {
		t.Fatalf("the window closed before saying where the run went:\n%s", out)
	}
	a.key("q")
	done := make(chan error, 1)
	go func() { done <- a.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("lectern rehearse exited with %v:\n%s", err, out)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("q did not close the window:\n%s", out)
	}

	if _, err := os.Stat(rehearse.FilePath(deckPath)); err == nil {
		t.Fatal("a history was written into the read-only folder")
	}
	files, _ := filepath.Glob(filepath.Join(data, "lectern", "rehearsals", "talk-*.lectern.json"))
	if len(files) != 1 {
		t.Fatalf("history files in the data folder: %v\n%s", files, out)
	}
	if !strings.Contains(out.String(), files[0]) || !strings.Contains(out.String(), "cannot be written") {
		t.Errorf("stdout does not say where the run went:\n%s", out)
	}
	t.Logf("lectern rehearse said:\n%s", out)
	rep := exec.Command(lecternBinary(t), "report", deckPath)
	rep.Env = append(os.Environ(), "XDG_DATA_HOME="+data)
	got, err := rep.CombinedOutput()
	if err != nil || !strings.Contains(string(got), "1 rehearsal runs in "+files[0]) {
		t.Fatalf("lectern report does not read the run: %v\n%s", err, got)
	}
}

// asNobody runs cmd as the unprivileged user nobody, with what it needs to
// read: the binary, the deck, its home and the X server's cookie.
func asNobody(t *testing.T, cmd *exec.Cmd, deckDir, home string) {
	t.Helper()
	const nobody = 65534
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	for _, dir := range []string{filepath.Dir(lecternBinary(t)), filepath.Dir(deckDir), filepath.Dir(home)} {
		if err := os.Chmod(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	err := filepath.Walk(home, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Chown(p, nobody, nobody)
	})
	if err != nil {
		t.Fatal(err)
	}
	if xa := os.Getenv("XAUTHORITY"); xa != "" {
		cookie, err := os.ReadFile(xa)
		if err != nil {
			t.Fatal(err)
		}
		mine := filepath.Join(home, ".Xauthority")
		os.WriteFile(mine, cookie, 0o600)
		os.Chown(mine, nobody, nobody)
		cmd.Env = append(cmd.Env, "XAUTHORITY="+mine)
	}
	t.Cleanup(func() { // let the test's cleanup remove what nobody made
		filepath.Walk(home, func(p string, _ os.FileInfo, _ error) error { os.Chown(p, 0, 0); return nil })
	})
}
