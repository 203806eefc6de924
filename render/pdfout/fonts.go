package pdfout

import (
	"fmt"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// setFont selects f at size points, embedding the face (subset) the first
// time the document uses it. Each face is its own family, named as in
// render/fonts, so no style lookup can pick a different file.
func (d *Doc) setFont(f layout.Font, size float64) error {
	i := int(f)
	if i < 0 || i >= len(d.fonts) {
		f, i = layout.Regular, int(layout.Regular)
	}
	name := fonts.Name(f)
	if !d.fonts[i] {
		if err := d.gp.AddTTFFontData(name, fonts.TTF(f)); err != nil {
			return fmt.Errorf("embed font %s: %w", name, err)
		}
		d.fonts[i] = true
	}
	if err := d.gp.SetFont(name, "", size); err != nil {
		return fmt.Errorf("font %s: %w", name, err)
	}
	return nil
}
