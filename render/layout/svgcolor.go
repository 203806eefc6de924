package layout

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// rgbFunc matches rgb(…) and rgba(…) colours.
var rgbFunc = regexp.MustCompile(`(?i)rgba?\(\s*([^)]*)\)`)

// hexColors writes rgb() colours with percentages or fractions
// ("rgb(13.7%,12.2%,12.5%)", as cairo writes them) as #rrggbb, which oksvg
// reads; it reads only whole numbers, and such a shape was not drawn.
// rgba()'s alpha is left to the opacity the element has (rare in SVG 1.1).
func hexColors(v string) string {
	if !strings.Contains(strings.ToLower(v), "rgb") {
		return v
	}
	return rgbFunc.ReplaceAllStringFunc(v, func(m string) string {
		inner := rgbFunc.FindStringSubmatch(m)[1]
		parts := strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
		if len(parts) < 3 {
			return m
		}
		var c [3]int
		for i := range 3 {
			p := strings.TrimSpace(parts[i])
			k := 1.0
			if strings.HasSuffix(p, "%") {
				p, k = strings.TrimSuffix(p, "%"), 2.55
			}
			f, err := strconv.ParseFloat(p, 64)
			if err != nil || math.IsNaN(f) {
				return m
			}
			c[i] = int(math.Round(min(255, max(0, f*k))))
		}
		return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
	})
}
