package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// helpCmd implements `lectern help [COMMAND]`.
func helpCmd(fs *flag.FlagSet) func(pos []string) int {
	return func(pos []string) int {
		if len(pos) == 0 {
			printOverview(os.Stdout)
			return 0
		}
		c := lookup(pos[0])
		if c == nil {
			return fail(2, "help: no command %q; the commands are %s", pos[0], commandNames())
		}
		printHelp(os.Stdout, c)
		return 0
	}
}

func commandNames() string {
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// printOverview is `lectern help`: every command in a line.
func printOverview(w io.Writer) {
	fmt.Fprintf(w, "Lectern presents Markdown and PDF slide decks offline, rehearses them against the clock\nand exports a long talk as parts that can each be given on their own.\n\n")
	fmt.Fprintf(w, "Usage:\n  lectern [DECK] [flags]              present DECK (the demo deck when none is given)\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-36s%s\n", strings.TrimSpace("lectern "+c.name+" "+c.args), c.summary)
	}
	fmt.Fprintf(w, "\nEvery deck command takes --allow-dir DIR (repeatable): a folder besides the deck's own\nthat its pictures may be read from. LECTERN_MAX_MEGAPIXELS sets the picture budget (50).\n")
	fmt.Fprintf(w, "\n`lectern help COMMAND` or `lectern COMMAND --help` shows a command's flags and examples.\n")
}

// printHelp is one command's usage, flags and examples.
func printHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: %s\n\n%s.\n", synopsis(c), capital(c.summary))
	if c.about != "" {
		fmt.Fprintf(w, "\n%s\n", wrap(c.about, 78))
	}
	if fs := flagsOf(c); hasFlags(fs) {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(w, "  %-24s%s\n", flagSynopsis(f), f.Usage)
		})
	}
	if len(c.examples) > 0 {
		fmt.Fprintf(w, "\nExamples:\n")
		for _, e := range c.examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
}

func synopsis(c *command) string {
	s := "lectern " + c.name
	if c.args != "" {
		s += " " + c.args
	}
	if hasFlags(flagsOf(c)) {
		s += " [flags]"
	}
	return s
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// flagSynopsis is "--name VALUE" for a flag that takes a value, "--name" for
// a switch.
func flagSynopsis(f *flag.Flag) string {
	dash := "--"
	if len(f.Name) == 1 {
		dash = "-"
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return dash + f.Name
	}
	name := metavars[f.Name]
	if name == "" {
		name = "VALUE"
	}
	return dash + f.Name + " " + name
}

// metavars name what a flag's value is, in help and the man page.
var metavars = map[string]string{
	"allow-dir": "DIR", "o": "DIR", "out": "DIR", "png": "FILE", "notes": "SIDE", "theme": "THEME",
	"duration": "DURATION", "warn": "DURATION", "max": "DURATION", "end": "HH:MM", "start": "N",
	"runs": "N", "width": "PIXELS", "split": "SPLIT", "images": "FORMAT",
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// wrap breaks text into lines of at most width characters.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			b.WriteString("\n")
			n = 0
		} else if n > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

// plainFlagError turns the flag package's words into the CLI's.
func plainFlagError(err error) string {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "unknown option " + rest
	}
	if rest, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return rest + " needs a value"
	}
	return msg
}
