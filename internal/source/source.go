// Package source opens any deck file a speaker brings and returns the one
// format-neutral deck.Deck, after checking the file is something we can read.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/source/markdown"
	"github.com/lectern-app/lectern/internal/source/pdf"
)

// Options are the reader's choices the user can force from the command line.
type Options struct {
	Notes deck.NotesSide // Beamer notes half, "" to detect
	// TitlePages limits reading slide titles from page text to the first N
	// slides of a PDF (0: all). Slides past it keep outline titles or none;
	// pdf.LateTitlesOf reads the rest when they are needed.
	TitlePages int
	// AllowDirs are folders besides the deck's own that its images may come
	// from (--allow-dir): the user's choice, never the deck's.
	AllowDirs []string
}

// Error is a deck that cannot be read at all; its message is a plain sentence
// that names the file.
type Error struct {
	Path string
	Msg  string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// Load reads the deck at path, Markdown or PDF, judged by content first.
func Load(path string, opt Options) (*deck.Deck, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, &Error{path, "no such file", err}
	case err != nil:
		return nil, &Error{path, "cannot be read: " + plain(err), err}
	case st.IsDir():
		return nil, &Error{path, "is a folder, not a deck file (give a .md or .pdf file)", nil}
	case st.Size() == 0:
		return nil, &Error{path, "is empty (0 bytes)", nil}
	}
	head, err := readHead(path, 8192)
	if err != nil {
		return nil, &Error{path, "cannot be read: " + plain(err), err}
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(bytes.TrimLeft(head, "\x00\t\r\n "), []byte("%PDF-")):
		d, err := pdf.Load(path, pdf.Options{Notes: opt.Notes, TextTitles: opt.TitlePages})
		return d, wrap(path, err)
	case ext == ".pdf":
		return nil, &Error{path, "is not a PDF file (it does not start with %PDF-); it may be truncated or corrupt", nil}
	case !isText(head):
		return nil, &Error{path, "is not a text file; a Markdown deck must be UTF-8 text", nil}
	}
	d, err := markdown.Load(path, markdown.Options{AllowDirs: opt.AllowDirs})
	return d, wrap(path, err)
}

func wrap(path string, err error) error {
	if err == nil {
		return nil
	}
	var se *Error
	if errors.As(err, &se) {
		return err
	}
	msg := err.Error()
	// Readers already name the file; avoid "talk.md: talk.md: ...".
	msg = strings.TrimPrefix(msg, "open "+path+": ")
	msg = strings.TrimPrefix(msg, path+": ")
	msg = strings.TrimPrefix(msg, filepath.Base(path)+": ")
	return &Error{path, msg, err}
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:k], nil
}

// isText accepts UTF-8 without NUL bytes; a cut multi-byte rune at the end of
// the sample is fine.
func isText(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			return len(b) < utf8.UTFMax && !utf8.FullRune(b)
		}
		b = b[size:]
	}
	return true
}

func plain(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ParseNotesSide reads the --notes flag value.
func ParseNotesSide(s string) (deck.NotesSide, error) {
	switch strings.ToLower(s) {
	case "":
		return deck.NotesNone, nil
	case "right":
		return deck.NotesRight, nil
	case "left":
		return deck.NotesLeft, nil
	case "bottom":
		return deck.NotesBottom, nil
	}
	return "", fmt.Errorf("--notes must be right, left or bottom, not %q", s)
}
