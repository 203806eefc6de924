// Package export cuts a deck into parts and writes each part as a standalone
// talk: a PDF (the original pages for PDF decks, vector pages drawn from the
// layout for Markdown decks), a pdfpc notes sidecar, the Markdown source and
// its images for Markdown decks, and optionally a handout.
//
// Plan is pure: it only reads the deck and returns the parts. Export writes
// them, into a temporary folder inside the output folder that is renamed into
// place only when every part has been written, so a failed export leaves
// nothing half-written and the source deck is never touched.
package export
