package export

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/export/exporttest"
	"github.com/lectern-app/lectern/internal/testtool"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Every part cut from one read of a deck must show what pdfcpu's own page
// extraction (from a fresh read each time) shows: same text, same pixels.
func TestCutMatchesPdfcpu(t *testing.T) {
	for _, tc := range []struct {
		file  string
		parts [][]int
	}{
		{"talk.pdf", [][]int{{1, 2, 3, 4, 5}, {6, 7, 8, 9}, {10, 11, 12}}},
		{"beamer.pdf", [][]int{{1}, {2, 3, 4, 5}, {6, 7, 8}, {9, 10}}},
		{"beamer-notes.pdf", [][]int{{1, 2}, {3, 4}}},
		{"bench/deck200.pdf", [][]int{pages(1, 10), pages(95, 105), pages(191, 200)}},
	} {
		dir := t.TempDir()
		path := filepath.Join(testdata, tc.file)
		s, err := openPDF(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, pg := range tc.parts {
			a, b := filepath.Join(dir, "a"+itoa(i)+".pdf"), filepath.Join(dir, "b"+itoa(i)+".pdf")
			if err := s.write(a, pdfPart{pages: pg, labels: []string{"x"}}); err != nil {
				t.Fatal(err)
			}
			if err := api.TrimFile(path, b, []string{rangeOf(pg)}, nil); err != nil {
				t.Fatal(err)
			}
			if err := api.ValidateFile(a, nil); err != nil {
				t.Errorf("%s part %d: pdfcpu rejects the cut: %v", tc.file, i+1, err)
			}
			if x, y := exporttest.PDFText(t, a), exporttest.PDFText(t, b); x != y {
				t.Errorf("%s part %d: text differs from pdfcpu's cut:\n%s\n---\n%s", tc.file, i+1, x, y)
			}
			if x, y := pixels(t, a), pixels(t, b); !bytes.Equal(x, y) {
				t.Errorf("%s part %d: pages look different from pdfcpu's cut", tc.file, i+1)
			}
		}
	}
}

func rangeOf(pg []int) string {
	return itoa(pg[0]) + "-" + itoa(pg[len(pg)-1])
}

// pixels renders every page small with mutool, as one byte string.
func pixels(t *testing.T, path string) []byte {
	t.Helper()
	testtool.Need(t, "mutool")
	out, err := exec.Command("mutool", "draw", "-q", "-w", "96", "-F", "pgm", "-o", "-", path).Output()
	if err != nil {
		t.Fatalf("mutool draw %s: %v", path, err)
	}
	return out
}

func pages(a, b int) []int {
	var out []int
	for i := a; i <= b; i++ {
		out = append(out, i)
	}
	return out
}

// Beamer's hyperref PDFs link by named destinations: a part keeps those
// that point at its own pages.
func TestNamedDestinationsKept(t *testing.T) {
	s, err := openPDF(filepath.Join(testdata, "beamer.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	n := s.ctx.Names["Dests"]
	if n == nil {
		t.Fatal("beamer.pdf: no named destinations read")
	}
	all, _ := n.KeyList()
	out := filepath.Join(t.TempDir(), "p.pdf")
	if err := s.write(out, pdfPart{pages: []int{2, 3, 4, 5}}); err != nil {
		t.Fatal(err)
	}
	ctx, err := api.ReadContextFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := ctx.LocateNameTree("Dests", false); err != nil || ctx.Names["Dests"] == nil {
		t.Fatalf("the part has no named destinations (%v)", err)
	}
	kept, _ := ctx.Names["Dests"].KeyList()
	if len(kept) == 0 || len(kept) >= len(all) {
		t.Errorf("kept %d of %d named destinations; want those of pages 2-5 only", len(kept), len(all))
	}
	for _, k := range kept {
		k, _, _ = strings.Cut(k, " ") // KeyList lists "key value"
		arr, err := ctx.DereferenceDestArray(k)
		if err != nil || len(arr) == 0 {
			t.Errorf("destination %q does not resolve: %v", k, err)
			continue
		}
		if _, err := ctx.PageNumber(arr[0].(types.IndirectRef).ObjectNumber.Value()); err != nil {
			t.Errorf("destination %q points at no page of the part: %v", k, err)
		}
	}
}

func TestPartOutline(t *testing.T) {
	src := []pdfcpu.Bookmark{
		{Title: "Intro", PageFrom: 1},
		{Title: "Stack", PageFrom: 2, Kids: []pdfcpu.Bookmark{{Title: "Flask", PageFrom: 3}, {Title: "Redis", PageFrom: 5}}},
		{Title: "Scaling", PageFrom: 6},
	}
	type bm struct {
		Title string
		Page  int
		Kids  int
	}
	flat := func(bms []pdfcpu.Bookmark) []bm {
		var out []bm
		for _, b := range bms {
			out = append(out, bm{b.Title, b.PageFrom, len(b.Kids)})
		}
		return out
	}
	// Pages 3-6 become 1-4: "Stack" drops out, its kids move up.
	got := flat(partOutline(src, map[int]int{3: 1, 4: 2, 5: 3, 6: 4}, 1, "Part two"))
	want := []bm{{"Flask", 1, 0}, {"Redis", 3, 0}, {"Scaling", 4, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// Nothing on the first page: the part's title goes first.
	got = flat(partOutline(src, map[int]int{4: 1, 5: 2}, 1, "Part two"))
	want = []bm{{"Part two", 1, 0}, {"Redis", 2, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// Kept whole with children.
	got = flat(partOutline(src, map[int]int{2: 1, 3: 2, 4: 3, 5: 4}, 1, "Stack"))
	want = []bm{{"Stack", 1, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// An outline entry already named after the part is not repeated.
	got = flat(partOutline([]pdfcpu.Bookmark{{Title: "Why", PageFrom: 2}}, map[int]int{1: 1, 2: 2}, 1, "Why"))
	if !reflect.DeepEqual(got, []bm{{"Why", 2, 0}}) {
		t.Errorf("got %v", got)
	}
	if out := partOutline(nil, map[int]int{1: 1}, 1, ""); len(out) != 0 {
		t.Errorf("no outline and no title: %v", out)
	}
}

func TestLabelTree(t *testing.T) {
	d := labelTree([]string{"1", "1", "2", "3", "3", "3", "Ä"})
	nums := d.ArrayEntry("Nums")
	if len(nums) != 8 {
		t.Fatalf("nums %v", nums)
	}
	if nums[0].String() != "0" || nums[2].String() != "2" || nums[4].String() != "3" || nums[6].String() != "6" {
		t.Errorf("ranges start at %v", nums)
	}
}
