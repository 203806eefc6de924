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

func TestCFFFontsWaitForAllowCFF(t *testing.T) {
	cff := directory("CFF ", "cmap", "hmtx")
	if err := drawable(cff); err == nil {
		t.Fatal("a CFF font was accepted while AllowCFF is off")
	}
	AllowCFF(true)
	defer AllowCFF(false)
	if err := drawable(cff); err != nil {
		t.Errorf("AllowCFF(true): %v", err)
	}
	if err := drawable(directory("CFF ", "CBDT")); err == nil {
		t.Error("colour bitmap fonts must stay refused")
	}
	if err := drawable(directory("glyf", "loca", "cmap")); err != nil {
		t.Errorf("a TrueType font: %v", err)
	}
}
