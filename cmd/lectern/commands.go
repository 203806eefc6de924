package main

import "flag"

// command is one sub-command: the words its help, the man page and the
// shell completions are made from, and how it sets up its flags and runs.
type command struct {
	name     string
	args     string // what follows the name in a synopsis, e.g. "DECK"
	summary  string // one line
	about    string // a paragraph for help and the man page
	examples []string
	decks    bool // its positional arguments are deck files (for completion)
	// setup defines the command's flags on fs and returns what runs it
	// on the positional arguments once they are parsed.
	setup func(fs *flag.FlagSet) func(pos []string) int
}

// commands is the one table of sub-commands; `lectern DECK` is `present`.
// It is filled in init: help, man and completion read the table themselves.
var commands []command

func init() {
	commands = []command{
		{name: "present", args: "[DECK]", decks: true, setup: present,
			summary: "present a deck: an audience window and a presenter console",
			about: "Opens the audience window (the slide alone) and the presenter window (current and next slide, " +
				"notes, the talk clock, parts and pace). With no deck, the bundled demo deck. " +
				"`lectern DECK` is the same as `lectern present DECK`.",
			examples: []string{"lectern talk.md", "lectern talk.pdf --duration 20m --warn 3m",
				"lectern beamer.pdf --notes right", "lectern present talk.md --end 14:30 --start 5 --theme dark"}},
		{name: "rehearse", args: "DECK", decks: true, setup: rehearseCmd,
			summary: "rehearse against the clock and save the run",
			about: "Opens a rehearsal window that times every slide and step. q saves the run next to the deck " +
				"(or in the data folder when the deck's folder cannot be written); x twice throws it away.",
			examples: []string{"lectern rehearse talk.md", "lectern rehearse talk.pdf --duration 30m"}},
		{name: "report", args: "DECK", decks: true, setup: reportCmd,
			summary:  "print the rehearsal runs and what to cut, or draw them",
			about:    "Compares the last runs with the budgets and suggests cuts or a split into separate talks.",
			examples: []string{"lectern report talk.md", "lectern report talk.md --png report.png --runs 5"}},
		{name: "check", args: "DECK", decks: true, setup: checkCmd,
			summary: "check a deck: slides, steps, parts, budgets, notes and problems",
			about: "Reads the deck as the presenter would and lists what is wrong. Exit status 0: fine; " +
				"1: loaded with problems; 2: cannot be read. A check writes nothing.",
			examples: []string{"lectern check talk.md", "lectern check talk.pdf --json"}},
		{name: "export", args: "DECK", decks: true, setup: exportCmd,
			summary: "export the talk split into parts that can each be given on their own",
			about: "Writes one folder per part (slides.pdf, notes as .pdfpc, deck.md and images for Markdown decks) " +
				"and parts.json. Nothing is written unless the whole export succeeds. " +
				"With --images png it writes every slide instead (every step with --steps) as talk.001.png, talk.002.png… " +
				"(talk.003.2.png with --steps) into -o or talk-png beside the deck, drawn as the screen draws them; " +
				"talk.images.json lists them, and files it did not write are never replaced without --force.",
			examples: []string{"lectern export talk.md -o parts", "lectern export talk.pdf -o parts --split 1-3,4-6,7-9",
				"lectern export beamer.pdf -o parts --split auto --max 3m --duration 9m --dry-run",
				"lectern export talk.md --images png --width 1280 --steps"}},
		{name: "version", setup: versionCmd,
			summary: "print the version", examples: []string{"lectern version", "lectern --version"}},
		{name: "help", args: "[COMMAND]", setup: helpCmd,
			summary: "print help for lectern or one command", examples: []string{"lectern help export"}},
		{name: "completion", args: "bash|zsh|fish", setup: completionCmd,
			summary:  "print a shell completion script",
			about:    "Load it in your shell, e.g. `source <(lectern completion bash)`, or install it where your shell looks.",
			examples: []string{"lectern completion bash > /etc/bash_completion.d/lectern", "lectern completion fish > ~/.config/fish/completions/lectern.fish"}},
		{name: "man", setup: manCmd,
			summary: "print the lectern(1) manual page (roff)", examples: []string{"lectern man > lectern.1 && man ./lectern.1"}},
	}
}

func lookup(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

// flagsOf is the flag set of a command, as its setup defines it.
func flagsOf(c *command) *flag.FlagSet {
	fs := newFlags(c.name)
	c.setup(fs)
	return fs
}
