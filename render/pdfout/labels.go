package pdfout

import (
	"fmt"
	"strings"
)

// pageLabels is the catalog's /PageLabels number tree for labels, one per
// page: a run of equal labels shares one range (the pages read as overlays
// of one slide), and "" numbers the page with its page number.
func pageLabels(labels []string) string {
	var b strings.Builder
	b.WriteString("<< /Nums [")
	for i, l := range labels {
		if i > 0 && l == labels[i-1] {
			continue
		}
		if l == "" {
			fmt.Fprintf(&b, " %d << /S /D /St %d >>", i, i+1)
		} else {
			fmt.Fprintf(&b, " %d << /P %s >>", i, pdfText(l))
		}
	}
	b.WriteString(" ] >>")
	return b.String()
}
