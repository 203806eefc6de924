package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/lectern-app/lectern/internal/deckfiles"
)

// LECTERN_MAX_MEGAPIXELS raises or lowers the picture budget (50 megapixels
// unless set): a bitmap claiming more is shown as a placeholder and reported
// by check instead of being decoded.
func init() {
	v := os.Getenv("LECTERN_MAX_MEGAPIXELS")
	if v == "" {
		return
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || n <= 0 || n > 1000 {
		fmt.Fprintf(os.Stderr, "lectern: LECTERN_MAX_MEGAPIXELS=%s is not a number of megapixels from 1 to 1000; using %d\n", v, deckfiles.MaxPixels/1_000_000)
		return
	}
	deckfiles.MaxPixels = int64(n * 1e6)
}
