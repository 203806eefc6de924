package ui

import (
	"fmt"
	"image/color"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/lectern-app/lectern/internal/console"
	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/export"
	"github.com/lectern-app/lectern/internal/talk"
	"github.com/lectern-app/lectern/render/partpdf"
)

// Split choices as the dialog names them, and what export calls them.
var splitChoices = []struct{ label, split string }{
	{"The deck's parts", export.SplitParts},
	{"Sections (outline, level-1 headings)", export.SplitSections},
	{"Automatic: fit a maximum length", export.SplitAuto},
	{"Slide ranges", ""},
}

// exportForm is the Export dialog: choose the split, see the parts it makes
// with their slide ranges and budgets, write them with a progress bar, and
// open the folder at the end.
type exportForm struct {
	d       *deck.Deck
	times   []time.Duration
	split   *widget.Select
	ranges  *widget.Entry
	maxLen  *widget.Entry
	dur     *widget.Entry
	titles  *widget.Check
	handout *widget.Check
	inkOn   *widget.Check // put the speaker's pen strokes in the handout
	ink     map[int][]export.Stroke
	steps   *widget.Check
	force   *widget.Check
	folder  *widget.Entry
	preview *widget.Label
	status  *widget.Label
	bar     *widget.ProgressBar
	run     *widget.Button
	open    *widget.Button
	root    fyne.CanvasObject
	result  *export.Result
	onOpen  func(dir string)
	running bool
	done    chan struct{} // closed when the running export has finished (tests wait on it)
}

func newExportForm(d *deck.Deck, ink map[int][]export.Stroke, onOpen func(dir string)) *exportForm {
	f := &exportForm{d: d, times: talk.RehearsedTimes(d), onOpen: onOpen, ink: ink,
		ranges: widget.NewEntry(), maxLen: widget.NewEntry(), dur: widget.NewEntry(),
		titles: widget.NewCheck(`Add a "Part N of M" title slide`, nil), handout: widget.NewCheck("Handout: each slide with its notes", nil),
		steps: widget.NewCheck("One PDF page per step (Markdown)", nil), force: widget.NewCheck(forceLabel, nil),
		folder: widget.NewEntry(), preview: widget.NewLabel(""), status: widget.NewLabel(""), bar: widget.NewProgressBar(),
	}
	labels := make([]string, len(splitChoices))
	for i, c := range splitChoices {
		labels[i] = c.label
	}
	f.split = widget.NewSelect(labels, func(string) { f.update() })
	f.split.SetSelectedIndex(0)
	f.ranges.SetPlaceHolder("e.g. 1-3,4-6,7-9")
	f.maxLen.SetText("20m")
	f.dur.SetPlaceHolder("the talk's length, e.g. 30m")
	if d.Meta.Duration > 0 {
		f.dur.SetText(fmtDuration(d.Meta.Duration))
	}
	stem := strings.TrimSuffix(filepath.Base(d.Path), filepath.Ext(d.Path))
	f.folder.SetText(filepath.Join(filepath.Dir(d.Path), stem+"-parts"))
	for _, e := range []*widget.Entry{f.ranges, f.maxLen, f.dur} {
		e.OnChanged = func(string) { f.update() }
	}
	f.status.Wrapping = fyne.TextWrapWord // refusals name files: long
	f.preview.TextStyle.Monospace = true
	f.preview.Wrapping = fyne.TextWrapWord
	f.run = widget.NewButton("Export", f.start)
	f.run.Importance = widget.HighImportance
	f.open = widget.NewButton("Open the folder", func() {
		if f.result != nil && f.onOpen != nil {
			f.onOpen(f.result.Dir)
		}
	})
	f.open.Hide()
	form := widget.NewForm(
		widget.NewFormItem("Split", f.split),
		widget.NewFormItem("Ranges", f.ranges),
		widget.NewFormItem("Longest part", f.maxLen),
		widget.NewFormItem("Talk length", f.dur),
		widget.NewFormItem("Folder", f.folder),
	)
	f.inkOn = widget.NewCheck("Handout: with my pen drawings", func(on bool) {
		if on {
			f.handout.SetChecked(true)
		}
	})
	if len(f.ink) == 0 {
		f.inkOn.Hide()
	} else {
		f.inkOn.Text = fmt.Sprintf("Handout: with my pen drawings (%d slides)", len(f.ink))
	}
	f.root = container.NewBorder(
		container.NewVBox(form, f.titles, f.handout, f.inkOn, f.steps, f.force, widget.NewSeparator(), widget.NewLabel("Parts:")),
		container.NewVBox(f.bar, f.status, container.NewHBox(f.run, f.open)),
		nil, nil, container.NewVScroll(f.preview))
	f.update()
	return f
}

// fmtDuration writes 30m, 1h15m or 90s the way speakers type them.
func fmtDuration(d time.Duration) string {
	s := d.Round(time.Second).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// options reads the form into a plan request.
func (f *exportForm) options() (export.PlanOptions, error) {
	opt := export.PlanOptions{Times: f.times}
	i := f.split.SelectedIndex()
	if i < 0 {
		i = 0
	}
	opt.Split = splitChoices[i].split
	if opt.Split == "" {
		opt.Split = strings.TrimSpace(f.ranges.Text)
		if opt.Split == "" {
			return opt, fmt.Errorf("type slide ranges, e.g. 1-3,4-9")
		}
	}
	var err error
	if opt.Split == export.SplitAuto {
		if opt.Max, err = deck.ParseDuration(f.maxLen.Text); err != nil {
			return opt, fmt.Errorf("longest part: %v", err)
		}
	}
	if t := strings.TrimSpace(f.dur.Text); t != "" && f.d.Meta.Duration == 0 {
		if opt.Duration, err = deck.ParseDuration(t); err != nil {
			return opt, fmt.Errorf("talk length: %v", err)
		}
	}
	return opt, nil
}

// plan is the parts the current choices make, or why there are none.
func (f *exportForm) plan() ([]export.PartPlan, error) {
	opt, err := f.options()
	if err != nil {
		return nil, err
	}
	return export.Plan(f.d, opt)
}

// update shows the fields the split needs and previews the parts.
func (f *exportForm) update() {
	if f.preview == nil || f.run == nil {
		return
	}
	i := f.split.SelectedIndex()
	show := func(e *widget.Entry, on bool) {
		if on {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	show(f.ranges, i == 3)
	show(f.maxLen, i == 2)
	show(f.dur, f.d.Meta.Duration == 0)
	plan, err := f.plan()
	if err != nil {
		f.preview.SetText(err.Error())
		f.run.Disable()
		return
	}
	f.preview.SetText(export.Describe(plan))
	if !f.running {
		f.run.Enable()
	}
}

// start writes the parts on a goroutine; progress comes back through fyne.Do.
func (f *exportForm) start() {
	plan, err := f.plan()
	if err != nil {
		f.status.SetText(err.Error())
		return
	}
	f.running = true
	f.run.Disable()
	f.open.Hide()
	f.bar.SetValue(0)
	f.status.SetText("Exporting…")
	opt := export.Options{Dir: f.folder.Text, Force: f.force.Checked, TitleSlides: f.titles.Checked,
		Handout: f.handout.Checked, Steps: f.steps.Checked, Theme: f.d.Meta.Theme, Drawer: partpdf.Drawer{},
		Progress: func(pr export.Progress) {
			fyne.Do(func() {
				f.bar.SetValue(pr.Fraction())
				if pr.Slide > 0 {
					f.status.SetText(fmt.Sprintf("Part %d of %d: slide %d", pr.Part, pr.Parts, pr.Slide))
				}
			})
		}}
	if f.inkOn.Checked {
		opt.Ink = f.ink
	}
	done := make(chan struct{})
	f.done = done
	go func() {
		res, err := export.Export(f.d, plan, opt)
		fyne.Do(func() {
			f.finish(res, err)
			close(done)
		})
	}()
}

func (f *exportForm) finish(res *export.Result, err error) {
	f.running = false
	f.run.Enable()
	if err != nil {
		f.bar.SetValue(0)
		f.status.SetText("Nothing was written: " + dialogWords(err.Error()))
		return
	}
	f.result = res
	f.bar.SetValue(1)
	msg := fmt.Sprintf("%d parts written to %s.", len(res.Parts), res.Dir)
	for _, w := range res.Warnings {
		msg += " " + w
	}
	f.status.SetText(msg)
	f.open.Show()
}

// forceLabel is the dialog's --force.
const forceLabel = "Force: write beside other files, replace export files edited since"

// dialogWords turns the CLI's words in an export error into the dialog's.
func dialogWords(msg string) string {
	return strings.NewReplacer("give --force", `tick "Force"`, "--force", `"Force"`).Replace(msg)
}

// exportDialog opens the Export window for the current deck.
func (p *presenter) exportDialog() {
	w := p.app.NewWindow("Lectern · Export parts · " + p.deck().Meta.Title)
	f := newExportForm(p.deck(), exportInk(p.ctl.InkBySlide()), func(dir string) {
		if err := p.app.OpenURL(&url.URL{Scheme: "file", Path: dir}); err != nil {
			dialog.ShowError(err, w)
		}
	})
	w.SetContent(container.NewPadded(f.root))
	w.Resize(fyne.NewSize(720, 640))
	w.Show()
}

// exportInk turns the session's pen strokes into the handout's: the pen's
// colours, as wide relative to the slide as the screen draws them.
func exportInk(in map[int][]console.Stroke) map[int][]export.Stroke {
	out := map[int][]export.Stroke{}
	for n, ss := range in {
		for _, s := range ss {
			c := penColour(s.Colour)
			st := export.Stroke{Colour: color.RGBA{c.R, c.G, c.B, 255}, Width: penWidth}
			for _, p := range s.Points {
				st.Points = append(st.Points, [2]float64{p.X, p.Y})
			}
			out[n] = append(out[n], st)
		}
	}
	return out
}
