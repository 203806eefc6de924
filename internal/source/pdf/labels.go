package pdf

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"github.com/lectern-app/lectern/internal/source/pdf/pdfstruct"
)

// LabelRange is one entry of a /PageLabels number tree: from page Start
// (0-based) on, pages are labelled Prefix followed by a number in Style
// ("D" decimal, "R"/"r" roman, "A"/"a" letters, "" none) counting from First.
type LabelRange struct {
	Start  int
	Style  string
	Prefix string
	First  int
}

// PageLabels returns the label of each of the n pages of the PDF at path
// (index = page - 1), read from the catalog's /PageLabels with pdfcpu.
// Without /PageLabels the labels are the 1-based page numbers. When the
// labels cannot be read, it returns the page numbers and an error.
func PageLabels(path string, n int) ([]string, error) {
	ranges, err := ReadLabelRanges(path)
	if err != nil {
		return FormatLabels(nil, n), err
	}
	return FormatLabels(ranges, n), nil
}

// ReadLabelRanges reads the /PageLabels number tree of the PDF at path,
// sorted by start page; nil when the PDF has none.
func ReadLabelRanges(path string) (ranges []LabelRange, err error) {
	defer func() {
		if r := recover(); r != nil {
			ranges, err = nil, fmt.Errorf("read the page labels of %s: pdfcpu failed: %v", path, r)
		}
	}()
	ctx, info, err := pdfstruct.Read(path)
	if err != nil {
		return nil, fmt.Errorf("read the page labels of %s: %w", path, err)
	}
	defer pdfstruct.Keep(path, info, ctx) // export copies pages from it
	cat, err := ctx.Catalog()
	if err != nil {
		return nil, fmt.Errorf("read the page labels of %s: %w", path, err)
	}
	root, ok := cat.Find("PageLabels")
	if !ok {
		return nil, nil
	}
	w := &treeWalk{x: ctx.XRefTable, seen: map[int]bool{}}
	if err := w.node(root, 0); err != nil {
		return nil, fmt.Errorf("read the page labels of %s: %w", path, err)
	}
	sort.SliceStable(w.out, func(i, j int) bool { return w.out[i].Start < w.out[j].Start })
	return w.out, nil
}

type treeWalk struct {
	x    *model.XRefTable
	seen map[int]bool
	out  []LabelRange
}

// node reads a number tree node: its /Nums pairs and its /Kids.
func (w *treeWalk) node(o types.Object, depth int) error {
	if depth > 32 {
		return fmt.Errorf("the /PageLabels tree is nested too deeply")
	}
	if ir, ok := o.(types.IndirectRef); ok {
		nr := ir.ObjectNumber.Value()
		if w.seen[nr] {
			return fmt.Errorf("the /PageLabels tree refers to itself (object %d)", nr)
		}
		w.seen[nr] = true
	}
	d, err := w.x.DereferenceDict(o)
	if err != nil || d == nil {
		return fmt.Errorf("a /PageLabels node is not a dictionary")
	}
	if nums, ok := d.Find("Nums"); ok {
		arr, err := w.x.DereferenceArray(nums)
		if err != nil {
			return fmt.Errorf("/PageLabels /Nums is not an array")
		}
		for i := 0; i+1 < len(arr); i += 2 {
			start, err := w.x.DereferenceInteger(arr[i])
			if err != nil || start == nil || start.Value() < 0 {
				return fmt.Errorf("/PageLabels has a page index that is not a whole number: %v", arr[i])
			}
			r, err := w.rangeDict(arr[i+1])
			if err != nil {
				return err
			}
			r.Start = start.Value()
			w.out = append(w.out, r)
		}
	}
	if kids, ok := d.Find("Kids"); ok {
		arr, err := w.x.DereferenceArray(kids)
		if err != nil {
			return fmt.Errorf("/PageLabels /Kids is not an array")
		}
		for _, k := range arr {
			if err := w.node(k, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *treeWalk) rangeDict(o types.Object) (LabelRange, error) {
	r := LabelRange{First: 1}
	d, err := w.x.DereferenceDict(o)
	if err != nil || d == nil {
		return r, fmt.Errorf("a /PageLabels entry is not a dictionary")
	}
	if s, ok := d.Find("S"); ok {
		if n, err := w.x.DereferenceName(s, model.V10, nil); err == nil {
			r.Style = n.Value()
		}
	}
	if p, ok := d.Find("P"); ok {
		if t, err := w.x.DereferenceText(p); err == nil {
			r.Prefix = t
		}
	}
	if st, ok := d.Find("St"); ok {
		if i, err := w.x.DereferenceInteger(st); err == nil && i != nil && i.Value() >= 1 {
			r.First = i.Value()
		}
	}
	return r, nil
}

// FormatLabels computes n page labels from ranges sorted by Start. Pages
// before the first range are numbered 1, 2, ….
func FormatLabels(ranges []LabelRange, n int) []string {
	out := make([]string, n)
	ri := -1
	for p := 0; p < n; p++ {
		for ri+1 < len(ranges) && ranges[ri+1].Start <= p {
			ri++
		}
		if ri < 0 {
			out[p] = strconv.Itoa(p + 1)
			continue
		}
		r := ranges[ri]
		out[p] = r.Prefix + formatNumber(r.Style, r.First+p-r.Start)
	}
	return out
}

func formatNumber(style string, v int) string {
	switch style {
	case "D":
		return strconv.Itoa(v)
	case "R":
		return roman(v)
	case "r":
		return strings.ToLower(roman(v))
	case "A":
		return letters(v)
	case "a":
		return strings.ToLower(letters(v))
	}
	return "" // no numbering style: the prefix alone
}

func roman(v int) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}

// letters is the PDF letter style: A … Z, then AA … ZZ, AAA ….
func letters(v int) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	return strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
}
