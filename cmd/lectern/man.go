package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// manCmd implements `lectern man`: lectern(1) in roff, made from the command
// table like the help and the completions.
func manCmd(fs *flag.FlagSet) func(pos []string) int {
	return func(pos []string) int {
		writeMan(os.Stdout)
		return 0
	}
}

func writeMan(w io.Writer) {
	fmt.Fprintf(w, ".TH LECTERN 1 \"\" \"lectern %s\" \"User Commands\"\n", roff(versionString()))
	fmt.Fprintf(w, ".SH NAME\nlectern \\- present, rehearse, check and export slide decks offline\n")
	fmt.Fprintf(w, ".SH SYNOPSIS\n.B lectern\n[\\fIDECK\\fR] [\\fIflags\\fR]\n")
	for _, c := range commands {
		fmt.Fprintf(w, ".br\n.B lectern %s\n", c.name)
		if c.args != "" {
			fmt.Fprintf(w, "%s\n", roff(c.args))
		}
	}
	fmt.Fprintf(w, ".SH DESCRIPTION\n%s\n", roff("Lectern presents Markdown and PDF slide decks fully offline, with an audience window and a "+
		"presenter console (current and next slide, notes, a talk clock that warns before the talk runs long), "+
		"records rehearsals, and exports a long talk split into parts that can each be given on their own. "+
		"A deck is untrusted input: it may only make Lectern read regular files inside its own folder, "+
		"or in folders given with --allow-dir."))
	fmt.Fprintf(w, ".SH COMMANDS\n")
	for _, c := range commands {
		fmt.Fprintf(w, ".SS %s\n%s.\n", roff(synopsis(&c)), roff(capital(c.summary)))
		if c.about != "" {
			fmt.Fprintf(w, "%s\n", roff(c.about))
		}
		flagsOf(&c).VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(w, ".TP\n.B %s\n%s\n", roff(flagSynopsis(f)), roff(f.Usage))
		})
		if len(c.examples) > 0 {
			fmt.Fprintf(w, ".PP\nExamples:\n.RS\n.nf\n")
			for _, e := range c.examples {
				fmt.Fprintf(w, "%s\n", roff(e))
			}
			fmt.Fprintf(w, ".fi\n.RE\n")
		}
	}
	fmt.Fprintf(w, ".SH ENVIRONMENT\n")
	for _, e := range [][2]string{
		{"LECTERN_MAX_MEGAPIXELS", "the picture budget: bitmaps claiming more megapixels are not decoded (50)."},
		{"LECTERN_DEBUG", "keep MuPDF's own warnings on standard error."},
		{"XDG_DATA_HOME", "where rehearsal runs go when a deck's folder cannot be written (~/.local/share)."},
		{"XDG_CONFIG_HOME", "where the session (slide and clock, for resuming after a crash) is kept (~/.config)."},
	} {
		fmt.Fprintf(w, ".TP\n.B %s\n%s\n", e[0], roff(e[1]))
	}
	fmt.Fprintf(w, ".SH FILES\n.TP\n.I DECK.lectern.json\n%s\n.TP\n.I DECK.pdfpc\n%s\n",
		roff("rehearsal runs, next to the deck."), roff("pdfpc notes, duration and warning for a PDF deck."))
	fmt.Fprintf(w, ".SH EXIT STATUS\n%s\n", roff("0 on success; check: 1 when the deck loaded with problems; 2 when a deck cannot be read or the command line is wrong."))
	fmt.Fprintf(w, ".SH SEE ALSO\n.BR pdfpc (1)\n")
}

// roff escapes text for a roff line: backslashes, and a leading . or '.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
