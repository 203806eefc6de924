package pdf

// groupByLabel makes slides of consecutive pages with the same label, as
// pdfpc does; pages listed in forced join the slide before them.
func groupByLabel(labels []string, forced []int) [][]int {
	join := map[int]bool{}
	for _, p := range forced {
		join[p] = true
	}
	var out [][]int
	for i, l := range labels {
		p := i + 1
		if len(out) > 0 && (l == labels[i-1] || join[p]) {
			out[len(out)-1] = append(out[len(out)-1], p)
			continue
		}
		out = append(out, []int{p})
	}
	return out
}

// groupBySkip is the legacy pdfpc grouping: every page is a slide except
// the listed ones, which continue the slide before them.
func groupBySkip(n int, skip []int) [][]int {
	join := map[int]bool{}
	for _, p := range skip {
		join[p] = true
	}
	var out [][]int
	for p := 1; p <= n; p++ {
		if len(out) > 0 && join[p] {
			out[len(out)-1] = append(out[len(out)-1], p)
			continue
		}
		out = append(out, []int{p})
	}
	return out
}

// groupByKey makes slides of consecutive pages with the same key.
func groupByKey(keys []string) [][]int {
	var out [][]int
	for i, k := range keys {
		if len(out) > 0 && k == keys[i-1] {
			out[len(out)-1] = append(out[len(out)-1], i+1)
			continue
		}
		out = append(out, []int{i + 1})
	}
	return out
}

// labelsRepeat reports whether one label starts two slides that are not
// neighbours: page labels that go back and forth, as Beamer writes them
// for notes pages, do not describe the slides.
func labelsRepeat(labels []string, slides [][]int) bool {
	seen := map[string]bool{}
	for _, s := range slides {
		l := labels[s[0]-1]
		if seen[l] {
			return true
		}
		seen[l] = true
	}
	return false
}
