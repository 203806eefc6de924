// Package testtool finds the outside programs tests compare Lectern with
// (pdftotext, mutool, qpdf, xdotool…). `make test` installs them through
// .ci/deps; a test that cannot find one fails under CI=true, because a test
// skipped in CI tests nothing, and is skipped on a developer's machine.
package testtool

import (
	"os"
	"os/exec"
	"testing"
)

// Need returns the path of the named program or ends the test.
func Need(t testing.TB, tool string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err == nil {
		return path
	}
	Missing(t, tool+" is not installed (make test installs it through .ci/deps)")
	return ""
}

// Missing ends a test that lacks something from outside: a failure in CI, a
// skip elsewhere.
func Missing(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
}
