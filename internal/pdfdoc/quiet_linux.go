package pdfdoc

/*
#include <stdio.h>

// MuPDF's default warning and error callbacks print with fprintf(stderr, …).
// Pointing the C library's stderr stream at /dev/null while MuPDF runs
// hushes them and leaves file descriptor 2 alone, so a Go panic, a stack
// dump or a crash report from any goroutine still reaches the terminal.
static FILE *lectern_null;
static FILE *lectern_saved;

static int lectern_hush(void) {
	if (!lectern_null) {
		lectern_null = fopen("/dev/null", "w");
		if (!lectern_null) return -1;
	}
	lectern_saved = stderr;
	stderr = lectern_null;
	return 0;
}

static void lectern_unhush(void) {
	if (lectern_saved) {
		fflush(lectern_null);
		stderr = lectern_saved;
		lectern_saved = NULL;
	}
}
*/
import "C"

import (
	"os"
	"sync"
)

// MuPDF prints its repair warnings ("trying to repair broken xref", …) from
// C, and go-fitz gives no way to install a warning callback. The reader
// already turns what matters into problems and errors that name the file,
// so while any MuPDF call runs, C's stderr stream (not fd 2) goes to
// /dev/null. Calls on different documents still run in parallel: the first
// to start hushes, the last to end restores. LECTERN_DEBUG keeps MuPDF's
// own messages.
var (
	quietMu sync.Mutex
	quietN  int  // MuPDF calls running
	hushed  bool // stderr points at /dev/null
	debug   = os.Getenv("LECTERN_DEBUG") != ""
)

func quiet(fn func() error) error {
	if debug {
		return fn()
	}
	hush()
	defer unhush() // runs on a panic too
	return fn()
}

func hush() {
	quietMu.Lock()
	defer quietMu.Unlock()
	quietN++
	if quietN == 1 {
		hushed = C.lectern_hush() == 0
	}
}

func unhush() {
	quietMu.Lock()
	defer quietMu.Unlock()
	if quietN == 0 {
		return
	}
	quietN--
	if quietN == 0 && hushed {
		C.lectern_unhush()
		hushed = false
	}
}
