package chart

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/rehearse"
)

// talkDeck has the shape of testdata talk.md: 9 slides in 3 parts, 30 minutes,
// `time:` budgets on slides 1 (1m) and 4 (3m).
func talkDeck() *deck.Deck {
	d := &deck.Deck{Path: "talk.md", Format: deck.Markdown,
		Meta: deck.Meta{Title: "Talks that fit", Duration: 30 * time.Minute}}
	titles := []string{"Talks that fit", "The conference Wi-Fi problem", "What a speaker needs",
		"Keeping time", "Running long", "A timer that warns",
		"One talk, three talks", "Links that need no network", "Thank you"}
	for i, t := range titles {
		d.Slides = append(d.Slides, deck.Slide{Number: i + 1, Title: t, Steps: 1})
	}
	d.Slides[0].Budget, d.Slides[0].TimeSet = time.Minute, true
	d.Slides[3].Budget, d.Slides[3].TimeSet = 3*time.Minute, true
	d.Slides[4].Steps = 3
	d.BuildParts([]deck.PartStart{{Slide: 1, Title: "Why offline"}, {Slide: 4, Title: "Keeping time"}, {Slide: 7, Title: "Splitting talks"}})
	d.ComputeBudgets()
	return d
}

// fakeHistory is five runs getting shorter, the last one still over 30 minutes,
// plus one run of an older 7-slide version of the deck.
func fakeHistory() *rehearse.History {
	base := []float64{75, 260, 240, 230, 420, 330, 260, 250, 60}
	h := &rehearse.History{Version: 1}
	h.Runs = append(h.Runs, run(time.Date(2026, 11, 18, 18, 0, 0, 0, time.UTC), []float64{60, 60, 60, 60, 60, 60, 60}))
	for k := 0; k < 5; k++ {
		secs := make([]float64, len(base))
		for i, s := range base {
			secs[i] = s * (1.25 - 0.06*float64(k)) * (1 + 0.05*float64((i*7+k*3)%5-2))
		}
		h.Runs = append(h.Runs, run(time.Date(2026, 11, 20+k, 19, 0, 0, 0, time.UTC), secs))
	}
	return h
}

func run(start time.Time, secs []float64) rehearse.Run {
	r := rehearse.Run{Started: start}
	for i, s := range secs {
		s = float64(int(s*10)) / 10
		r.Slides = append(r.Slides, rehearse.SlideTime{Number: i + 1, Seconds: s, Steps: []float64{s}})
		r.TotalS += s
	}
	return r
}

func TestWritePNG(t *testing.T) {
	tests := []struct {
		name  string
		deck  func() *deck.Deck
		hist  func() *rehearse.History
		width int
		wantW int
	}{
		{"five runs, over duration", talkDeck, fakeHistory, 1600, 1600},
		{"narrow width is raised", talkDeck, fakeHistory, 800, 1600},
		{"wider", talkDeck, fakeHistory, 2400, 2400},
		{"one run", talkDeck, func() *rehearse.History {
			h := fakeHistory()
			h.Runs = h.Runs[len(h.Runs)-1:]
			return h
		}, 0, 1600},
		{"no runs", talkDeck, func() *rehearse.History { return &rehearse.History{Version: 1} }, 1600, 1600},
		{"no duration", func() *deck.Deck {
			d := talkDeck()
			d.Meta.Duration = 0
			d.ComputeBudgets()
			return d
		}, fakeHistory, 1600, 1600},
	}
	dir := t.TempDir()
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "report.png")
			if err := WritePNG(path, tc.deck(), tc.hist(), 5, tc.width); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			b := img.Bounds()
			if b.Dx() != tc.wantW || b.Dy() < 400 {
				t.Errorf("size %dx%d, want %d wide and tall enough", b.Dx(), b.Dy(), tc.wantW)
			}
			if _, _, _, a := img.At(b.Dx()/2, b.Dy()/2).RGBA(); a != 0xffff {
				t.Errorf("the picture is not opaque")
			}
			if inked := inkedRows(img); inked < b.Dy()/4 {
				t.Errorf("only %d of %d rows have anything drawn on them", inked, b.Dy())
			}
			if out := os.Getenv("CHART_OUT"); out != "" {
				data, _ := os.ReadFile(path)
				os.WriteFile(filepath.Join(out, "report-"+string(rune('a'+i))+".png"), data, 0o644)
			}
		})
	}
}

// inkedRows counts rows holding a pixel clearly darker than the background.
func inkedRows(img image.Image) int {
	b := img.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			if a > 0xf000 && (r+g+bl)/3 < 0x9000 {
				n++
				break
			}
		}
	}
	return n
}

// bigDeck is a long talk: 48 slides in 7 parts with long titles, 60 minutes.
func bigDeck() *deck.Deck {
	d := &deck.Deck{Path: "/home/speaker/talks/the-very-long-conference-keynote.md", Format: deck.Markdown,
		Meta: deck.Meta{Title: "A very long keynote about keeping talks within their time, in several parts", Duration: time.Hour}}
	for i := 0; i < 48; i++ {
		d.Slides = append(d.Slides, deck.Slide{Number: i + 1, Title: "Slide with a rather long title number " + string(rune('A'+i%26)), Steps: 1})
	}
	var starts []deck.PartStart
	for i, n := range []int{1, 5, 12, 20, 27, 35, 44} {
		starts = append(starts, deck.PartStart{Slide: n, Title: []string{"Opening", "Why talks run long and what the audience loses", "Measuring", "Budgets", "Rehearsal in practice", "Cutting and splitting", "Questions"}[i]})
	}
	d.BuildParts(starts)
	d.ComputeBudgets()
	return d
}

func bigHistory() *rehearse.History {
	h := &rehearse.History{Version: 1}
	for k := 0; k < 3; k++ {
		secs := make([]float64, 48)
		for i := range secs {
			secs[i] = 60 + float64((i*37+k*11)%90)
		}
		h.Runs = append(h.Runs, run(time.Date(2026, 11, 20+k, 9, 30, 0, 0, time.UTC), secs))
	}
	return h
}

func TestRenderSizes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		d     *deck.Deck
		h     *rehearse.History
		w, h2 int
	}{
		{"big deck natural height", bigDeck(), bigHistory(), 1600, 0},
		{"window size squeezes the charts", talkDeck(), fakeHistory(), 1000, 900},
		{"tiny", talkDeck(), fakeHistory(), 10, 10},
		{"nil history and empty deck", &deck.Deck{}, nil, 300, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := Render(tc.d, tc.h, 5, tc.w, tc.h2)
			b := img.Bounds()
			wantW := max(tc.w, 200)
			wantH := tc.h2
			if wantH <= 0 {
				wantH = NaturalHeight(tc.d, tc.h, 5, wantW)
			}
			wantH = max(wantH, 200)
			if b.Dx() != wantW || b.Dy() != wantH {
				t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), wantW, wantH)
			}
			if inkedRows(img) == 0 {
				t.Errorf("nothing drawn")
			}
			if out := os.Getenv("CHART_OUT"); out != "" {
				f, _ := os.Create(filepath.Join(out, "render-"+tc.name[:3]+".png"))
				png.Encode(f, img)
				f.Close()
			}
		})
	}
}

func TestReportText(t *testing.T) {
	r := newReport(talkDeck(), fakeHistory(), 5)
	_, th := scale(1600)
	lines, h := r.textLayout(th, th.len(designWidth-2*margin))
	var all []string
	for _, l := range lines {
		all = append(all, l.text)
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		"Slides that ran longest",
		"Slide 5 \u201cRunning long\u201d: 6:22, budget 3:43 (2:39 over)",
		"Parts over budget",
		"Part 2 \u201cKeeping time\u201d: 15:59 against 10:26, 5:33 over.",
		"Projected total",
		"takes 35:46, 5:46 over its 30:00.",
		"Suggested cuts",
		"Drop part 3 \u201cSplitting talks\u201d (9:52)",
		"lectern export talk.md -o parts --split 1-3,4-9",
	} {
		if !strings.Contains(strings.ReplaceAll(text, "\n", " "), want) {
			t.Errorf("report text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Part 3 \u201cSplitting talks\u201d:") {
		t.Errorf("part 3 is within budget but listed as over:\n%s", text)
	}
	if h <= 0 {
		t.Errorf("text height %v", h)
	}
	// The runs shown are the last five that fit the deck, oldest first.
	if len(r.runs) != 5 || r.recorded != 6 || !r.runs[4].Started.After(r.runs[0].Started) {
		t.Errorf("runs shown: %d of %d", len(r.runs), r.recorded)
	}
}

func TestPartialPartBudgetsAreNotCompared(t *testing.T) {
	d := talkDeck()
	d.Meta.Duration = 0
	d.ComputeBudgets() // only slides 1 and 4 keep budgets, from time:
	r := newReport(d, fakeHistory(), 5)
	for i, b := range r.partBudget {
		if b != 0 {
			t.Errorf("part %d has budget %v from some of its slides only", i+1, b)
		}
	}
	if r.slideBudget[0] != 60 || r.slideBudget[3] != 180 {
		t.Errorf("slide budgets %v", r.slideBudget)
	}
}

func TestClockTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		n        int
		want     []string
	}{
		{0, 480, 7, []string{"0:00", "2:00", "4:00", "6:00", "8:00"}},
		{0, 2400, 3, []string{"0:00", "15:00", "30:00"}},
		{0, 5400, 7, []string{"0:00", "15:00", "30:00", "45:00", "1:00:00", "1:15:00", "1:30:00"}},
	} {
		var got []string
		for _, tk := range (clockTicks{n: tc.n}).Ticks(tc.min, tc.max) {
			got = append(got, tk.Label)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("ticks %v-%v: %v, want %v", tc.min, tc.max, got, tc.want)
		}
	}
}

func BenchmarkRender1600(b *testing.B) {
	d, h := talkDeck(), fakeHistory()
	for i := 0; i < b.N; i++ {
		Render(d, h, 5, 1600, 0)
	}
}

func BenchmarkWritePNG1600(b *testing.B) {
	d, h := talkDeck(), fakeHistory()
	path := filepath.Join(b.TempDir(), "r.png")
	for i := 0; i < b.N; i++ {
		if err := WritePNG(path, d, h, 5, 1600); err != nil {
			b.Fatal(err)
		}
	}
}
