package pdfout

import (
	"encoding/binary"
	"fmt"

	gotext "github.com/go-text/typesetting/font"

	"github.com/lectern-app/lectern/render/fonts"
	"github.com/lectern-app/lectern/render/layout"
)

// A face is embedded in one of two ways, both addressed by glyph ID so
// shaped text (conjuncts, joining forms, ligatures) is drawn as shaped:
//   - TrueType outlines (glyf): a Type0 font over a CIDFontType2 whose CIDs
//     are the glyph IDs (Identity-H, CIDToGIDMap /Identity), with a subset
//     of the file that keeps every glyph ID (subset.go);
//   - CFF outlines (Noto CJK) and colour bitmaps (emoji): Type3 fonts of at
//     most 256 glyphs each, whose glyph procedures are the outlines as path
//     operators or the bitmap as an image (type3.go).
// Each used glyph maps to the text it draws in the font's ToUnicode CMap.

// faceEmbed is one face used by the document and the glyphs it used.
type faceEmbed struct {
	font   layout.Font
	name   string
	data   []byte
	face   *gotext.Face // the document's own: go-text faces cache unguarded
	upem   float64
	type3  bool
	glyphs map[uint16]*usedGlyph
	order  []uint16 // glyph IDs in order of first use
	parts  []int    // the document's font resources (index into Doc.parts)
}

// usedGlyph is a glyph as the content streams refer to it.
type usedGlyph struct {
	part  int     // font resource (index into Doc.parts)
	code  uint16  // character code: the glyph ID (Type0) or 0..255 (Type3)
	width float64 // advance in 1/1000 em
	text  string  // what it maps to in ToUnicode ("" for none)
}

// fontPart is one PDF font object: a whole Type0 font or one Type3 font.
type fontPart struct {
	face  *faceEmbed
	gids  []uint16 // Type3: glyph of each code, in code order
	index int
}

// face returns the document's embedding of f, parsing it the first time.
// Fallback faces are the user's installed files: a parser panic on one is
// an error, not a crash.
func (d *Doc) face(f layout.Font) (fe *faceEmbed, err error) {
	if fe, ok := d.faces[f]; ok {
		return fe, nil
	}
	defer func() {
		if r := recover(); r != nil {
			fe, err = nil, fmt.Errorf("embed font %s: unreadable font file: %v", fonts.Name(f), r)
		}
	}()
	name, data, face, err := faceSource(f)
	if err != nil {
		return nil, fmt.Errorf("embed font %s: %w", name, err)
	}
	fe = &faceEmbed{font: f, name: name, data: data, face: face, upem: float64(face.Upem()),
		type3: !trueTypeOutlines(data), glyphs: map[uint16]*usedGlyph{}}
	if fe.upem <= 0 {
		fe.upem = 1000
	}
	if !fe.type3 {
		d.parts = append(d.parts, &fontPart{face: fe})
		fe.parts = []int{len(d.parts) - 1}
	}
	d.faces[f] = fe
	d.faceSeq = append(d.faceSeq, fe)
	return fe, nil
}

// type3Spacer is code 0 of every Type3 font: a blank glyph named "m", 0.6 em
// wide, never shown. poppler guesses a Type3 font's size from its "m" (else
// from any glyph, as if it were 0.5 em): without it a font of 1 em CJK
// glyphs read as twice its size, and pdftotext set those words on a line of
// their own.
const type3Spacer = 0xFFFF

// use returns glyph gid of fe, registering it the first time with text as
// what it maps to.
func (d *Doc) use(fe *faceEmbed, gid uint16, text string) *usedGlyph {
	if g, ok := fe.glyphs[gid]; ok {
		return g
	}
	g := &usedGlyph{code: gid, text: text, width: float64(fe.face.HorizontalAdvance(gotext.GID(gid))) * 1000 / fe.upem}
	if fe.type3 {
		if len(fe.parts) == 0 || len(d.parts[fe.parts[len(fe.parts)-1]].gids) == 256 {
			d.parts = append(d.parts, &fontPart{face: fe, index: len(fe.parts), gids: []uint16{type3Spacer}})
			fe.parts = append(fe.parts, len(d.parts)-1)
		}
		p := d.parts[fe.parts[len(fe.parts)-1]]
		g.code = uint16(len(p.gids))
		p.gids = append(p.gids, gid)
	}
	g.part = fe.parts[len(fe.parts)-1]
	fe.glyphs[gid] = g
	fe.order = append(fe.order, gid)
	return g
}

// trueTypeOutlines reports whether an sfnt file has TrueType outlines and
// no colour tables: what a CIDFontType2 can embed and every viewer draws.
func trueTypeOutlines(data []byte) bool {
	tables, err := sfntTables(data)
	if err != nil {
		return false
	}
	for _, colour := range []string{"CBDT", "sbix", "COLR", "CFF ", "CFF2"} {
		if _, ok := tables[colour]; ok {
			return false
		}
	}
	_, glyf := tables["glyf"]
	_, loca := tables["loca"]
	return glyf && loca && !forceType3
}

// forceType3, set by tests, embeds every face as Type3 fonts.
var forceType3 bool

// faceSource gives a face's name, file and a go-text face of the
// document's own over the font render/fonts parsed once (a Face caches
// glyph extents unguarded; the parsed Font is read-only); tests replace it
// to embed faces render/fonts does not register (CFF, colour bitmaps).
var faceSource = func(f layout.Font) (string, []byte, *gotext.Face, error) {
	shared, err := fonts.GoText(f)
	if err != nil {
		return fonts.Name(f), nil, nil, err
	}
	return fonts.Name(f), fonts.Data(f), gotext.NewFace(shared.Font), nil
}

// sfntTables reads the table directory of a single-font sfnt file.
func sfntTables(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("truncated font file")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, fmt.Errorf("truncated table directory")
	}
	out := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		p := data[12+16*i:]
		off, size := uint64(binary.BigEndian.Uint32(p[8:])), uint64(binary.BigEndian.Uint32(p[12:]))
		if off+size > uint64(len(data)) {
			return nil, fmt.Errorf("table %q lies outside the file", p[:4])
		}
		out[string(p[:4])] = data[off : off+size]
	}
	return out, nil
}
