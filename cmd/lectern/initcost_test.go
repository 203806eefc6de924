package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// initLine is one package's line of GODEBUG=inittrace=1:
// "init PKG @7.0 ms, 0.37 ms clock, 247152 bytes, 1031 allocs".
var initLine = regexp.MustCompile(`(?m)^init (\S+) @\S+ ms, \S+ ms clock, (\d+) bytes, \d+ allocs$`)

// initHeap runs the built binary with GODEBUG=inittrace=1 and returns the
// heap each package's init allocated.
func initHeap(t *testing.T) map[string]int {
	t.Helper()
	cmd := exec.Command(lecternBinary(t), "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("lectern --version: %v\n%s", err, out)
	}
	heap := map[string]int{}
	for _, m := range initLine.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		heap[m[1]] += n
	}
	if len(heap) < 50 {
		t.Fatalf("inittrace listed %d packages; its format changed?\n%s", len(heap), out)
	}
	return heap
}

// Every start pays for the init of every package linked in, whatever the
// deck (issue 15): work that only some decks need must wait for them.
func TestPackageInitStaysSmall(t *testing.T) {
	heap := initHeap(t)
	// chroma's lexers are read on the first code block (third_party/chroma):
	// upstream read all 279 in init, 2.7 MB.
	if n := heap["github.com/alecthomas/chroma/v2/lexers"]; n > 512<<10 {
		t.Errorf("chroma's lexers allocate %d KB in init, want the XML lexers read on first use", n>>10)
	}
	total := 0
	for pkg, n := range heap {
		total += n
		if n > 2<<20 {
			t.Errorf("package %s allocates %.1f MB in init", pkg, float64(n)/(1<<20))
		}
	}
	t.Logf("init allocates %.1f MB in %d packages", float64(total)/(1<<20), len(heap))
}
