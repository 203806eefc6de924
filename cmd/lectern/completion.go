package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// completionCmd implements `lectern completion bash|zsh|fish`: scripts made
// from the command table, so they never fall behind the flags.
func completionCmd(fs *flag.FlagSet) func(pos []string) int {
	return func(pos []string) int {
		if len(pos) != 1 {
			return fail(2, "completion needs a shell: bash, zsh or fish, e.g. lectern completion bash")
		}
		switch pos[0] {
		case "bash":
			writeBash(os.Stdout)
		case "zsh":
			writeZsh(os.Stdout)
		case "fish":
			writeFish(os.Stdout)
		default:
			return fail(2, "completion: no script for %q; the shells are bash, zsh and fish", pos[0])
		}
		return 0
	}
}

// flagChoices are the values some flags take, offered by the completions.
var flagChoices = map[string]string{
	"notes": "right left bottom",
	"theme": "light dark",
	"split": "parts sections auto",
}

// folderFlags and fileFlags take a folder or a file path.
var (
	folderFlags = map[string]bool{"allow-dir": true, "o": true, "out": true}
	fileFlags   = map[string]bool{"png": true}
)

type flagInfo struct {
	name, usage string
	takesValue  bool
}

func flagInfos(c *command) []flagInfo {
	var out []flagInfo
	flagsOf(c).VisitAll(func(f *flag.Flag) {
		b, isBool := f.Value.(interface{ IsBoolFlag() bool })
		out = append(out, flagInfo{name: f.Name, usage: f.Usage, takesValue: !(isBool && b.IsBoolFlag())})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func writeBash(w io.Writer) {
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
	}
	fmt.Fprintf(w, "# bash completion for lectern (lectern completion bash)\n_lectern() {\n")
	fmt.Fprintf(w, "\tlocal cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cmd=present opts=\"\" w\n")
	fmt.Fprintf(w, "\tfor w in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n\t\tcase \"$w\" in %s) cmd=$w; break ;; esac\n\tdone\n", strings.Join(names, "|"))
	fmt.Fprintf(w, "\tcase \"$cmd\" in\n")
	for _, c := range commands {
		var flags []string
		for _, f := range flagInfos(&c) {
			flags = append(flags, dashed(f.name))
		}
		fmt.Fprintf(w, "\t%s) opts=%q ;;\n", c.name, strings.Join(flags, " "))
	}
	fmt.Fprintf(w, "\tesac\n\tcase \"$prev\" in\n")
	for name, choices := range sortedMap(flagChoices) {
		fmt.Fprintf(w, "\t%s) COMPREPLY=($(compgen -W %q -- \"$cur\")); return ;;\n", dashed(name), choices)
	}
	fmt.Fprintf(w, "\t%s) COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n", strings.Join(dashedAll(folderFlags), "|"))
	fmt.Fprintf(w, "\t%s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", strings.Join(dashedAll(fileFlags), "|"))
	fmt.Fprintf(w, "\tesac\n")
	fmt.Fprintf(w, "\tif [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\")); return; fi\n")
	fmt.Fprintf(w, "\tCOMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -- \"$cur\" | grep -E '\\.(md|markdown|qmd|pdf)$'))\n")
	fmt.Fprintf(w, "\tif [[ $COMP_CWORD -eq 1 ]]; then COMPREPLY+=($(compgen -W %q -- \"$cur\")); fi\n", strings.Join(names, " "))
	fmt.Fprintf(w, "}\ncomplete -o filenames -F _lectern lectern\n")
}

func writeZsh(w io.Writer) {
	fmt.Fprintf(w, "#compdef lectern\n# zsh completion for lectern (lectern completion zsh)\n_lectern() {\n\tlocal -a cmds\n\tcmds=(\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t\t%q\n", c.name+":"+c.summary)
	}
	fmt.Fprintf(w, "\t)\n\tif (( CURRENT == 2 )); then\n\t\t_describe command cmds\n\t\t_files -g '*.(md|markdown|qmd|pdf)'\n\t\treturn\n\tfi\n")
	fmt.Fprintf(w, "\tlocal cmd=$words[2]\n\tif ! (( ${cmds[(I)$cmd:*]} )); then cmd=present; fi\n\tcase $cmd in\n")
	for _, c := range commands {
		var specs []string
		for _, f := range flagInfos(&c) {
			spec := "'*" + dashed(f.name) + "[" + zshEscape(f.usage) + "]"
			if f.takesValue {
				switch {
				case flagChoices[f.name] != "":
					spec += ":value:(" + flagChoices[f.name] + ")"
				case folderFlags[f.name]:
					spec += ":folder:_files -/"
				case fileFlags[f.name]:
					spec += ":file:_files"
				default:
					spec += ":value: "
				}
			}
			specs = append(specs, spec+"'")
		}
		if c.decks {
			specs = append(specs, "'*:deck:_files -g \"*.(md|markdown|qmd|pdf)\"'")
		}
		fmt.Fprintf(w, "\t%s) _arguments %s ;;\n", c.name, strings.Join(specs, " "))
	}
	fmt.Fprintf(w, "\tesac\n}\n_lectern \"$@\"\n")
}

func zshEscape(s string) string {
	return strings.NewReplacer("[", "(", "]", ")", "'", "", ":", " ").Replace(s)
}

func writeFish(w io.Writer) {
	fmt.Fprintf(w, "# fish completion for lectern (lectern completion fish)\ncomplete -c lectern -f\n")
	var names []string
	for _, c := range commands {
		names = append(names, c.name)
		fmt.Fprintf(w, "complete -c lectern -n __fish_use_subcommand -a %s -d %s\n", c.name, fishQuote(c.summary))
	}
	fmt.Fprintf(w, "complete -c lectern -a '(__fish_complete_suffix .md .markdown .qmd .pdf)'\n")
	for _, c := range commands {
		cond := "__fish_seen_subcommand_from " + c.name
		if c.name == "present" { // `lectern DECK --flag` is present too
			cond = "not __fish_seen_subcommand_from " + strings.Join(names[1:], " ")
		}
		for _, f := range flagInfos(&c) {
			opt := "-l " + f.name
			if len(f.name) == 1 {
				opt = "-s " + f.name
			}
			extra := ""
			switch {
			case flagChoices[f.name] != "":
				extra = " -x -a " + fishQuote(flagChoices[f.name])
			case folderFlags[f.name]:
				extra = " -x -a '(__fish_complete_directories)'"
			case fileFlags[f.name]:
				extra = " -r -F"
			case f.takesValue:
				extra = " -x"
			}
			fmt.Fprintf(w, "complete -c lectern -n %s %s%s -d %s\n", fishQuote(cond), opt, extra, fishQuote(f.usage))
		}
	}
}

func fishQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

func dashedAll(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, dashed(k))
	}
	sort.Strings(out)
	return out
}

// sortedMap yields a map's entries in key order (stable scripts).
func sortedMap(m map[string]string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}
