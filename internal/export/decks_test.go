package export

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
)

// The test decks are copies of the project's sample decks in
// testdata/export. Until the loaders are used directly (see
// loaders_test.go), these builders make the decks the loaders make.

const testdata = "../../testdata/export"

// pdfDeck builds a PDF deck from page labels (consecutive equal labels are
// one slide's steps), slide titles, part starts and notes by slide.
func pdfDeck(path string, labels, titles []string, parts []deck.PartStart, notes map[int]string) *deck.Deck {
	d := &deck.Deck{Path: path, Format: deck.PDF, PageCount: len(labels), Meta: deck.Meta{Aspect: 16.0 / 9, Warn: deck.DefaultWarn}}
	for i, l := range labels {
		if i > 0 && l == labels[i-1] {
			s := &d.Slides[len(d.Slides)-1]
			s.Pages = append(s.Pages, i+1)
			s.Steps++
			continue
		}
		n := len(d.Slides) + 1
		d.Slides = append(d.Slides, deck.Slide{Number: n, Label: l, Steps: 1, Pages: []int{i + 1}, Title: titles[n-1], Notes: notes[n]})
	}
	d.BuildParts(parts)
	d.ComputeBudgets()
	return d
}

// talkPDF is talk.pdf: 12 pages, 9 slides, parts at slides 1, 4 and 7,
// notes from talk.pdfpc (20 minutes).
func talkPDF() *deck.Deck {
	d := pdfDeck(filepath.Join(testdata, "talk.pdf"),
		[]string{"1", "2", "3", "3", "3", "4", "5", "5", "6", "7", "8", "9"},
		[]string{"Talks that fit", "The conference Wi-Fi problem", "What a speaker needs", "Keeping time", "Running long", "A timer that warns", "One talk, three talks", "Links that need no network", "Thank you"},
		[]deck.PartStart{{Slide: 1, Title: "Why offline"}, {Slide: 4, Title: "Keeping time"}, {Slide: 7, Title: "Splitting talks"}},
		map[int]string{1: "Welcome. One sentence about yourself.", 4: "The talk that ran **ten minutes** over.", 5: "Amber at three minutes left in this deck.", 7: "Each part gets its own title slide.", 9: "Leave time for questions."})
	d.Meta.Title = "Talks that fit"
	d.Meta.Duration = 20 * time.Minute
	d.Sidecar = filepath.Join(testdata, "talk.pdfpc")
	d.ComputeBudgets()
	return d
}

// beamerPDF is beamer.pdf: 10 pages, 7 slides, sections Stack (slide 2),
// Scaling (4) and Lessons (6), no duration.
func beamerPDF() *deck.Deck {
	d := pdfDeck(filepath.Join(testdata, "beamer.pdf"),
		[]string{"1", "2", "2", "2", "3", "4", "4", "5", "6", "7"},
		[]string{"Caching at Scale", "The stack", "Serving", "Hot keys", "A counter", "What we would do again", "Thanks"},
		[]deck.PartStart{{Slide: 2, Title: "Stack"}, {Slide: 4, Title: "Scaling"}, {Slide: 6, Title: "Lessons"}},
		map[int]string{1: "Welcome everyone. Introduce the team.", 2: "Reveal one item at a time.", 4: "Story: the leaderboard key."})
	d.Meta.Title = "Caching at Scale"
	return d
}

var (
	imageRE  = regexp.MustCompile(`!\[([^\]]*)\]\(([^)\s]+)\)`)
	partRE   = regexp.MustCompile(`<!--\s*part:\s*(.*?)\s*-->`)
	timeRE   = regexp.MustCompile(`<!--\s*time:\s*(.*?)\s*-->`)
	headRE   = regexp.MustCompile(`(?m)^#{1,6}\s+(.*)$`)
	pauseRE  = regexp.MustCompile(`<!--\s*pause\s*-->`)
	fmLineRE = regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`)
)

// mdDeck reads a simple Markdown deck the way the loader does for the
// features the exporter relies on: front matter, "---" separators, titles,
// part and time directives, pauses and images.
func mdDeck(t testing.TB, path string) *deck.Deck {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	d := &deck.Deck{Path: path, Format: deck.Markdown, Meta: deck.Meta{Aspect: 16.0 / 9, Warn: deck.DefaultWarn, Extra: map[string]any{}}}
	if strings.HasPrefix(text, "---\n") {
		end := strings.Index(text[4:], "\n---\n")
		for _, m := range fmLineRE.FindAllStringSubmatch(text[4:4+end], -1) {
			switch m[1] {
			case "title":
				d.Meta.Title = m[2]
			case "author":
				d.Meta.Author = m[2]
			case "duration":
				d.Meta.Duration, _ = deck.ParseDuration(m[2])
			case "warn":
				d.Meta.Warn, _ = deck.ParseDuration(m[2])
			default:
				d.Meta.Extra[m[1]] = m[2]
			}
		}
		text = text[4+end+5:]
	}
	var starts []deck.PartStart
	for i, src := range strings.Split(text, "\n---\n") {
		n := i + 1
		s := deck.Slide{Number: n, Label: itoa(n), Source: src, Body: src, Steps: 1 + len(pauseRE.FindAllString(src, -1))}
		if m := headRE.FindStringSubmatch(src); m != nil {
			s.Title = m[1]
		}
		if m := partRE.FindStringSubmatch(src); m != nil {
			starts = append(starts, deck.PartStart{Slide: n, Title: m[1]})
		}
		if m := timeRE.FindStringSubmatch(src); m != nil {
			s.Budget, _ = deck.ParseDuration(m[1])
			s.TimeSet = true
		}
		for _, m := range imageRE.FindAllStringSubmatch(src, -1) {
			im := deck.Image{Alt: m[1], Src: m[2]}
			if strings.Contains(m[2], "://") {
				im.Remote = true
			} else {
				im.Path = filepath.Join(filepath.Dir(path), m[2])
				if _, err := os.Stat(im.Path); err != nil {
					im.Missing = true
				}
			}
			s.Images = append(s.Images, im)
		}
		d.Slides = append(d.Slides, s)
	}
	d.BuildParts(starts)
	d.ComputeBudgets()
	return d
}

// fingerprint hashes every file under dir, to prove an export left the
// source deck alone.
func fingerprint(t testing.TB, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameFingerprint(t testing.TB, before, after map[string][32]byte) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("source folder had %d files, now %d", len(before), len(after))
	}
	for p, h := range before {
		if after[p] != h {
			t.Errorf("source file %s changed", p)
		}
	}
}
