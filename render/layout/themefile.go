package layout

import (
	"image/color"

	"github.com/lectern-app/lectern/internal/deck"
)

// themeFromSpec lays a deck's theme file (read and checked by the reader)
// over the built-in theme it extends (light when it names none).
func themeFromSpec(s *deck.ThemeSpec) Theme {
	t := ThemeNamed(s.Extends)
	t.Name = s.Name
	colors := map[string]*color.RGBA{
		"background": &t.Background, "text": &t.Text, "heading": &t.Heading, "h1": &t.H1,
		"muted": &t.Muted, "link": &t.Link, "accent": &t.Accent, "code-background": &t.CodeBg,
		"code-border": &t.CodeBorder, "border": &t.Border, "table-header": &t.HeaderBg,
	}
	for k, c := range s.Colors {
		if p := colors[k]; p != nil {
			*p = c
		}
	}
	if c, ok := s.Colors["heading"]; ok {
		if _, h1 := s.Colors["h1"]; !h1 {
			t.H1 = c // a heading colour is every heading's unless h1 is given
		}
	}
	sizes := map[string]*float64{
		"body": &t.Body, "h1": &t.Headings[0], "h2": &t.Headings[1], "h3": &t.Headings[2],
		"h4": &t.Headings[3], "h5": &t.Headings[4], "h6": &t.Headings[5], "code": &t.Code,
		"table": &t.Table, "title": &t.TitleH1, "subtitle": &t.TitleH2, "title-text": &t.TitleText,
		"number": &t.Number, "chrome": &t.Chrome, "line-height": &t.LineHeight,
	}
	for k, v := range s.Sizes {
		if p := sizes[k]; p != nil {
			*p = v
		}
	}
	margins := map[string]*float64{"x": &t.MarginX, "top": &t.MarginTop, "bottom": &t.MarginBottom}
	for k, v := range s.Margins {
		if p := margins[k]; p != nil {
			*p = v
		}
	}
	t.FontBody, t.FontHeading, t.FontCode = s.Fonts["body"], s.Fonts["heading"], s.Fonts["code"]
	if s.CodeStyle != "" {
		t.ChromaName = s.CodeStyle
	}
	switch s.Title {
	case "center":
		t.Marp = false
	case "plain":
		t.Marp = true
	}
	switch s.Align {
	case "center":
		t.Center = true
	case "left":
		t.Center = false
	}
	switch s.Vertical {
	case "middle":
		t.Middle = true
	case "top":
		t.Middle = false
	}
	return t
}
