package fonts

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/fontscan"
)

// maxFontFile bounds what is read of one installed font file.
const maxFontFile = 64 << 20

// system is the index of installed fonts, read once (fontscan keeps it in
// the user's cache folder, so later starts only check file times), and the
// fallback faces registered from it.
var system struct {
	once   sync.Once
	prints []fontscan.Footprint

	mu    sync.Mutex
	byLoc map[fontscan.Location]Font
	bad   map[fontscan.Location]bool
}

// systemFonts scans the installed fonts the first time a character is not in
// the embedded faces; never before, so ASCII-only use costs nothing.
func systemFonts() []fontscan.Footprint {
	system.once.Do(func() {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		dir = filepath.Join(dir, "lectern")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return
		}
		prints, err := fontscan.SystemFonts(log.New(io.Discard, "", 0), dir)
		if err != nil {
			return // no fallback fonts: other scripts are reported missing
		}
		sort.SliceStable(prints, func(i, j int) bool {
			a, b := prints[i].Location, prints[j].Location
			return a.File < b.File || a.File == b.File && a.Index < b.Index
		})
		system.prints = prints
		system.byLoc = map[fontscan.Location]Font{}
		system.bad = map[fontscan.Location]bool{}
	})
	return system.prints
}

// fallback finds an installed face that has every rune of rs (one
// character, or the characters of a grapheme cluster) and suits base's
// style, loads and registers it (once per font file and face); false when
// none has them all.
func fallback(base Font, rs ...rune) (Font, bool) {
	prints := systemFonts()
	var cands []int
	for i := range prints {
		if containsAll(&prints[i], rs) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return 0, false
	}
	script := ""
	for _, r := range rs {
		if script = scriptOf(r); script != "" {
			break
		}
	}
	if script == "" && len(rs) > 0 && isMathSymbol(rs[0]) {
		script = "math" // Noto Sans Math before any font that happens to have ∈
	}
	sort.SliceStable(cands, func(i, j int) bool {
		return score(base, script, &prints[cands[i]]) < score(base, script, &prints[cands[j]])
	})
	system.mu.Lock()
	defer system.mu.Unlock()
	for _, i := range cands {
		fp := &prints[i]
		if f, ok := system.byLoc[fp.Location]; ok {
			if get(f).hasAll(rs) {
				return f, true
			}
			continue
		}
		if system.bad[fp.Location] {
			continue
		}
		f, err := register(fp)
		if err != nil {
			system.bad[fp.Location] = true
			continue
		}
		system.byLoc[fp.Location] = f
		if get(f).hasAll(rs) {
			return f, true
		}
	}
	return 0, false
}

func containsAll(fp *fontscan.Footprint, rs []rune) bool {
	for _, r := range rs {
		if !fp.Runes.Contains(r) {
			return false
		}
	}
	return true
}

// score ranks an installed face for text asked in base (lower is better):
// a font named for the character's script (so a word stays in one design),
// the same weight, slant and monospacing, sans before serif, the plain
// design before UI and display cuts, regular width. Families come normalised
// by fontscan: lower case, no spaces.
func score(base Font, script string, fp *fontscan.Footprint) float64 {
	wantBold := base == Bold || base == BoldItalic || base == MonoBold
	wantItalic := base == Italic || base == BoldItalic
	wantMono := base == Mono || base == MonoBold
	fam := fp.Family
	s := 0.0
	if script != "" && strings.Contains(fam, script) {
		s -= 3
	}
	if strings.Contains(fam, "cjk") && !cjkScripts[script] {
		s += 4 // CJK fonts cover symbols and Latin, in a design made for ideographs
	}
	w := float64(font.WeightNormal)
	if wantBold {
		w = float64(font.WeightBold)
	}
	d := float64(fp.Aspect.Weight) - w
	s += max(d, -d) / 100
	if (fp.Aspect.Style == font.StyleItalic) != wantItalic {
		s += 3
	}
	if strings.Contains(fam, "mono") != wantMono {
		s += 2
	}
	if strings.Contains(fam, "serif") || !strings.Contains(fam, "sans") {
		s += 2
	}
	if strings.HasSuffix(fam, "ui") || strings.Contains(fam, "display") {
		s++
	}
	st := float64(fp.Aspect.Stretch) - 1
	s += 4 * max(st, -st)
	return s
}

// scriptOf is the lower-case name of r's script ("tamil", "han"), "" for
// characters shared by scripts.
func scriptOf(r rune) string {
	for name, tab := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(tab, r) {
			return strings.ToLower(name)
		}
	}
	return ""
}

// register loads an installed face and adds it to the registry.
func register(fp *fontscan.Footprint) (Font, error) {
	data, err := readCapped(fp.Location.File)
	if err != nil {
		return 0, err
	}
	ttf, err := singleFont(data, int(fp.Location.Index))
	if err != nil {
		return 0, fmt.Errorf("font %s: %w", fp.Location.File, err)
	}
	if err := drawable(ttf); err != nil {
		return 0, fmt.Errorf("font %s: %w", fp.Location.File, err)
	}
	old := *registry.Load()
	f := Font(len(old))
	fc := &face{name: fmt.Sprintf("Fallback%d-%s", f, psName(fp.Family)), ttf: ttf}
	fc.once.Do(fc.init)
	if fc.err != nil {
		return 0, fc.err
	}
	fs := append(old[:len(old):len(old)], fc)
	registry.Store(&fs)
	return f, nil
}

func readCapped(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	if !fi.Mode().IsRegular() || fi.Size() > maxFontFile {
		return nil, fmt.Errorf("font %s: not a regular file under %d MB", path, maxFontFile>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	return data, nil
}

// psName keeps the letters and digits of a family name, CamelCased.
func psName(family string) string {
	var sb strings.Builder
	for _, w := range strings.Fields(family) {
		for i, c := range w {
			switch {
			case c >= 'a' && c <= 'z' && i == 0:
				sb.WriteRune(c - 'a' + 'A')
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
				sb.WriteRune(c)
			}
		}
	}
	if sb.Len() == 0 {
		return "Font"
	}
	return sb.String()
}

// cjkScripts are the scripts CJK fonts are made for.
var cjkScripts = map[string]bool{"han": true, "hiragana": true, "katakana": true, "hangul": true, "bopomofo": true}

// isMathSymbol is a mathematical operator, arrow, letterlike or
// mathematical alphanumeric symbol: set in a math font when the Go fonts
// lack it, as TeX would.
func isMathSymbol(r rune) bool {
	switch {
	case unicode.Is(unicode.Sm, r),
		r >= 0x2100 && r <= 0x214f,                             // letterlike: ℝ ℕ
		r >= 0x2190 && r <= 0x21ff,                             // arrows
		r >= 0x2200 && r <= 0x22ff,                             // operators
		r >= 0x27c0 && r <= 0x27ef, r >= 0x2980 && r <= 0x2aff, // brackets, more operators
		r >= 0x1d400 && r <= 0x1d7ff: // 𝔸 𝒞 𝐱
		return true
	}
	return false
}
