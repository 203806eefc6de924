package markdown

import (
	"os"
	"reflect"
	"testing"
)

// TestChunkedParseMatchesWhole: parsing a deck in small chunks gives the
// very deck one parse of the whole text gives, for every golden case, the
// reference talk and the generated decks.
func TestChunkedParseMatchesWhole(t *testing.T) {
	inputs := map[string][]byte{"bench": benchDeck(300), "reveal": revealDeck(300),
		// a reference image whose definition comes slides later, in another chunk
		"refs": []byte("# One\n\n![logo][l] and ![Other][]\n\n---\n\n# Two\n\ntext\n\n---\n\n# Three\n\n[l]: <img/logo.png> \"Logo\"\n[other]: img/other.png\n")}
	for _, file := range caseFiles(t) {
		inputs[file] = readCase(t, file).input
	}
	if b, err := os.ReadFile(talkPath); err == nil {
		inputs["talk"] = b
	} else {
		t.Fatal(err)
	}
	defer func(n int) { chunkSize = n }(chunkSize)
	for name, src := range inputs {
		chunkSize = 1 << 30
		whole, err1 := Parse(talkPath, src)
		for _, size := range []int{1, 40, 300, 4096} {
			chunkSize = size
			chunked, err2 := Parse(talkPath, src)
			if (err1 == nil) != (err2 == nil) {
				t.Fatalf("%s, chunks of %d: errors %v and %v", name, size, err1, err2)
			}
			if name == "refs" && err2 == nil && (len(chunked.Slides) < 1 || len(chunked.Slides[0].Images) != 2) {
				t.Errorf("chunks of %d: the reference images of slide 1 were not found: %+v", size, chunked.Slides)
			}
			if err1 == nil && !reflect.DeepEqual(whole, chunked) {
				for i := range min(len(whole.Slides), len(chunked.Slides)) {
					if !reflect.DeepEqual(whole.Slides[i], chunked.Slides[i]) {
						t.Fatalf("%s, chunks of %d: slide %d differs:\n%+v\n%+v", name, size, i+1, whole.Slides[i], chunked.Slides[i])
					}
				}
				t.Fatalf("%s, chunks of %d: decks differ:\n%+v\n%+v", name, size, whole, chunked)
			}
		}
	}
}
