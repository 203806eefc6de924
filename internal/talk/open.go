// Package talk opens a deck the way every command and window needs it: read
// by the right source, guarded against crashes in the readers, and with the
// budgets planned from rehearsal runs when there are some.
package talk

import (
	"fmt"
	"runtime/debug"

	"github.com/lectern-app/lectern/internal/deck"
	"github.com/lectern-app/lectern/internal/rehearse"
	"github.com/lectern-app/lectern/internal/source"
)

// RecentRuns is how many of the latest rehearsal runs the pacing plan uses.
const RecentRuns = 5

// Open loads the deck at path and, when rehearsal runs of it exist, replaces
// the budgets of slides without a `time:` directive by the plan from those
// runs. It never panics: a crash inside a reader (a malformed PDF in MuPDF,
// say) becomes an error naming the file.
// An unreadable rehearsal history is set aside (see rehearse.LoadRuns).
func Open(path string, opt source.Options) (*deck.Deck, error) {
	return open(path, opt, PlanFromRehearsals)
}

// Inspect is Open that writes nothing: an unreadable rehearsal history is
// reported as a problem and left where it is. `lectern check` uses it.
func Inspect(path string, opt source.Options) (*deck.Deck, error) {
	return open(path, opt, func(d *deck.Deck) { planFrom(d, rehearse.ReadRuns) })
}

func open(path string, opt source.Options, plan func(*deck.Deck)) (d *deck.Deck, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, &source.Error{Path: path, Msg: fmt.Sprintf("could not be read (internal error: %v)", r)}
			if debugging() {
				debug.PrintStack()
			}
		}
	}()
	d, err = source.Load(path, opt)
	if err != nil {
		return nil, err
	}
	plan(d)
	return d, nil
}

// PlanFromRehearsals applies the rehearsal plan to d when runs exist; an
// unreadable history is set aside and reported as a problem, never fatal.
func PlanFromRehearsals(d *deck.Deck) { planFrom(d, rehearse.LoadRuns) }

func planFrom(d *deck.Deck, load func(string) (*rehearse.History, []string, error)) {
	h, warnings, err := load(d.Path)
	for _, w := range warnings {
		d.AddProblem(0, deck.Warning, "rehearsal-file", w)
	}
	if err != nil {
		d.AddProblem(0, deck.Warning, "rehearsal-file", err.Error())
		return
	}
	if plan, ok := rehearse.Plan(d, h, RecentRuns); ok {
		d.ApplyPlan(plan, deck.BudgetRehearsal)
	}
}
