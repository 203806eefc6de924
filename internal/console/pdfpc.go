package console

import (
	"fmt"

	"github.com/lectern-app/lectern/internal/show"
)

// What a pdfpc file's endSlide and savedSlide do in the talk, as in pdfpc:
// End goes to the end slide (slides after it are backup, kept for
// questions), the position counts up to it, and the bookmarked slide is
// offered when the deck opens.

// toEndSlide turns the go-to-last command into a move to the deck's end
// slide while the talk has not reached it; from there (in the backup) End
// goes on to the deck's last slide.
func (c *Controller) toEndSlide(cmd show.Command) show.Command {
	end := c.d.Meta.EndSlide
	at := c.st.Slide
	if c.st.Overview {
		at = c.st.Cursor
	}
	if cmd.Op != show.OpLast || end <= 0 || at >= end {
		return cmd
	}
	return show.Command{Op: show.OpGoTo, N: end}
}

// position is "4/7" counted to the end slide, as pdfpc counts, with the
// backup slides after it: "4/7 +2 backup", "8/7 backup 1/2".
func (c *Controller) position() string {
	st := c.st
	end, n := c.d.Meta.EndSlide, st.NumSlides()
	if end <= 0 || end >= n {
		return fmt.Sprintf("%d/%d", st.Slide, n)
	}
	if st.Slide > end {
		return fmt.Sprintf("%d/%d backup %d/%d", st.Slide, end, st.Slide-end, n-end)
	}
	return fmt.Sprintf("%d/%d +%d backup", st.Slide, end, n-end)
}

// offerBookmark offers the slide the pdfpc file bookmarked (savedSlide)
// when there is no session of our own to resume and the talk is not on it.
func (c *Controller) offerBookmark() {
	c.bookmark = 0
	if saved := c.d.Meta.Saved; c.resume == nil && saved > 0 && saved != c.st.Slide && c.d.Slide(saved) != nil {
		c.bookmark = saved
	}
}

// answerBookmark takes Enter (go to the bookmark) or Escape (stay) while
// the offer stands; any other key dismisses it and acts as usual.
func (c *Controller) answerBookmark(key string) bool {
	n := c.bookmark
	c.bookmark = 0
	switch key {
	case "Return", "KP_Enter", "y":
		c.Do(show.Command{Op: show.OpGoTo, N: n})
		return true
	case "Escape", "n":
		return true
	}
	return false
}

// Bookmark is the pdfpc bookmark the status line offers, 0 when none.
func (c *Controller) Bookmark() int { return c.bookmark }
