package pdf

import (
	"os"
	"testing"
	"time"
)

// The structure Load reads for the page labels is handed to one
// TakeStructure for the same, unchanged file, and to nothing else.
func TestLoadKeepsStructureForOneTake(t *testing.T) {
	p := copyDeck(t, "beamer.pdf", "")
	if _, err := Load(p, Options{}); err != nil {
		t.Fatal(err)
	}
	ctx := TakeStructure(p)
	if ctx == nil {
		t.Fatal("no structure kept after Load")
	}
	if err := ctx.EnsurePageCount(); err != nil || ctx.PageCount != 10 {
		t.Errorf("kept structure has %d pages (%v), want 10", ctx.PageCount, err)
	}
	if TakeStructure(p) != nil {
		t.Error("the structure was handed out twice")
	}

	if _, err := ReadLabelRanges(p); err != nil {
		t.Fatal(err)
	}
	if TakeStructure(testdata+"beamer.pdf") != nil {
		t.Error("the structure of one file was handed out for another")
	}

	if _, err := ReadLabelRanges(p); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	if TakeStructure(p) != nil {
		t.Error("the structure was handed out after the file changed")
	}
}

// A structure nobody takes is let go after keepFor, so the presenter does
// not hold it.
func TestKeptStructureExpires(t *testing.T) {
	old := keepFor
	keepFor = 20 * time.Millisecond
	defer func() { keepFor = old }()
	p := copyDeck(t, "talk.pdf", "")
	if _, err := ReadLabelRanges(p); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	structures.mu.Lock()
	held := structures.held
	structures.mu.Unlock()
	if held || TakeStructure(p) != nil {
		t.Error("the structure is still held after keepFor")
	}
}
