// Package layouttest builds decks for render tests from Markdown files
// without depending on the Markdown source parser: a small splitter that
// knows separators, front matter, notes and pauses well enough for test decks.
package layouttest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/lectern-app/lectern/internal/deck"
)

var (
	imageRe   = regexp.MustCompile(`!\[([^\]]*)\]\(([^)\s]+)[^)]*\)`)
	commentRe = regexp.MustCompile(`(?s)<!--(.*?)-->`)
	pauseRe   = regexp.MustCompile(`(?m)^<!--\s*pause\s*-->\s*$`)
)

// Load reads a Markdown deck file into a Deck (theme and aspect as given).
func Load(path, theme string) (*deck.Deck, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	d := FromMarkdown(string(data), filepath.Dir(path), theme)
	d.Path = path
	return d, nil
}

// FromMarkdown splits Markdown text into slides; images resolve against dir.
func FromMarkdown(src, dir, theme string) *deck.Deck {
	d := &deck.Deck{Format: deck.Markdown, Meta: deck.Meta{Theme: theme, Aspect: 16.0 / 9}}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	i := 0
	if len(lines) > 0 && lines[0] == "---" { // front matter
		for i = 1; i < len(lines) && lines[i] != "---"; i++ {
		}
		i++
	}
	var chunks [][]string
	var cur []string
	fence := ""
	for ; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if fence == "" && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")) {
			fence = t[:3]
		} else if fence != "" && strings.HasPrefix(t, fence) {
			fence = ""
		}
		if fence == "" && l == "---" {
			chunks = append(chunks, cur)
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	chunks = append(chunks, cur)
	for _, c := range chunks {
		body := Body(strings.Join(c, "\n"))
		n := len(d.Slides) + 1
		s := deck.Slide{Number: n, Label: fmt.Sprint(n), Source: strings.Join(c, "\n"), Body: body,
			Steps: 1 + len(pauseRe.FindAllString(body, -1))}
		if m := regexp.MustCompile(`(?m)^#+\s+(.*)$`).FindStringSubmatch(body); m != nil {
			s.Title = m[1]
		}
		for _, m := range imageRe.FindAllStringSubmatch(body, -1) {
			im := deck.Image{Src: m[2], Alt: m[1]}
			if strings.Contains(m[2], "://") {
				im.Remote = true
			} else {
				im.Path = filepath.Join(dir, filepath.FromSlash(m[2]))
				if _, err := os.Stat(im.Path); err != nil {
					im.Missing = true
				}
			}
			s.Images = append(s.Images, im)
		}
		d.Slides = append(d.Slides, s)
	}
	return d
}

// Body drops notes and directives from a slide's source, keeping pauses.
func Body(src string) string {
	src = commentRe.ReplaceAllStringFunc(src, func(c string) string {
		if pauseRe.MatchString(c) {
			return c
		}
		return ""
	})
	var out []string
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimSpace(l)
		if t == "???" || strings.HasPrefix(t, "Note:") || strings.HasPrefix(t, "Notes:") {
			break
		}
		if strings.HasPrefix(t, "^ ") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
