package layout

import (
	"fmt"

	"github.com/lectern-app/lectern/internal/source/themefile"
	"github.com/lectern-app/lectern/render/fonts"
)

// faceMap is what a theme file's fonts.body, fonts.heading and fonts.code
// make of the embedded faces the layout chooses: the family's face in
// the same style. Empty when the theme names no fonts.
type faceMap struct {
	body, heading map[Font]Font
}

// themeFaces finds the installed faces of the theme's families. A family
// that is not installed was reported by the theme file's check
// (themefile); one installed that cannot be drawn is reported here. Both
// keep the embedded faces.
func themeFaces(t Theme) (faceMap, []error) {
	var m faceMap
	var errs []error
	add := func(into map[Font]Font, family string, from ...Font) map[Font]Font {
		if family == "" {
			return into
		}
		for _, f := range from {
			bold := f == Bold || f == BoldItalic || f == MonoBold
			italic := f == Italic || f == BoldItalic
			got, ok := fonts.Family(family, bold, italic)
			if !ok {
				if themefile.FamilyInstalled(family) {
					errs = append(errs, fmt.Errorf("theme font %q is installed but cannot be drawn; the built-in face is used", family))
				}
				return into
			}
			if into == nil {
				into = map[Font]Font{}
			}
			into[f] = got
		}
		return into
	}
	heading := t.FontHeading
	if heading == "" {
		heading = t.FontBody
	}
	m.body = add(nil, t.FontBody, Regular, Bold, Italic, BoldItalic)
	m.heading = add(nil, heading, Regular, Bold, Italic, BoldItalic)
	if code := add(nil, t.FontCode, Mono, MonoBold); code != nil {
		for _, into := range []*map[Font]Font{&m.body, &m.heading} {
			if *into == nil {
				*into = map[Font]Font{}
			}
			for k, v := range code {
				(*into)[k] = v
			}
		}
	}
	return m, errs
}

// themeFonts sets a heading's or paragraph's text in the theme's faces
// before it is measured, so lines break where the drawn text needs.
func (b *builder) themeFonts(frags []frag, heading bool) {
	m := b.faces.body
	if heading {
		m = b.faces.heading
	}
	if m == nil {
		return
	}
	for i := range frags {
		if f, ok := m[frags[i].st.font]; ok {
			frags[i].st.font = f
		}
	}
}

// codeFace is the theme's code face for a code block's Mono or MonoBold
// (fonts.code), else f.
func (b *builder) codeFace(f Font) Font {
	if got, ok := b.faces.body[f]; ok {
		return got
	}
	return f
}
