package layout

import (
	"strconv"
	"strings"
)

// svgPathArgs is how many numbers each path command takes.
var svgPathArgs = map[byte]int{'M': 2, 'L': 2, 'T': 2, 'H': 1, 'V': 1, 'C': 6, 'S': 4, 'Q': 4, 'A': 7, 'Z': 0}

// explicitPath rewrites path data with a command letter before every
// segment and the arc flags spaced out: oksvg misreads repeated arcs
// without their letter ("a 2.5,2.5 0 0 1 -2.5,2.5 2.5,2.5 0 0 1 …", as
// Inkscape writes circles) and flags written together ("a1 1 0 01 1 1").
// Data it cannot read is returned as it was.
func explicitPath(d string) string {
	var out strings.Builder
	i, cmd := 0, byte(0)
	num := func(flag bool) (string, bool) {
		for i < len(d) && (d[i] == ' ' || d[i] == ',' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r') {
			i++
		}
		if i >= len(d) {
			return "", false
		}
		if flag {
			if d[i] == '0' || d[i] == '1' {
				i++
				return d[i-1 : i], true
			}
			return "", false
		}
		start := i
		if d[i] == '+' || d[i] == '-' {
			i++
		}
		digits, dot := 0, false
		for i < len(d) && (d[i] >= '0' && d[i] <= '9' || d[i] == '.' && !dot) {
			if d[i] == '.' {
				dot = true
			} else {
				digits++
			}
			i++
		}
		if digits == 0 {
			return "", false
		}
		if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
			j := i + 1
			if j < len(d) && (d[j] == '+' || d[j] == '-') {
				j++
			}
			if j < len(d) && d[j] >= '0' && d[j] <= '9' {
				for i = j; i < len(d) && d[i] >= '0' && d[i] <= '9'; i++ {
				}
			}
		}
		if _, err := strconv.ParseFloat(d[start:i], 64); err != nil {
			return "", false
		}
		return d[start:i], true
	}
	for {
		for i < len(d) && strings.IndexByte(" ,\t\n\r", d[i]) >= 0 {
			i++
		}
		if i >= len(d) {
			return strings.TrimSpace(out.String())
		}
		c := d[i]
		if n, ok := svgPathArgs[c&^0x20]; ok && (c|0x20) >= 'a' && (c|0x20) <= 'z' {
			i++
			cmd = c
			if n == 0 {
				out.WriteString(string(c) + " ")
				continue
			}
		} else if cmd == 0 || svgPathArgs[cmd&^0x20] == 0 {
			return d
		}
		n := svgPathArgs[cmd&^0x20]
		out.WriteByte(cmd)
		for k := range n {
			v, ok := num(cmd&^0x20 == 'A' && (k == 3 || k == 4))
			if !ok {
				return d
			}
			out.WriteString(" " + v)
		}
		out.WriteByte(' ')
		switch cmd { // numbers after a move are lines
		case 'M':
			cmd = 'L'
		case 'm':
			cmd = 'l'
		}
	}
}
