// Command lectern-diagrams draws one D2 or Graphviz diagram as SVG for
// Lectern, in a process of its own: Lectern does not link the libraries
// (their start-up and memory), and a drawing past its time is killed.
//
//	lectern-diagrams d2|dot < config NUL source > svg
//
// It exits 0 with the SVG on stdout, or 1 with one plain line on stderr
// saying why there is none. It reads no file and opens no connection.
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/lectern-app/lectern/internal/diagram"
)

const (
	maxSource = 64 << 10 // render/layout's diagramMaxSource
	maxConfig = 16 << 10 // a theme's colours or defaults: a few hundred bytes
	memLimit  = 256 << 20
)

func main() {
	debug.SetMemoryLimit(memLimit) // soft: Lectern's timeout is the hard bound
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(stderr, oneLine(fmt.Sprintf("the diagram library failed: %v", r)))
			code = 1
		}
	}()
	if len(args) != 1 || args[0] != "d2" && args[0] != "dot" {
		fmt.Fprintln(stderr, "usage: lectern-diagrams d2|dot < config NUL source")
		return 2
	}
	config, src, err := readRequest(stdin)
	if err != nil {
		fmt.Fprintln(stderr, oneLine(err.Error()))
		return 1
	}
	svg, err := diagram.Draw(context.Background(), args[0], src, config)
	if err != nil {
		fmt.Fprintln(stderr, oneLine(err.Error()))
		return 1
	}
	if _, err := stdout.Write(svg); err != nil {
		fmt.Fprintln(stderr, oneLine("write the drawing: "+err.Error()))
		return 1
	}
	return 0
}

// readRequest splits the request at its first NUL into config and source,
// refusing more than the bounds allow.
func readRequest(r io.Reader) (config, src string, err error) {
	const max = maxConfig + 1 + maxSource
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return "", "", fmt.Errorf("read the diagram: %w", err)
	}
	if len(b) > max {
		return "", "", fmt.Errorf("the diagram's source is larger than %d KB", maxSource>>10)
	}
	i := bytes.IndexByte(b, 0)
	if i < 0 {
		return "", "", fmt.Errorf("the request has no NUL between the theme and the source")
	}
	if i > maxConfig {
		return "", "", fmt.Errorf("the diagram's theme is larger than %d KB", maxConfig>>10)
	}
	if len(b)-i-1 > maxSource {
		return "", "", fmt.Errorf("the diagram's source is larger than %d KB", maxSource>>10)
	}
	return string(b[:i]), string(b[i+1:]), nil
}

// oneLine keeps a message to one line, as Lectern shows it.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
