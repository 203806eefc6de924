package export

import "image/color"

// Stroke is a pen line the speaker drew on a slide during the talk, for the
// handout: points in slide-relative coordinates (0..1 across and down),
// width as a fraction of the slide's width.
type Stroke struct {
	Points [][2]float64
	Colour color.RGBA
	Width  float64
}
