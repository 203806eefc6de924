// Package fontstest lets tests ask for the installed fonts they draw with:
// .ci/deps installs them, so under CI=true a missing one fails the test
// instead of skipping it (testtool.Missing).
package fontstest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/lectern-app/lectern/render/fonts"
)

// Packages is what .ci/deps installs for the scripts the tests use.
const Packages = "fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-droid-fallback fonts-wqy-microhei fonts-symbola"

// Scripts is one word in each script the tests draw with installed fonts.
var Scripts = []string{"नमस्ते", "வணக்கம்", "你好", "こんにちは", "안녕하세요", "مرحبا", "שלום", "∑∫≤→", "🐍"}

// Need ends the test (failing under CI=true) unless some installed font
// draws every character of sample.
func Need(t testing.TB, sample ...string) {
	t.Helper()
	var miss []string
	for _, s := range sample {
		for _, r := range fonts.Missing(fonts.Regular, s) {
			miss = append(miss, fmt.Sprintf("%c U+%04X", r, r))
		}
	}
	if len(miss) > 0 {
		testtool.Missing(t, "no installed font draws "+strings.Join(miss, ", ")+" (.ci/deps installs "+Packages+")")
	}
}
