package pdfslide

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// procStatus reads a "kB" field (VmRSS, VmHWM) of /proc/self/status in bytes.
func procStatus(field string) (int64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("/proc/self/status: %s is %q, not a size in kB", field, rest)
		}
		return kb << 10, nil
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("/proc/self/status has no %s line", field)
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

// rss returns VmRSS in bytes, or skips where /proc/self/status is missing.
func rss(tb testing.TB) int64 {
	tb.Helper()
	n, err := procStatus("VmRSS")
	if err != nil {
		tb.Skipf("resident memory unknown here: %v", err)
	}
	return n
}

// present steps through every page the way the presenter does: Get the
// current page 1920 px wide, then Prepare the next and previous ones in the
// background, and wait (like a speaker talking) until the next page is ready
// before pressing the key again.
func present(tb testing.TB, p *Pages, pages int) {
	tb.Helper()
	const width = 1920
	for n := 1; n <= pages; n++ {
		img, err := p.Get(n, width)
		if err != nil {
			tb.Fatal(err)
		}
		if img.Bounds().Dx() != width {
			tb.Fatalf("page %d rendered %d px wide, want %d", n, img.Bounds().Dx(), width)
		}
		p.Prepare(width, n, n+1, n-1)
		if n == pages {
			break
		}
		deadline := time.Now().Add(10 * time.Second)
		for {
			if _, ok := p.Cached(n+1, width); ok {
				break
			}
			if time.Now().After(deadline) {
				tb.Fatalf("page %d was never prepared in the background", n+1)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// settle returns the garbage the Go collector holds to the OS: without it
// VmRSS counts dead 8 MB page buffers until the scavenger gets to them.
func settle() {
	runtime.GC()
	debug.FreeOSMemory()
}

// TestMemoryPDF200TwoPasses steps through deck200.pdf twice at 1920 px and
// checks that resident memory stays under 300 MB and does not grow between
// the passes (within 15%). The numbers are read after runtime.GC and
// debug.FreeOSMemory; the readings before that are logged as "raw".
// bench/memory-pdf200.sh runs it alone and prints the numbers.
func TestMemoryPDF200TwoPasses(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 400 pages at 1920 px; skipped with -short")
	}
	before := rss(t)
	doc := openDeck200(t)
	defer doc.Close()
	p := New(doc, pdfdoc.Whole, 0)
	defer p.Close()

	var settled [2]int64
	for pass := range 2 {
		start := time.Now()
		present(t, p, doc.NumPages())
		took := time.Since(start)
		raw := rss(t)
		settle()
		settled[pass] = rss(t)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		t.Logf("pass %d: VmRSS %.1f MB (raw %.1f MB before GC); cache %d pages, %.1f MB; Go heap in use %.1f MB; %v, %.1f ms/page",
			pass+1, mb(settled[pass]), mb(raw), p.Len(), mb(int64(p.Bytes())),
			mb(int64(ms.HeapInuse)), took.Round(time.Millisecond),
			float64(took.Microseconds())/1000/float64(doc.NumPages()))
	}
	if hwm, err := procStatus("VmHWM"); err == nil {
		t.Logf("VmRSS before opening %.1f MB; peak (VmHWM) %.1f MB", mb(before), mb(hwm))
	}

	const limit = 300 << 20
	if settled[1] >= limit {
		t.Errorf("resident memory after two passes is %.1f MB, want under %d MB", mb(settled[1]), limit>>20)
	}
	if growth := float64(settled[1]-settled[0]) / float64(settled[0]); growth > 0.15 || growth < -0.15 {
		t.Errorf("resident memory went from %.1f MB after pass 1 to %.1f MB after pass 2 (%+.0f%%), want within 15%%",
			mb(settled[0]), mb(settled[1]), growth*100)
	}
	// 1920×1080 pages are 8.3 MB: the budget is six of them, not 32 MB.
	if budget := max(DefaultBudget, WorkingSet*1920*1080*4); p.Bytes() > budget {
		t.Errorf("cache holds %.1f MB, over its %d MB budget", mb(int64(p.Bytes())), budget>>20)
	}
}

// BenchmarkStepThroughPDF200 times one presenter pass over the 200 pages of
// deck200.pdf (Get at 1920 px, Prepare the neighbours, wait for the next) on
// one cache kept across iterations, and reports the time per page and the
// resident memory after the last pass, raw and after GC.
func BenchmarkStepThroughPDF200(b *testing.B) {
	doc := openDeck200(b)
	defer doc.Close()
	p := New(doc, pdfdoc.Whole, 0)
	defer p.Close()
	for b.Loop() {
		present(b, p, doc.NumPages())
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*doc.NumPages()), "ms/page")
	raw := rss(b)
	settle()
	b.ReportMetric(mb(raw), "MB-rss-raw")
	b.ReportMetric(mb(rss(b)), "MB-rss-gc")
}
