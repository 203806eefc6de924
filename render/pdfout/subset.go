package pdfout

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// sortedGlyphs is the glyph IDs a face used, in increasing order.
func sortedGlyphs(fe *faceEmbed) []uint16 {
	out := slices.Clone(fe.order)
	slices.Sort(out)
	return out
}

// subsetTables are the tables a CIDFontType2 needs: outlines, metrics and
// the hinting programs, and an empty cmap (glyphs are named by ID; font
// parsers insist on a cmap); names and layout tables are not read.
var subsetTables = []string{"cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}

// emptyCmap is a cmap table mapping no character: one Windows Unicode
// subtable in format 4 with only the closing 0xFFFF segment.
var emptyCmap = []byte{
	0, 0, 0, 1, // version, one subtable
	0, 3, 0, 1, 0, 0, 0, 12, // platform 3, encoding 1, at offset 12
	0, 4, 0, 24, 0, 0, // format 4, length 24, language
	0, 2, 0, 2, 0, 0, 0, 0, // segCountX2, searchRange, entrySelector, rangeShift
	0xFF, 0xFF, 0, 0, // endCode, reservedPad
	0xFF, 0xFF, 0, 1, 0, 0, // startCode, idDelta, idRangeOffset
}

// subsetTrueType cuts a TrueType file down to the glyphs used, keeping
// every glyph ID where it was (the content streams name glyphs by ID):
// unused glyphs become empty, composite glyphs keep their components, and
// loca is rebuilt in the long format.
func subsetTrueType(data []byte, used []uint16) ([]byte, error) {
	t, err := sfntTables(data)
	if err != nil {
		return nil, err
	}
	head, maxp, loca, glyf := t["head"], t["maxp"], t["loca"], t["glyf"]
	if len(head) < 54 || len(maxp) < 6 {
		return nil, fmt.Errorf("font has no usable head or maxp table")
	}
	n := int(binary.BigEndian.Uint16(maxp[4:]))
	long := binary.BigEndian.Uint16(head[50:]) == 1
	at := func(i int) (int, bool) { // offset of glyph i's entry in glyf
		if long {
			if 4*i+4 > len(loca) {
				return 0, false
			}
			return int(binary.BigEndian.Uint32(loca[4*i:])), true
		}
		if 2*i+2 > len(loca) {
			return 0, false
		}
		return 2 * int(binary.BigEndian.Uint16(loca[2*i:])), true
	}
	glyph := func(i int) []byte {
		a, ok1 := at(i)
		b, ok2 := at(i + 1)
		if !ok1 || !ok2 || a > b || b > len(glyf) {
			return nil
		}
		return glyf[a:b]
	}
	keep := map[int]bool{0: true}
	var visit func(gid, depth int)
	visit = func(gid, depth int) {
		if gid >= n || keep[gid] && gid != 0 || depth > 16 {
			return
		}
		keep[gid] = true
		for _, c := range components(glyph(gid)) {
			visit(c, depth+1)
		}
	}
	visit(0, 0)
	for _, g := range used {
		visit(int(g), 0)
	}
	// glyphs after the last kept one are cut off: IDs do not move
	last := 0
	for g := range keep {
		last = max(last, g)
	}
	n = last + 1
	var newGlyf []byte
	newLoca := make([]byte, 4*(n+1))
	for i := 0; i < n; i++ {
		binary.BigEndian.PutUint32(newLoca[4*i:], uint32(len(newGlyf)))
		if keep[i] {
			newGlyf = append(newGlyf, glyph(i)...)
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*n:], uint32(len(newGlyf)))
	newHead := slices.Clone(head)
	binary.BigEndian.PutUint16(newHead[50:], 1)
	binary.BigEndian.PutUint32(newHead[8:], 0) // checkSumAdjustment, set below
	newMaxp := slices.Clone(maxp)
	binary.BigEndian.PutUint16(newMaxp[4:], uint16(n))
	hhea, hmtx, err := keptMetrics(t["hhea"], t["hmtx"], n, keep)
	if err != nil {
		return nil, err
	}
	t["head"], t["maxp"], t["loca"], t["glyf"], t["cmap"] = newHead, newMaxp, newLoca, newGlyf, emptyCmap
	t["hhea"], t["hmtx"] = hhea, hmtx
	out := buildSfnt(t)
	binary.BigEndian.PutUint32(out[headOffset(out)+8:], 0xB1B0AFBA-checksum(out))
	return out, nil
}

// keptMetrics rebuilds hhea and hmtx for n glyphs, each with its own
// advance and side bearing when kept and zeros otherwise (PDF takes
// advances from /W; zeros cost nothing compressed).
func keptMetrics(hhea, hmtx []byte, n int, keep map[int]bool) ([]byte, []byte, error) {
	if len(hhea) < 36 {
		return nil, nil, fmt.Errorf("font has no usable hhea table")
	}
	long := int(binary.BigEndian.Uint16(hhea[34:]))
	if long == 0 || 4*long > len(hmtx) {
		return nil, nil, fmt.Errorf("font has no usable hmtx table")
	}
	out := make([]byte, 4*n)
	for g := range keep {
		if g >= n {
			continue
		}
		i := min(g, long-1)
		copy(out[4*g:4*g+2], hmtx[4*i:4*i+2]) // advance: the last long metric's beyond
		if g < long {
			copy(out[4*g+2:4*g+4], hmtx[4*g+2:4*g+4])
		} else if p := 4*long + 2*(g-long); p+2 <= len(hmtx) {
			copy(out[4*g+2:4*g+4], hmtx[p:p+2])
		}
	}
	h := slices.Clone(hhea)
	binary.BigEndian.PutUint16(h[34:], uint16(n))
	return h, out, nil
}

// components lists the glyphs a composite glyph is built from.
func components(g []byte) []int {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil
	}
	var out []int
	for p := 10; p+4 <= len(g); {
		flags := binary.BigEndian.Uint16(g[p:])
		out = append(out, int(binary.BigEndian.Uint16(g[p+2:])))
		p += 4
		if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			p += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			p += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			p += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return out
}

// buildSfnt writes the subset tables as an sfnt file with a table directory
// and checksums.
func buildSfnt(t map[string][]byte) []byte {
	var tags []string
	for _, tag := range subsetTables {
		if _, ok := t[tag]; ok {
			tags = append(tags, tag)
		}
	}
	sort.Strings(tags)
	size := 12 + 16*len(tags)
	for _, tag := range tags {
		size += (len(t[tag]) + 3) &^ 3
	}
	out := make([]byte, 12+16*len(tags), size)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(len(tags)))
	sr, sel := 1, 0
	for sr*2 <= len(tags) {
		sr, sel = sr*2, sel+1
	}
	binary.BigEndian.PutUint16(out[6:], uint16(sr*16))
	binary.BigEndian.PutUint16(out[8:], uint16(sel))
	binary.BigEndian.PutUint16(out[10:], uint16(len(tags)*16-sr*16))
	for i, tag := range tags {
		d := t[tag]
		p := out[12+16*i:]
		copy(p, tag)
		binary.BigEndian.PutUint32(p[4:], checksum(d))
		binary.BigEndian.PutUint32(p[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(p[12:], uint32(len(d)))
		out = append(out, d...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

// headOffset is where the head table starts in a file buildSfnt wrote.
func headOffset(f []byte) int {
	n := int(binary.BigEndian.Uint16(f[4:]))
	for i := 0; i < n; i++ {
		if p := f[12+16*i:]; string(p[:4]) == "head" {
			return int(binary.BigEndian.Uint32(p[8:]))
		}
	}
	return 0
}

// checksum is the sfnt checksum: the sum of big-endian 32-bit words.
func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}
