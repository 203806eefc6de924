package pdfpc

import (
	"os"
	"testing"
)

// FuzzParse feeds Parse arbitrary bytes, seeded with the test files: it
// must return a file or an error, and whatever it returns must survive
// matching and writing.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("../../../testdata/pdf/talk.pdfpc"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(legacy))
	f.Add([]byte(`{"pdfpc_format":1,"pages":[{"idx":"2","label":3,"forced_overlay":1}]}`))
	f.Add([]byte("[notes]\n### 2\nx\n### 1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Parse(b)
		if err != nil {
			return
		}
		file.Match(talkLayout())
		file.ForcedOverlays(talkLabels)
		if _, err := Marshal(file); err != nil {
			t.Fatalf("marshal: %v", err)
		}
	})
}
