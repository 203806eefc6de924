package pdfdoc

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// Line is one positioned text line of a page, in points from the page's
// top-left corner.
type Line struct {
	Top, Left float64
	Height    float64 // line height
	Size      float64 // largest font size on the line
	Text      string
}

var (
	reLine  = regexp.MustCompile(`(?s)<p style="([^"]*)">(.*?)</p>`)
	reSize  = regexp.MustCompile(`font-size:([0-9.]+)pt`)
	reTag   = regexp.MustCompile(`<[^>]*>`)
	reStyle = regexp.MustCompile(`([a-z-]+):([0-9.]+)pt`)
)

// Lines parses the positioned HTML that MuPDF writes for a page (see
// Document.HTML) into its text lines, in the order MuPDF found them.
func Lines(pageHTML string) []Line {
	var out []Line
	for _, m := range reLine.FindAllStringSubmatch(pageHTML, -1) {
		l := Line{}
		for _, kv := range reStyle.FindAllStringSubmatch(m[1], -1) {
			v, err := strconv.ParseFloat(kv[2], 64)
			if err != nil {
				continue
			}
			switch kv[1] {
			case "top":
				l.Top = v
			case "left":
				l.Left = v
			case "line-height":
				l.Height = v
			}
		}
		for _, s := range reSize.FindAllStringSubmatch(m[2], -1) {
			if v, err := strconv.ParseFloat(s[1], 64); err == nil && v > l.Size {
				l.Size = v
			}
		}
		l.Text = strings.TrimSpace(html.UnescapeString(reTag.ReplaceAllString(m[2], "")))
		if l.Text == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}
