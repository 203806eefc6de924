package pdfout

import (
	"bytes"
	"reflect"
	"testing"

	gotext "github.com/go-text/typesetting/font"
)

// The subset keeps every glyph ID: used glyphs and the components of used
// composite glyphs draw exactly as in the original, other glyphs are empty,
// and the file is much smaller.
func TestSubsetKeepsGlyphIDs(t *testing.T) {
	data := findFont(t, "NotoSans-Regular.ttf") // fonts-noto-core: composite glyphs (the Go fonts have none)
	orig, err := gotext.ParseTTF(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	gid := func(r rune) uint16 {
		g, ok := orig.NominalGlyph(r)
		if !ok {
			t.Fatalf("no glyph for %q", r)
		}
		return uint16(g)
	}
	tables, err := sfntTables(data)
	if err != nil {
		t.Fatal(err)
	}
	// a composite glyph and one of its components
	var composite, component uint16
	for g := 1; g < int(be16(tables["maxp"][4:])) && composite == 0; g++ {
		if cs := components(glyphBytes(t, tables, uint16(g))); len(cs) > 0 {
			composite, component = uint16(g), uint16(cs[0])
		}
	}
	if composite == 0 {
		t.Fatal("the test font has no composite glyph")
	}
	used := []uint16{gid('A'), composite}
	sub, err := subsetTrueType(data, used)
	if err != nil {
		t.Fatal(err)
	}
	face, err := gotext.ParseTTF(bytes.NewReader(sub))
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	outline := func(f *gotext.Face, g uint16) []gotext.Segment {
		o, _ := f.GlyphData(gotext.GID(g)).(gotext.GlyphOutline)
		return o.Segments
	}
	for _, g := range append(used, component) {
		if len(outline(orig, g)) == 0 || !reflect.DeepEqual(outline(face, g), outline(orig, g)) {
			t.Errorf("glyph %d draws differently in the subset", g)
		}
		if face.HorizontalAdvance(gotext.GID(g)) != orig.HorizontalAdvance(gotext.GID(g)) {
			t.Errorf("glyph %d advances differently in the subset", g)
		}
	}
	if z := gid('Z'); len(outline(orig, z)) == 0 || len(outline(face, z)) != 0 {
		t.Errorf("unused glyph Z: %d segments in the subset, want none", len(outline(face, z)))
	}
	if len(sub) > len(data)/3 {
		t.Errorf("subset %d bytes of %d", len(sub), len(data))
	}
	if checksum(sub) != 0xB1B0AFBA {
		t.Errorf("file checksum %08X, want B1B0AFBA", checksum(sub))
	}
}

// glyphBytes is glyph g's entry in the glyf table.
func glyphBytes(t *testing.T, tables map[string][]byte, g uint16) []byte {
	t.Helper()
	head, loca, glyf := tables["head"], tables["loca"], tables["glyf"]
	var a, b int
	if head[51] == 1 {
		a, b = int(be32(loca[4*int(g):])), int(be32(loca[4*int(g)+4:]))
	} else {
		a, b = 2*int(be16(loca[2*int(g):])), 2*int(be16(loca[2*int(g)+2:]))
	}
	return glyf[a:b]
}

func be16(b []byte) uint16 { return uint16(b[0])<<8 | uint16(b[1]) }
func be32(b []byte) uint32 { return uint32(be16(b))<<16 | uint32(be16(b[2:])) }
