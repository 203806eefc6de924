//go:build packaging

// Built with -tags packaging (make package-test): building the bundle and
// the .deb takes minutes, past what make test may spend.

package linux

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
)

const appID = "app.lectern.presenter"

var iconSizes = []string{"16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"}

// TestLinuxBundle builds the tarball and the .deb as `make package` does (into
// a temporary folder) and checks what a desktop and a packager rely on.
func TestLinuxBundle(t *testing.T) {
	for _, tool := range []string{"appstreamcli", "desktop-file-validate", "man", "xz", "dpkg-deb", "dpkg-shlibdeps", "strings", "bash"} {
		testtool.Need(t, tool)
	}
	top, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	// fyne package counts up Build in the FyneApp.toml it is given: never ours.
	appToml := read(t, filepath.Join(top, "FyneApp.toml"))
	run(t, top, []string{"PKG_OUT=" + out}, "packaging/linux/build.sh")
	if read(t, filepath.Join(top, "FyneApp.toml")) != appToml {
		t.Errorf("packaging/linux/build.sh changed FyneApp.toml")
	}
	run(t, top, []string{"PKG_OUT=" + out}, "packaging/deb/build.sh")
	version := strings.TrimSpace(read(t, filepath.Join(out, "pkg", "version")))

	tarballs, _ := filepath.Glob(filepath.Join(out, "lectern-*-linux-*.tar.xz"))
	if len(tarballs) != 1 {
		t.Fatalf("want one tarball in %s, found %v", out, tarballs)
	}
	unpacked := t.TempDir()
	run(t, unpacked, nil, "tar", "-xJf", tarballs[0])
	dir := filepath.Join(unpacked, strings.TrimSuffix(filepath.Base(tarballs[0]), ".tar.xz"))

	if got := run(t, dir, nil, "./bin/lectern", "--version"); !strings.HasPrefix(got, "lectern "+version+" ") {
		t.Errorf("lectern --version printed %q, want the package version %s", got, version)
	}
	// Built with no_emoji (the Makefile's GOFLAGS): Fyne's own emoji font,
	// parsed once per text style at start, must not be in the binary.
	if strings.Contains(run(t, dir, nil, "strings", "-n", "12", "bin/lectern"), "EmojiOneColor") {
		t.Errorf("bin/lectern holds Fyne's emoji font: build.sh lost the no_emoji tag")
	}
	checkDesktopEntry(t, filepath.Join(dir, "share/applications", appID+".desktop"))
	checkIcons(t, filepath.Join(dir, "share/icons/hicolor"))
	run(t, dir, nil, "appstreamcli", "validate", "--no-net", "share/metainfo/"+appID+".metainfo.xml")
	checkManPage(t, filepath.Join(dir, "share/man/man1/lectern.1.gz"))
	checkCompletions(t, dir)
	checkInstall(t, dir)
	checkDeb(t, out, version)
}

func checkDesktopEntry(t *testing.T, path string) {
	entry := read(t, path)
	for _, line := range []string{"MimeType=application/pdf;text/markdown;", "Exec=lectern %f", "Icon=" + appID, "Type=Application"} {
		if !hasLine(entry, line) {
			t.Errorf("%s lacks the line %q:\n%s", path, line, entry)
		}
	}
	run(t, "", nil, "desktop-file-validate", path)
}

func checkIcons(t *testing.T, hicolor string) {
	for _, size := range iconSizes {
		path := filepath.Join(hicolor, size, "apps", appID+".png")
		f, err := os.Open(path)
		if err != nil {
			t.Errorf("icon %s: %v", size, err)
			continue
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil {
			t.Errorf("icon %s: %v", path, err)
			continue
		}
		if got := fmt.Sprintf("%dx%d", cfg.Width, cfg.Height); got != size {
			t.Errorf("%s is %s", path, got)
		}
	}
}

func checkManPage(t *testing.T, path string) {
	cmd := exec.Command("man", "--warnings", "-l", path)
	cmd.Env = append(os.Environ(), "MANPAGER=cat", "MANWIDTH=80")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("man -l %s: %v\n%s", path, err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("man -l %s warned:\n%s", path, stderr.String())
	}
	for _, want := range []string{"LECTERN(1)", "NAME", "SYNOPSIS", "lectern completion bash|zsh|fish"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("man -l %s renders no %q:\n%s", path, want, stdout.String())
		}
	}
}

func checkCompletions(t *testing.T, dir string) {
	run(t, dir, nil, "bash", "-n", "share/bash-completion/completions/lectern")
	if zsh := read(t, filepath.Join(dir, "share/zsh/site-functions/_lectern")); !strings.HasPrefix(zsh, "#compdef lectern") {
		t.Errorf("the zsh completion does not start with #compdef lectern")
	}
	if fish := read(t, filepath.Join(dir, "share/fish/vendor_completions.d/lectern.fish")); !strings.Contains(fish, "complete -c lectern") {
		t.Errorf("the fish completion completes no lectern")
	}
}

// checkInstall installs the unpacked tarball for one user and removes it.
func checkInstall(t *testing.T, dir string) {
	prefix := filepath.Join(t.TempDir(), "home", ".local")
	run(t, dir, nil, "./install.sh", prefix)
	for _, f := range []string{"bin/lectern", "lib/lectern/lectern-diagrams", "share/man/man1/lectern.1.gz", "share/metainfo/" + appID + ".metainfo.xml", "share/icons/hicolor/48x48/apps/" + appID + ".png"} {
		if _, err := os.Stat(filepath.Join(prefix, f)); err != nil {
			t.Errorf("install.sh %s: %v", prefix, err)
		}
	}
	// The installed lectern finds its diagram helper in ../lib/lectern: a
	// deck's Graphviz block is drawn, so check reports no problem.
	deck := filepath.Join(t.TempDir(), "dot.md")
	if err := os.WriteFile(deck, []byte("# Flow\n\n```dot\ndigraph { a -> b }\n```\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, "", []string{"LECTERN_DIAGRAMS="}, filepath.Join(prefix, "bin/lectern"), "check", deck)
	// Outside /usr and /usr/local the launcher names the binary by path.
	entry := read(t, filepath.Join(prefix, "share/applications", appID+".desktop"))
	if want := "Exec=" + prefix + "/bin/lectern %f"; !hasLine(entry, want) {
		t.Errorf("installed desktop entry lacks %q:\n%s", want, entry)
	}
	run(t, dir, nil, "./install.sh", "--uninstall", prefix)
	// The desktop's shared caches stay, refreshed without Lectern.
	caches := map[string]bool{"share/applications/mimeinfo.cache": true, "share/icons/hicolor/icon-theme.cache": true}
	var left []string
	filepath.Walk(prefix, func(p string, info os.FileInfo, err error) error {
		rel, _ := filepath.Rel(prefix, p)
		if err == nil && !info.IsDir() && !caches[rel] {
			left = append(left, p)
		}
		return nil
	})
	if mime, err := os.ReadFile(filepath.Join(prefix, "share/applications/mimeinfo.cache")); err == nil && strings.Contains(string(mime), appID) {
		t.Errorf("after uninstall mimeinfo.cache still offers Lectern:\n%s", mime)
	}
	if len(left) > 0 {
		t.Errorf("uninstall left %v", left)
	}
}

func checkDeb(t *testing.T, out, version string) {
	debs, _ := filepath.Glob(filepath.Join(out, "lectern_*.deb"))
	if len(debs) != 1 {
		t.Fatalf("want one .deb in %s, found %v", out, debs)
	}
	if got := strings.TrimSpace(run(t, "", nil, "dpkg-deb", "-f", debs[0], "Version")); got != version {
		t.Errorf("the .deb's Version is %q, want %q", got, version)
	}
	depends := run(t, "", nil, "dpkg-deb", "-f", debs[0], "Depends")
	for _, pkg := range []string{"libc6 (>= ", "libgl1", "libx11-6", "libxcursor1", "libxrandr2", "libxinerama1", "libxi6", "libxxf86vm1"} {
		if !strings.Contains(depends, pkg) {
			t.Errorf("the .deb does not depend on %s: Depends: %s", pkg, depends)
		}
	}
	files := run(t, "", nil, "dpkg-deb", "-c", debs[0])
	for _, f := range []string{"./usr/bin/lectern", "./usr/lib/lectern/lectern-diagrams", "./usr/share/applications/" + appID + ".desktop", "./usr/share/man/man1/lectern.1.gz", "./usr/share/doc/lectern/copyright"} {
		if !strings.Contains(files, " "+f+"\n") {
			t.Errorf("the .deb lacks %s", f)
		}
	}
	if strings.Contains(files, "share/lectern/installed") {
		t.Errorf("the .deb carries install.sh's manifest: dpkg keeps its own")
	}
}

func run(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func hasLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if l == line {
			return true
		}
	}
	return false
}
