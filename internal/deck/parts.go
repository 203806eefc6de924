package deck

// PartStart marks that a new part begins at a slide.
type PartStart struct {
	Slide int    // 1-based slide number where the part begins
	Title string // may be empty
}

// BuildParts fills d.Parts from part starts, which must be in slide order.
// Slides before the first start belong to the first part, so a deck whose
// first marker is on slide 3 still has slides 1-2 in part 1 (named after the
// marker). A deck with no markers is one part named after the deck.
func (d *Deck) BuildParts(starts []PartStart) {
	d.Parts = nil
	n := len(d.Slides)
	if n == 0 {
		return
	}
	var clean []PartStart
	for _, s := range starts {
		if s.Slide < 1 || s.Slide > n {
			continue
		}
		if len(clean) > 0 && clean[len(clean)-1].Slide == s.Slide {
			clean[len(clean)-1] = s // a later marker on the same slide wins
			continue
		}
		if len(clean) > 0 && s.Slide < clean[len(clean)-1].Slide {
			continue
		}
		clean = append(clean, s)
	}
	if len(clean) == 0 {
		clean = []PartStart{{Slide: 1, Title: d.Meta.Title}}
	}
	clean[0].Slide = 1
	for i, s := range clean {
		last := n
		if i+1 < len(clean) {
			last = clean[i+1].Slide - 1
		}
		title := s.Title
		if title == "" {
			title = d.Slides[s.Slide-1].Title
		}
		if title == "" {
			title = "Part " + itoa(i+1)
		}
		d.Parts = append(d.Parts, Part{Number: i + 1, Title: title, First: s.Slide, Last: last})
		for k := s.Slide; k <= last; k++ {
			d.Slides[k-1].Part = i + 1
		}
	}
	d.SumPartBudgets()
}

// SumPartBudgets sets each part's budget to the sum of its slides' budgets.
func (d *Deck) SumPartBudgets() {
	for i := range d.Parts {
		p := &d.Parts[i]
		p.Budget = 0
		for k := p.First; k <= p.Last; k++ {
			p.Budget = AddDurations(p.Budget, d.Slides[k-1].Budget)
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	p := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}
