package pdf

import (
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/pdfdoc"
)

// outlineInfo is what the outline says about the slides.
type outlineInfo struct {
	parts    []deck.PartStart
	titles   map[int]string // slide index → title from an outline entry below the top level
	sections map[int]string // slide index → top-level entry pointing at it
	names    map[string]bool
	perSlide bool // the top level names most slides: titles, not sections
}

// readOutline maps outline entries to slides. The top level gives the
// parts (Beamer \section), unless it names most slides one by one, as
// slide exporters write it: then it gives titles and there are no parts.
func readOutline(items []pdfdoc.OutlineItem, slideOf map[int]int, nSlides int) outlineInfo {
	info := outlineInfo{titles: map[int]string{}, sections: map[int]string{}, names: map[string]bool{}}
	top := 0
	for _, it := range items {
		if it.Page > 0 && (top == 0 || it.Level < top) {
			top = it.Level
		}
	}
	targets := map[int]bool{}
	depth := map[int]int{} // slide index → level of its title entry
	for _, it := range items {
		s, ok := slideOf[it.Page]
		title := strings.TrimSpace(it.Title)
		if !ok || title == "" {
			continue
		}
		info.names[strings.ToLower(title)] = true
		if it.Level == top {
			targets[s] = true
			if _, dup := info.sections[s]; !dup {
				info.sections[s] = title
			}
			info.parts = append(info.parts, deck.PartStart{Slide: s + 1, Title: title})
		} else if it.Level > depth[s] {
			info.titles[s], depth[s] = title, it.Level // the deepest entry wins
		}
	}
	if nSlides > 3 && float64(len(targets)) > 0.6*float64(nSlides) {
		info.perSlide = true
		for s, t := range info.sections {
			if _, ok := info.titles[s]; !ok {
				info.titles[s] = t
			}
		}
		info.parts = nil
	}
	return info
}

// outlineNamed is the set of pages an outline entry below the top level
// points at. Such an entry is the title of the slide holding the page
// whatever the page labels (readOutline), so that slide needs no text.
// Top-level entries are titles only when they name most slides, which the
// labels decide; their pages are read.
func outlineNamed(items []pdfdoc.OutlineItem) map[int]bool {
	top := 0
	for _, it := range items {
		if it.Page > 0 && (top == 0 || it.Level < top) {
			top = it.Level
		}
	}
	named := map[int]bool{}
	for _, it := range items {
		if it.Page > 0 && it.Level > top && strings.TrimSpace(it.Title) != "" {
			named[it.Page] = true
		}
	}
	return named
}

// slideTitle is slide i's title: its outline entry, else the first line of
// its first page's text that can be a title, else its section's name.
func slideTitle(oi outlineInfo, i int, lines []string) string {
	if t := oi.titles[i]; t != "" {
		return shorten(t, maxTitle)
	}
	if t := pickTitle(lines, oi.names); t != "" {
		return t
	}
	return shorten(oi.sections[i], maxTitle)
}
