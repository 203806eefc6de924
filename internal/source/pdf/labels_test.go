package pdf

import (
	"reflect"
	"strings"
	"testing"

	"github.com/lectern-app/lectern/internal/pdfdoc/pdftest"
)

func TestPageLabelsOfSamples(t *testing.T) {
	cases := map[string][]string{
		"talk.pdf":         {"1", "2", "3", "3", "3", "4", "5", "5", "6", "7", "8", "9"},
		"beamer.pdf":       {"1", "2", "2", "2", "3", "4", "4", "5", "6", "7"},
		"beamer-notes.pdf": {"1", "1", "2", "2", "2", "3", "2", "4", "3", "5"},
	}
	for name, want := range cases {
		got, err := PageLabels(testdata+name, len(want))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s labels = %q, want %q", name, got, want)
		}
	}
	// deck200.pdf has no /PageLabels: the labels are the page numbers.
	got, err := PageLabels(testdata+"deck200.pdf", 200)
	if err != nil || got[0] != "1" || got[199] != "200" {
		t.Errorf("deck200 labels = %q…, %v", got[:3], err)
	}
}

func TestFormatLabels(t *testing.T) {
	ranges := []LabelRange{
		{Start: 0, Style: "r", First: 1},
		{Start: 3, Style: "D", First: 1},
		{Start: 5, Style: "A", Prefix: "App-", First: 25},
		{Start: 8, Style: "R", First: 1999},
		{Start: 9, Prefix: "Cover"},
		{Start: 10, Style: "a", First: 52},
	}
	got := FormatLabels(ranges, 12)
	want := []string{"i", "ii", "iii", "1", "2", "App-Y", "App-Z", "App-AA", "MCMXCIX", "Cover", "zz", "aaa"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("labels = %q, want %q", got, want)
	}
	// Pages before the first range keep their numbers.
	if got := FormatLabels([]LabelRange{{Start: 2, Style: "D", First: 10}}, 4); !reflect.DeepEqual(got, []string{"1", "2", "10", "11"}) {
		t.Errorf("late first range = %q", got)
	}
}

func TestPageLabelsNumberTreeWithKids(t *testing.T) {
	dir := t.TempDir()
	p := pdftest.Write(t, dir, "kids.pdf", pdftest.Minimal(pdftest.Spec{
		Texts: []string{"a", "b", "c", "d", "e"},
		Catalog: `/PageLabels << /Kids [ << /Limits [0 1] /Nums [0 << /S /r >>] >>
			<< /Limits [2 4] /Nums [2 << /S /D /P (Part <FEFF0020>) /St 7 >> 4 << /P <FEFF00C9> >>] >> ] >>`,
	}))
	got, err := PageLabels(p, 5)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"i", "ii", "Part <FEFF0020>7", "Part <FEFF0020>8", "É"}; !reflect.DeepEqual(got, want) {
		t.Errorf("labels = %q, want %q", got, want)
	}
}

func TestPageLabelsErrors(t *testing.T) {
	dir := t.TempDir()
	p := pdftest.Write(t, dir, "loop.pdf", pdftest.Minimal(pdftest.Spec{
		Texts: []string{"a", "b"}, Catalog: `/PageLabels << /Nums [0 (not a dict)] >>`}))
	got, err := PageLabels(p, 2)
	if err == nil || !strings.Contains(err.Error(), "loop.pdf") || !reflect.DeepEqual(got, []string{"1", "2"}) {
		t.Errorf("bad tree: %q, %v", got, err)
	}
	got, err = PageLabels(dir+"/missing.pdf", 3)
	if err == nil || !reflect.DeepEqual(got, []string{"1", "2", "3"}) {
		t.Errorf("missing file: %q, %v", got, err)
	}
}
