package anim

import "errors"

var errNotGIF = errors.New("not a GIF")

// countFrames walks a GIF's blocks without decoding them and returns how
// many frames it has. gif.DecodeAll allocates every frame before anything
// can be checked: a few MB of LZW can hold thousands of frames of 16
// megapixels each, so the pixel budget is checked on this count first.
func countFrames(data []byte) (int, error) {
	if len(data) < 13 || string(data[:3]) != "GIF" {
		return 0, errNotGIF
	}
	i := 13
	if packed := data[10]; packed&0x80 != 0 { // global colour table
		i += 3 << ((packed & 7) + 1)
	}
	frames := 0
	for i < len(data) {
		switch data[i] {
		case 0x3B: // trailer
			return frames, nil
		case 0x21: // extension: label, then data sub-blocks
			i = skipSubBlocks(data, i+2)
		case 0x2C: // image descriptor: position, size, flags, then LZW data
			if i+10 > len(data) {
				return frames, nil
			}
			frames++
			packed := data[i+9]
			i += 10
			if packed&0x80 != 0 { // local colour table
				i += 3 << ((packed & 7) + 1)
			}
			i = skipSubBlocks(data, i+1) // after the LZW minimum code size
		default:
			return frames, nil // damaged past here: the decoder will say so
		}
	}
	return frames, nil
}

// skipSubBlocks returns the index after the sub-blocks starting at i (each
// a length byte and that many bytes, ended by a zero length).
func skipSubBlocks(data []byte, i int) int {
	for i < len(data) {
		n := int(data[i])
		i++
		if n == 0 {
			return i
		}
		i += n
	}
	return len(data)
}
