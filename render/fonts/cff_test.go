package fonts

import (
	"encoding/binary"
	"testing"
)

// directory builds an sfnt table directory naming tables (no table data).
func directory(tags ...string) []byte {
	out := make([]byte, 12+16*len(tags))
	binary.BigEndian.PutUint32(out, 0x4f54544f) // "OTTO"
	binary.BigEndian.PutUint16(out[4:], uint16(len(tags)))
	for i, tag := range tags {
		copy(out[12+16*i:], tag)
		binary.BigEndian.PutUint32(out[12+16*i+8:], uint32(len(out))) // empty, inside the file
	}
	return out
}

// Every backend draws CFF outlines and colour bitmaps now; COLR layers not.
func TestDrawableFonts(t *testing.T) {
	for _, c := range []struct {
		tags []string
		ok   bool
	}{
		{[]string{"CFF ", "cmap", "hmtx"}, true},
		{[]string{"CBDT", "CBLC", "cmap"}, true},
		{[]string{"glyf", "loca", "cmap"}, true},
		{[]string{"glyf", "loca", "COLR", "CPAL"}, false},
		{[]string{"cmap", "hmtx"}, false},
	} {
		if err := drawable(directory(c.tags...)); (err == nil) != c.ok {
			t.Errorf("%v: %v, want ok=%v", c.tags, err, c.ok)
		}
	}
}
