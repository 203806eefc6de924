package pdfout

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// writeFonts writes every font resource and returns its object by index.
func (d *Doc) writeFonts(ow *objWriter) ([]int, error) {
	objs := make([]int, len(d.parts))
	for i, p := range d.parts {
		var err error
		if objs[i], err = writeFont(ow, p); err != nil {
			return nil, fmt.Errorf("embed font %s: %w", p.face.name, err)
		}
	}
	return objs, nil
}

// writeFont writes one font resource. A font file that makes the subsetter
// or go-text panic (an installed fallback face) fails the export with its
// name instead of crashing.
func writeFont(ow *objWriter, p *fontPart) (obj int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable font file: %v", r)
		}
	}()
	if p.face.type3 {
		return writeType3(ow, p)
	}
	return writeType0(ow, p.face)
}

// writeType0 writes a TrueType face as a Type0 font whose character codes
// are glyph IDs, with the glyph-ID-keeping subset of the file, the widths
// of the used glyphs and their text.
func writeType0(ow *objWriter, fe *faceEmbed) (int, error) {
	sub, err := subsetTrueType(fe.data, fe.order)
	if err != nil {
		return 0, err
	}
	bbox, asc, desc := fontBox(fe)
	file, desc0, cid, cmap, font := ow.alloc(), ow.alloc(), ow.alloc(), ow.alloc(), ow.alloc()
	ow.stream(file, fmt.Sprintf("/Length1 %d ", len(sub)), sub, false)
	base := pdfName(fe.name)
	ow.obj(desc0, fmt.Sprintf("<< /Type /FontDescriptor /FontName %s /Flags 4 /FontBBox %s /ItalicAngle 0 /Ascent %s /Descent %s /CapHeight %s /StemV 80 /FontFile2 %s >>",
		base, bbox, num(asc), num(desc), num(asc), ref(file)))
	ow.obj(cid, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont %s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %s /DW 0 /W %s /CIDToGIDMap /Identity >>",
		base, ref(desc0), cidWidths(fe)))
	ow.stream(cmap, "", toUnicode(fe, nil), false)
	ow.obj(font, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont %s /Encoding /Identity-H /DescendantFonts [%s] /ToUnicode %s >>",
		base, ref(cid), ref(cmap)))
	return font, nil
}

// cidWidths is the /W array: each used glyph's advance, consecutive glyph
// IDs sharing one entry.
func cidWidths(fe *faceEmbed) string {
	var b strings.Builder
	b.WriteString("[")
	prev := -2
	for _, gid := range sortedGlyphs(fe) {
		if int(gid) != prev+1 {
			if prev >= 0 {
				b.WriteString("]")
			}
			fmt.Fprintf(&b, " %d [", gid)
		} else {
			b.WriteString(" ")
		}
		b.WriteString(num(fe.glyphs[gid].width))
		prev = int(gid)
	}
	if prev >= 0 {
		b.WriteString("]")
	}
	b.WriteString(" ]")
	return b.String()
}

// fontBox is the font's bounding box (from head, in 1/1000 em) and its
// ascent and descent.
func fontBox(fe *faceEmbed) (bbox string, asc, desc float64) {
	k := 1000 / fe.upem
	bbox = "[0 0 0 0]"
	if t, err := sfntTables(fe.data); err == nil && len(t["head"]) >= 54 {
		h := t["head"]
		v := func(off int) float64 { return float64(int16(binary.BigEndian.Uint16(h[off:]))) * k }
		bbox = fmt.Sprintf("[%s %s %s %s]", num(v(36)), num(v(38)), num(v(40)), num(v(42)))
	}
	asc, desc = 800, -200
	if e, ok := fe.face.FontHExtents(); ok {
		asc, desc = float64(e.Ascender)*k, float64(e.Descender)*k
	}
	return bbox, asc, desc
}

// toUnicode is the ToUnicode CMap of a face's glyphs: the whole face
// (Type0, two-byte codes) or one Type3 part (one-byte codes) when part is
// given. A glyph that draws part of a character maps to no text (<>):
// left out, poppler would read a Type3 glyph as its character code.
func toUnicode(fe *faceEmbed, part *fontPart) []byte {
	type entry struct{ code, text string }
	var es []entry
	if part == nil {
		for _, gid := range sortedGlyphs(fe) {
			g := fe.glyphs[gid]
			es = append(es, entry{fmt.Sprintf("%04X", g.code), utf16Hex(g.text)})
		}
	} else {
		for code, gid := range part.gids {
			if gid == type3Spacer {
				continue
			}
			es = append(es, entry{fmt.Sprintf("%02X", code), utf16Hex(fe.glyphs[gid].text)})
		}
	}
	space := "<0000> <FFFF>"
	if part != nil {
		space = "<00> <FF>"
	}
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
	b.WriteString("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
	b.WriteString("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
	fmt.Fprintf(&b, "1 begincodespacerange\n%s\nendcodespacerange\n", space)
	for len(es) > 0 {
		n := min(len(es), 100)
		fmt.Fprintf(&b, "%d beginbfchar\n", n)
		for _, e := range es[:n] {
			fmt.Fprintf(&b, "<%s> <%s>\n", e.code, e.text)
		}
		b.WriteString("endbfchar\n")
		es = es[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return []byte(b.String())
}
