package pdfout

import (
	"fmt"
)

// PlacePDFPage draws page (1-based) of the PDF file at path into the box
// (x, y, w, h) points of the current page, as a vector form XObject: text,
// fonts and drawings stay as they are. The caller keeps the aspect.
func (d *Doc) PlacePDFPage(path string, page int, x, y, w, h float64) (err error) {
	if d.pages == 0 {
		return d.fail(fmt.Errorf("place %s page %d: no page added yet", path, page))
	}
	// gofpdi reports a PDF it cannot read by panicking.
	defer func() {
		if r := recover(); r != nil {
			err = d.fail(fmt.Errorf("place %s page %d: %v", path, page, r))
		}
	}()
	tpl := d.gp.ImportPage(path, page, "/MediaBox")
	d.gp.UseImportedTemplate(tpl, x, y, w, h)
	return nil
}
