package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// tree lists every file and folder under dir with its content hash, to
// prove a refused, failed or stopped export changed nothing.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b.WriteString(rel)
		if !d.IsDir() {
			sum := sha256.Sum256(fileBytes(t, p))
			b.WriteString(" " + hex.EncodeToString(sum[:8]))
		}
		b.WriteString("\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

type writtenJSON struct {
	Written []struct {
		Path   string `json:"path"`
		Size   int64  `json:"size"`
		SHA256 string `json:"sha256"`
	} `json:"written"`
}

// checkManifestMatches proves dir holds exactly one export: the files its
// parts.json records, with the hashes it records, and nothing else.
func checkManifestMatches(t *testing.T, dir string) []string {
	t.Helper()
	var m writtenJSON
	if err := json.Unmarshal(fileBytes(t, filepath.Join(dir, "parts.json")), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Written) == 0 {
		t.Fatal("parts.json records no written files")
	}
	want := map[string]string{}
	var paths []string
	for _, w := range m.Written {
		want[w.Path] = w.SHA256
		paths = append(paths, w.Path)
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel == "parts.json" {
			return nil
		}
		sum := sha256.Sum256(fileBytes(t, p))
		if h, ok := want[rel]; !ok {
			t.Errorf("%s is not in parts.json", rel)
		} else if h != hex.EncodeToString(sum[:]) {
			t.Errorf("%s differs from the hash parts.json records", rel)
		}
		delete(want, rel)
		return nil
	})
	for p := range want {
		t.Errorf("%s is in parts.json but not in the folder", p)
	}
	sort.Strings(paths)
	return paths
}

// Finding: re-exporting into an earlier export deleted files the user
// added to a part folder and undid edits to its deck.md.
func TestExportKeepsEditedAndAddedFiles(t *testing.T) {
	deck := copyDeck(t, "talk.md")
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCLI(t, "export", deck, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	mine := filepath.Join(out, "01-why-offline", "rehearsal-notes.txt")
	edited := filepath.Join(out, "02-keeping-time", "deck.md")
	os.WriteFile(mine, []byte("mine"), 0o644)
	os.WriteFile(edited, append(fileBytes(t, edited), "\nMy edit.\n"...), 0o644)
	before := tree(t, out)

	code, _, stderr := runCLI(t, "export", deck, "-o", out)
	for _, want := range []string{"02-keeping-time/deck.md was edited", "01-why-offline/rehearsal-notes.txt was added", "--force"} {
		if code != 2 || !strings.Contains(stderr, want) {
			t.Fatalf("re-export over edits: exit %d, %q; want it refused, saying %q", code, stderr, want)
		}
	}
	if after := tree(t, out); after != before {
		t.Fatalf("a refused export changed the folder:\n%s\nwas:\n%s", after, before)
	}

	// --force replaces the edited file but never removes the added one.
	if code, _, stderr := runCLI(t, "export", deck, "-o", out, "--force"); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	if string(fileBytes(t, mine)) != "mine" {
		t.Fatal("--force lost the file the user added")
	}
	if strings.Contains(string(fileBytes(t, edited)), "My edit.") {
		t.Fatal("--force kept the edited deck.md")
	}
	for _, f := range []string{"slides.pdf", "deck.md", "slides.pdfpc"} {
		if _, err := os.Stat(filepath.Join(out, "01-why-offline", f)); err != nil {
			t.Fatalf("the new part is incomplete: %v", err)
		}
	}
	os.Remove(mine)
	checkManifestMatches(t, out)
	os.WriteFile(mine, []byte("mine"), 0o644)
	// The user's file is not Lectern's: the next export names it again.
	if code, _, stderr := runCLI(t, "export", deck, "-o", out); code != 2 || !strings.Contains(stderr, "rehearsal-notes.txt") {
		t.Fatalf("export after --force: exit %d, %q", code, stderr)
	}
}

// Finding: --force deleted part-named folders Lectern never made (-o ~
// where ~/01-why-offline exists by chance).
func TestExportForceNeverRemovesFoldersItDidNotMake(t *testing.T) {
	deck := copyDeck(t, "talk.pdf")
	home := t.TempDir()
	os.Mkdir(filepath.Join(home, "01-why-offline"), 0o755)
	os.WriteFile(filepath.Join(home, "01-why-offline", "thesis.tex"), []byte("years of work"), 0o644)
	os.WriteFile(filepath.Join(home, ".bashrc"), []byte("alias ll='ls -l'"), 0o644)
	before := tree(t, home)
	code, _, stderr := runCLI(t, "export", deck, "-o", home, "--force")
	if code != 2 || !strings.Contains(stderr, "01-why-offline is not from an earlier Lectern export") {
		t.Fatalf("--force over a folder of the user's: exit %d, %q", code, stderr)
	}
	if after := tree(t, home); after != before {
		t.Fatalf("--force changed the user's folder:\n%s\nwas:\n%s", after, before)
	}

	// --force over an earlier export removes only the files it lists: a part
	// folder the new split no longer has stays while it holds the user's file.
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCLI(t, "export", deck, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	os.WriteFile(filepath.Join(out, "03-splitting-talks", "mine.txt"), []byte("mine"), 0o644)
	if code, _, stderr := runCLI(t, "export", deck, "-o", out, "--split", "1-4,5-9", "--force"); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	left, _ := os.ReadDir(filepath.Join(out, "03-splitting-talks"))
	if len(left) != 1 || left[0].Name() != "mine.txt" {
		t.Fatalf("03-splitting-talks holds %v, want only the user's mine.txt", left)
	}
}

// Finding: a PDF with a damaged cross-reference table passed check, but
// export failed with a raw parser error (or a panic) and left an empty folder.
func TestExportDamagedPDFIsPlainAndLeavesNothing(t *testing.T) {
	good := fileBytes(t, copyDeck(t, "talk.pdf"))
	xref := strings.Index(string(good), "\nxref\n")
	entry := xref + len("\nxref\n0 60\n0000000000 65535 f \n") // the first object's entry
	for name, corrupt := range map[string]func([]byte){
		"incomplete-entry": func(b []byte) { copy(b[entry+11:], "     ") },
		"wrong-offset":     func(b []byte) { copy(b[entry:], "0000000001") },
	} {
		t.Run(name, func(t *testing.T) {
			b := append([]byte(nil), good...)
			corrupt(b)
			dir := t.TempDir()
			deck := filepath.Join(dir, "talk.pdf")
			os.WriteFile(deck, b, 0o644)
			if code, _, _ := runCLI(t, "check", deck); code == 2 {
				t.Fatal("check refuses the file; the test needs one MuPDF repairs")
			}
			out := filepath.Join(dir, "out")
			code, stdout, stderr := runCLI(t, "export", deck, "-o", out)
			if code != 2 || !strings.HasPrefix(stderr, "lectern: talk.pdf: the PDF is damaged (") || !strings.Contains(stderr, "save it again") || strings.Count(stderr, "\n") != 1 {
				t.Fatalf("exit %d, %q%q; want one plain line naming talk.pdf", code, stdout, stderr)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Fatalf("the failed export left %v beside the deck", entries)
			}
		})
	}
}

// Finding: files were written 0644 whatever the umask.
func TestExportFollowsUmask(t *testing.T) {
	deck := copyDeck(t, "talk.pdf")
	out := filepath.Join(t.TempDir(), "out")
	old := syscall.Umask(0o002)
	code, _, stderr := runCLI(t, "export", deck, "-o", out)
	syscall.Umask(old)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		st, _ := d.Info()
		want := os.FileMode(0o664)
		if d.IsDir() {
			want = 0o775
		}
		if st.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v under umask 002", p, st.Mode().Perm(), want)
		}
		return nil
	})
}

// --force never writes a new file over one the user put in a part folder.
func TestExportForceNeverOverwritesAnAddedFile(t *testing.T) {
	deck := copyDeck(t, "talk.pdf")
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCLI(t, "export", deck, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	mine := filepath.Join(out, "02-keeping-time", "handout.pdf")
	os.WriteFile(mine, []byte("my own handout"), 0o644)
	before := tree(t, out)
	code, _, stderr := runCLI(t, "export", deck, "-o", out, "--handout", "--force")
	if code != 2 || !strings.Contains(stderr, "02-keeping-time/handout.pdf was not written by Lectern") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if after := tree(t, out); after != before {
		t.Fatalf("the refused export changed the folder:\n%s\nwas:\n%s", after, before)
	}
}
