package pdfdoc

import (
	"errors"
	"fmt"
)

// Errors wrapped by Open ("open <path>: <error>") and the Document methods.
var (
	ErrEncrypted = errors.New("the PDF is encrypted; Lectern cannot open password-protected PDFs")
	ErrEmpty     = errors.New("the file is empty (0 bytes), not a PDF")
	ErrNotPDF    = errors.New("the file is not a PDF (it does not start with %PDF-)")
	ErrCorrupt   = errors.New("the PDF is damaged and cannot be read")
	ErrTruncated = errors.New("the PDF is truncated (its end is missing) and no page can be read")
	ErrNoPages   = errors.New("the PDF has no pages")
	ErrClosed    = errors.New("the PDF document is already closed")
)

// PageError says a page number is outside the document.
type PageError struct {
	Page, Count int
}

func (e *PageError) Error() string {
	return fmt.Sprintf("page %d does not exist (the PDF has %d pages)", e.Page, e.Count)
}
