package talk

import "os"

// debugging is on when LECTERN_DEBUG is set: stacks are printed for crashes.
func debugging() bool { return os.Getenv("LECTERN_DEBUG") != "" }
