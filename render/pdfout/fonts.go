package pdfout

import (
	"fmt"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// setFont selects f at size points, embedding the face (subset) the first
// time the document uses it: an embedded Go font or a fallback face of
// render/fonts. Each face is its own family, named as in render/fonts, so no
// style lookup can pick a different file.
func (d *Doc) setFont(f layout.Font, size float64) error {
	name := fonts.Name(f)
	if !d.fonts[f] {
		if err := d.embed(name, fonts.Data(f)); err != nil {
			return fmt.Errorf("embed font %s: %w", name, err)
		}
		if d.fonts == nil {
			d.fonts = map[layout.Font]bool{}
		}
		d.fonts[f] = true
	}
	if err := d.gp.SetFont(name, "", size); err != nil {
		return fmt.Errorf("font %s: %w", name, err)
	}
	return nil
}

// embed adds a font file; fallback faces come from the user's system, so a
// file gopdf's parser chokes on is an error, not a crash.
func (d *Doc) embed(name string, ttf []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable font file: %v", r)
		}
	}()
	return d.gp.AddTTFFontData(name, ttf)
}
