package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// tableRecord is one entry of an sfnt table directory.
type tableRecord struct {
	tag            string
	sum, off, size uint32
}

// readDirectory reads the table directory of the font starting at base.
func readDirectory(data []byte, base uint32) (version uint32, recs []tableRecord, err error) {
	if uint64(base)+12 > uint64(len(data)) {
		return 0, nil, errors.New("truncated font header")
	}
	version = binary.BigEndian.Uint32(data[base:])
	n := int(binary.BigEndian.Uint16(data[base+4:]))
	if uint64(base)+12+16*uint64(n) > uint64(len(data)) {
		return 0, nil, errors.New("truncated table directory")
	}
	for i := 0; i < n; i++ {
		p := data[base+12+16*uint32(i):]
		r := tableRecord{tag: string(p[:4]), sum: binary.BigEndian.Uint32(p[4:]),
			off: binary.BigEndian.Uint32(p[8:]), size: binary.BigEndian.Uint32(p[12:])}
		if uint64(r.off)+uint64(r.size) > uint64(len(data)) {
			return 0, nil, fmt.Errorf("table %q lies outside the file", r.tag)
		}
		recs = append(recs, r)
	}
	return version, recs, nil
}

// singleFont returns face index of a font file as a standalone TrueType
// font: a collection (.ttc) is cut down to that face's tables, since PDF
// writers and Fyne take one font per file. Other files come back as they are.
func singleFont(data []byte, index int) ([]byte, error) {
	if len(data) < 12 || string(data[:4]) != "ttcf" {
		return data, nil
	}
	n := int(binary.BigEndian.Uint32(data[8:]))
	if index < 0 || index >= n || 12+4*(index+1) > len(data) {
		return nil, fmt.Errorf("face %d not in a collection of %d", index, n)
	}
	base := binary.BigEndian.Uint32(data[12+4*index:])
	version, recs, err := readDirectory(data, base)
	if err != nil {
		return nil, err
	}
	head := 12 + 16*len(recs)
	size := head
	for _, r := range recs {
		size += int(r.size+3) &^ 3
	}
	out := make([]byte, head, size)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(len(recs)))
	sr, sel := 1, 0
	for sr*2 <= len(recs) {
		sr, sel = sr*2, sel+1
	}
	binary.BigEndian.PutUint16(out[6:], uint16(sr*16))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(len(recs)*16-sr*16))
	for i, r := range recs {
		p := out[12+16*i:]
		copy(p, r.tag)
		binary.BigEndian.PutUint32(p[4:], r.sum)
		binary.BigEndian.PutUint32(p[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(p[12:], r.size)
		out = append(out, data[r.off:r.off+r.size]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}

// noLayoutTables reports whether a font has no tables that change glyphs or
// positions in context (GSUB, GPOS, kern, morx, kerx): then its shaped
// ASCII is its nominal advances, one glyph per character.
func noLayoutTables(ttf []byte) bool {
	_, recs, err := readDirectory(ttf, 0)
	if err != nil {
		return false
	}
	for _, r := range recs {
		switch r.tag {
		case "GSUB", "GPOS", "kern", "morx", "kerx", "mort":
			return false
		}
	}
	return true
}

// drawable tells whether every backend can draw and embed a font: TrueType
// (glyf) or CFF outlines, which the raster draws from go-text's outlines and
// the PDF embeds (CFF as Type3 outlines), and colour bitmaps (CBDT, sbix:
// Noto Color Emoji), which both draw as pictures. COLR layer fonts are
// refused: their base glyphs are empty and no backend paints the layers yet.
func drawable(ttf []byte) error {
	_, recs, err := readDirectory(ttf, 0)
	if err != nil {
		return err
	}
	has := map[string]bool{}
	for _, r := range recs {
		has[r.tag] = true
	}
	switch {
	case has["COLR"]:
		return errors.New("colour layer (COLR) glyphs are not supported yet")
	case has["CBDT"] || has["sbix"], has["CFF "] || has["CFF2"]:
	case !has["glyf"] || !has["loca"]:
		return errors.New("no TrueType, CFF or bitmap outlines")
	}
	return nil
}
