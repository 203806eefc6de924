// Command lectern presents, rehearses, checks and exports slide decks offline.
// It only parses arguments and hands over to the packages that do the work.
package main

import (
	"fmt"
	"os"

	_ "github.com/lectern-app/lectern/internal/locale" // before Fyne reads the locale
)

const usage = `Usage:
  lectern [DECK]                      present DECK (the demo deck when none is given)
  lectern present DECK [flags]        present: --duration 30m --warn 5m --end 14:30 --notes right|left|bottom --start N --theme light|dark
  lectern rehearse DECK               rehearse against the clock and save the run
  lectern report DECK [--png FILE] [--runs N]
  lectern check DECK [--json] [--notes right|left|bottom]
  lectern export DECK -o DIR [--split parts|sections|RANGES|auto] [--max 20m] [--duration 30m]
                 [--title-slides] [--handout] [--steps] [--dry-run] [--json] [--force]

Every command takes --allow-dir DIR (repeatable): a folder besides the deck's own that
its pictures may be read from. LECTERN_MAX_MEGAPIXELS sets the picture budget (50).
`

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches a sub-command and returns the process exit code.
func run(args []string) int {
	if len(args) == 0 {
		return present(nil)
	}
	switch args[0] {
	case "check":
		return checkCmd(args[1:])
	case "present":
		return present(args[1:])
	case "rehearse":
		return rehearseCmd(args[1:])
	case "report":
		return reportCmd(args[1:])
	case "export":
		return exportCmd(args[1:])
	case "help", "-h", "--help":
		fmt.Print(usage)
		return 0
	}
	return present(args)
}

// fail prints one plain line to stderr and returns the exit code.
func fail(code int, format string, a ...any) int {
	fmt.Fprintf(os.Stderr, "lectern: "+format+"\n", a...)
	return code
}
