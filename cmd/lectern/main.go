// Command lectern presents, rehearses, checks and exports slide decks offline.
// It only parses arguments and hands over to the packages that do the work.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
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
	if name == "export" {
		batchGC()
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

// batchGC lets a short batch command's heap grow to 5x what is live before
// it collects (unless the user set GOGC), still collecting near 1 GiB:
// cutting deck200.pdf into parts spent ~15% of its CPU collecting at the
// default 100%.
func batchGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(1 << 30)
		}
	}
}

func fail(code int, format string, a ...any) int {
	fmt.Fprintf(os.Stderr, "lectern: "+format+"\n", a...)
	return code
}
