package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// dirList is --allow-dir, which may be given more than once: folders besides
// the deck's own that its pictures may be read from.
type dirList []string

func (d *dirList) String() string { return strings.Join(*d, ",") }

func (d *dirList) Set(v string) error {
	st, err := os.Stat(v)
	if err != nil {
		return fmt.Errorf("--allow-dir %s: %w", v, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("--allow-dir %s: not a folder", v)
	}
	*d = append(*d, v)
	return nil
}

// allowDirFlag adds --allow-dir to a command's flags.
func allowDirFlag(fs *flag.FlagSet) *dirList {
	d := &dirList{}
	fs.Var(d, "allow-dir", "a folder besides the deck's own its pictures may come from (repeatable)")
	return d
}
