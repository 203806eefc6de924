package pdfout

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// write writes the whole document: pages, their resources and links, the
// fonts and images they use, bookmarks, page labels and document info.
func (d *Doc) write(w io.Writer) error {
	ow := newObjWriter(w, d.opt.Compress)
	if d.opt.Compress < 0 {
		ow.level = -1
	}
	catalog, pagesObj := ow.alloc(), ow.alloc()
	fontObjs, err := d.writeFonts(ow)
	if err != nil {
		return err
	}
	imgObjs := map[*embedded]int{}
	for _, e := range d.imgSeq {
		imgObjs[e] = e.write(ow)
	}
	pageObjs := make([]int, len(d.pages))
	for i := range d.pages {
		pageObjs[i] = ow.alloc()
	}
	for i, p := range d.pages {
		content := ow.alloc()
		ow.stream(content, "", p.c.Bytes(), false)
		var annots []string
		for _, l := range p.links {
			n := ow.alloc()
			ow.obj(n, fmt.Sprintf("<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] /A << /S /URI /URI %s >> >>",
				num(l.x0), num(l.y0), num(l.x1), num(l.y1), hexBytes(l.uri)))
			annots = append(annots, ref(n))
		}
		var dict strings.Builder
		fmt.Fprintf(&dict, "<< /Type /Page /Parent %s /MediaBox [0 0 %s %s] /Contents %s /Resources %s",
			ref(pagesObj), num(p.w), num(p.h), ref(content), p.resources(fontObjs, imgObjs))
		if len(annots) > 0 {
			fmt.Fprintf(&dict, " /Annots [%s]", strings.Join(annots, " "))
		}
		dict.WriteString(" >>")
		ow.obj(pageObjs[i], dict.String())
	}
	kids := make([]string, len(pageObjs))
	for i, n := range pageObjs {
		kids[i] = ref(n)
	}
	ow.obj(pagesObj, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pageObjs)))

	cat := fmt.Sprintf("<< /Type /Catalog /Pages %s", ref(pagesObj))
	if len(d.outline) > 0 {
		cat += fmt.Sprintf(" /Outlines %s /PageMode /UseOutlines", ref(d.writeOutline(ow, pageObjs)))
	}
	if len(d.opt.Labels) > 0 {
		cat += " /PageLabels " + pageLabels(d.opt.Labels)
	}
	ow.obj(catalog, cat+" >>")
	info := ow.alloc()
	ow.obj(info, d.info())
	return ow.finish(catalog, info)
}

// resources is a page's resource dictionary: what its content stream names.
func (p *page) resources(fontObjs []int, imgObjs map[*embedded]int) string {
	var b strings.Builder
	b.WriteString("<< /ProcSet [/PDF /Text /ImageB /ImageC /ImageI]")
	entries := func(key string, names []string, obj func(string) int) {
		if len(names) == 0 {
			return
		}
		sort.Strings(names)
		fmt.Fprintf(&b, " /%s <<", key)
		for _, n := range names {
			fmt.Fprintf(&b, " /%s %s", n, ref(obj(n)))
		}
		b.WriteString(" >>")
	}
	var fs, is []string
	for n := range p.fonts {
		fs = append(fs, n)
	}
	for n := range p.images {
		is = append(is, n)
	}
	entries("Font", fs, func(n string) int { return fontObjs[p.fonts[n]] })
	entries("XObject", is, func(n string) int { return imgObjs[p.images[n]] })
	if len(p.gstates) > 0 {
		var as []int
		for a := range p.gstates {
			as = append(as, int(a))
		}
		sort.Ints(as)
		b.WriteString(" /ExtGState <<")
		for _, a := range as {
			fmt.Fprintf(&b, " /GS%d << /Type /ExtGState /ca %s /CA %s >>", a, num(float64(a)/255), num(float64(a)/255))
		}
		b.WriteString(" >>")
	}
	b.WriteString(" >>")
	return b.String()
}

// writeOutline writes the bookmarks, one level, and returns the outline
// dictionary's object.
func (d *Doc) writeOutline(ow *objWriter, pageObjs []int) int {
	root := ow.alloc()
	items := make([]int, len(d.outline))
	for i := range items {
		items[i] = ow.alloc()
	}
	for i, it := range d.outline {
		s := fmt.Sprintf("<< /Title %s /Parent %s /Dest [%s /Fit]", pdfText(it.title), ref(root), ref(pageObjs[it.page]))
		if i > 0 {
			s += " /Prev " + ref(items[i-1])
		}
		if i+1 < len(items) {
			s += " /Next " + ref(items[i+1])
		}
		ow.obj(items[i], s+" >>")
	}
	ow.obj(root, fmt.Sprintf("<< /Type /Outlines /First %s /Last %s /Count %d >>", ref(items[0]), ref(items[len(items)-1]), len(items)))
	return root
}

// info is the document information dictionary.
func (d *Doc) info() string {
	var b strings.Builder
	b.WriteString("<<")
	for _, kv := range [][2]string{{"Title", d.opt.Title}, {"Author", d.opt.Author}, {"Subject", d.opt.Subject}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, " /%s %s", kv[0], pdfText(kv[1]))
		}
	}
	t := d.created.UTC()
	fmt.Fprintf(&b, " /Creator %s /Producer %s /CreationDate (D:%sZ) >>", pdfText("Lectern"), pdfText("Lectern"), t.Format("20060102150405"))
	return b.String()
}
