package layout

import (
	"fmt"
	"os"
	"testing"

	"github.com/lectern-app/lectern/internal/deck"
)

var benchDiagrams = map[string]string{
	"dot": "digraph {\n  rankdir=LR\n  Draft -> Review [label=\"submit\"]\n  Review -> Publish\n  Review -> Draft [label=\"changes\"]\n}",
	"d2":  "Draft -> Review: submit\nReview -> Publish\nReview -> Draft: changes\nPublish.shape: cylinder",
}

// The first draw of a small diagram: a source not drawn before (a comment
// makes each one new), the library already started.
func BenchmarkDiagramFirstDraw(b *testing.B) {
	for _, lang := range []string{"dot", "d2"} {
		b.Run(lang, func(b *testing.B) {
			isolatedDiagrams(b)
			comment := map[string]string{"dot": "// %d\n", "d2": "# %d\n"}[lang]
			benchLayout(b, fmt.Sprintf("```%s\n%s%s\n```\n", lang, fmt.Sprintf(comment, -1), benchDiagrams[lang]))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				benchLayout(b, fmt.Sprintf("```%s\n%s%s\n```\n", lang, fmt.Sprintf(comment, i), benchDiagrams[lang]))
			}
		})
	}
}

// A slide whose diagram was drawn before: in this process, and in an
// earlier one (the cache folder).
func BenchmarkDiagramCachedDraw(b *testing.B) {
	for _, lang := range []string{"dot", "d2"} {
		body := fmt.Sprintf("```%s\n%s\n```\n", lang, benchDiagrams[lang])
		b.Run(lang+"/process", func(b *testing.B) {
			isolatedDiagrams(b)
			benchLayout(b, body)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				benchLayout(b, body)
			}
		})
		b.Run(lang+"/folder", func(b *testing.B) {
			isolatedDiagrams(b)
			benchLayout(b, body)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				forgetDiagrams()
				benchLayout(b, body)
			}
		})
	}
}

func benchLayout(b *testing.B, body string) {
	l, err := LayoutSlide(&deck.Slide{Number: 1, Body: body, Steps: 1}, nil, Options{})
	if err != nil || len(l.Problems) != 0 {
		b.Fatalf("%v %v", err, l.Problems)
	}
	if _, err := os.Stat(os.Getenv("XDG_CACHE_HOME")); err != nil {
		b.Fatal(err)
	}
}
