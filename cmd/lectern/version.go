package main

import (
	"flag"
	"fmt"
	"runtime/debug"
)

// version is set at link time by packagers (-ldflags "-X main.version=1.2.0");
// otherwise it comes from the build info.
var version = ""

// versionCmd implements `lectern version` and `lectern --version`.
func versionCmd(fs *flag.FlagSet) func(pos []string) int {
	return func(pos []string) int {
		fmt.Println("lectern " + versionString())
		return 0
	}
}

// versionString is the module version (or the link-time one), with the VCS
// revision and time when the binary was built from a checkout.
func versionString() string {
	v := version
	info, ok := debug.ReadBuildInfo()
	if v == "" && ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	if !ok {
		return v
	}
	var rev, when, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += fmt.Sprintf(" (%s %s%s)", rev, when, dirty)
	}
	return v + " " + info.GoVersion
}
