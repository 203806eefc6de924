// Command lectern presents, rehearses, checks and exports slide decks offline.
// It only parses arguments and hands over to the packages that do the work.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	_ "github.com/lectern-app/lectern/internal/locale" // before Fyne reads the locale
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches a sub-command and returns the process exit code. Flags may
// come before or after the deck; -h or --help anywhere prints the command's
// help and exits 0.
func run(args []string) int {
	name := "present"
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "-h" || a == "--help" || a == "-help":
			return helpCmd(nil)([]string{})
		case a == "--version" || a == "-version":
			return versionCmd(nil)(nil)
		case lookup(a) != nil:
			name, args = a, args[1:]
		case strings.HasPrefix(a, "-") && !startsLikePresent(args):
			return fail(2, "unknown option %s; see lectern help", a)
		}
	}
	c := lookup(name)
	fs := newFlags(c.name)
	exec := c.setup(fs)
	pos, err := parseInterleaved(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printHelp(os.Stdout, c)
		return 0
	case err != nil:
		return fail(2, "%s: %v (see lectern help %s)", c.name, plainFlagError(err), c.name)
	}
	if c.name == "export" && len(pos) == 1 && strings.EqualFold(filepath.Ext(pos[0]), ".pdf") {
		pdfExportGC()
	}
	return exec(pos)
}

// startsLikePresent accepts `lectern --duration 20m talk.md`: present's
// flags before the deck.
func startsLikePresent(args []string) bool {
	fs := newFlags("present")
	lookup("present").setup(fs)
	name := strings.TrimLeft(strings.SplitN(args[0], "=", 2)[0], "-")
	return fs.Lookup(name) != nil
}

// pdfExportGC lets `lectern export` of a PDF deck (parse, copy, write;
// ~25 MB allocated for deck200.pdf, little of it live) grow its heap to 9x
// what is live before collecting, unless the user set GOGC, and collect
// anyway near 512 MiB: it spent ~15% of its CPU collecting at the default
// (perf stat task-clock 64-67 ms, 52-57 ms at 800). A Markdown export
// keeps the default: its pictures make the heap large, and at 400 its
// peak grew from 146 to 222 MB.
func pdfExportGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(800)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(512 << 20)
	}
}

func fail(code int, format string, a ...any) int {
	fmt.Fprintf(os.Stderr, "lectern: "+format+"\n", a...)
	return code
}
