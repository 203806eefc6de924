// Package partpdf draws the PDFs an export makes rather than copies: a
// Markdown part's vector slides (the same layout as the screen), part title
// slides and A4 handouts. It is export.Drawer; cmd/lectern and ui pass it
// to export, which itself never imports render/.
package partpdf

import "github.com/lectern-app/lectern/internal/export"

// Drawer draws with render/layout and render/pdfout. The zero value is ready.
type Drawer struct{}

var _ export.Drawer = Drawer{}
