// Command startphases times, in one fresh process, what the presenter does
// with a deck before its first frame: talk.Open (with and without
// -titles N), opening the render document, and the first page renders.
//
//	startphases [-titles N] [-w 1920] deck.pdf
package main

import (
	"flag"
	"fmt"
	"os"
	"syscall"
	"time"

	"github.com/lectern-app/lectern/internal/pdfdoc"
	"github.com/lectern-app/lectern/internal/source"
	"github.com/lectern-app/lectern/internal/talk"
)

func main() {
	titles := flag.Int("titles", 0, "read slide titles from the text of the first N pages only (0: all)")
	width := flag.Int("w", 1920, "width of the renders in pixels")
	renderFirst := flag.Bool("render-first", false, "render page 1 before opening the deck")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: startphases [-titles N] [-w px] [-render-first] deck.pdf")
		os.Exit(2)
	}
	path := flag.Arg(0)
	start := time.Now()
	last, lastCPU := start, cpu()
	phase := func(what string) {
		now, c := time.Now(), cpu()
		fmt.Printf("%-28s %7.1f ms wall %7.1f ms CPU (at %6.1f ms)\n", what, ms(now.Sub(last)), ms(c-lastCPU), ms(now.Sub(start)))
		last, lastCPU = now, c
	}
	doc, err := pdfdoc.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "startphases:", err)
		os.Exit(1)
	}
	defer doc.Close()
	phase("pdfdoc.Open")
	if *renderFirst {
		if _, err := doc.Render(1, *width); err != nil {
			fmt.Fprintln(os.Stderr, "startphases:", err)
			os.Exit(1)
		}
		phase("render page 1 (first)")
	}
	d, err := talk.Open(path, source.Options{TitlePages: *titles})
	if err != nil {
		fmt.Fprintln(os.Stderr, "startphases:", err)
		os.Exit(1)
	}
	phase(fmt.Sprintf("talk.Open (%d slides)", len(d.Slides)))
	for _, p := range []int{1, 1, 2, 3} {
		if _, err := doc.Render(p, *width); err != nil {
			fmt.Fprintln(os.Stderr, "startphases:", err)
			os.Exit(1)
		}
		phase(fmt.Sprintf("render page %d", p))
	}
}

// cpu is the process's user + system time so far: on a busy machine the
// phases' CPU time is steadier than their wall time.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
