package collections

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Step is one rung of a dunning ladder: from Days past due, take Action.
type Step struct {
	Name   string `json:"name"`   // unique within the ladder, e.g. "reminder"
	Action string `json:"action"` // a code for the caller's workflow: "email", "call", "agency"…
	Days   int    `json:"days"`   // days past due from which the step applies; rising along the ladder
}

// Ladder is a dunning ladder, steps in rising Days.
type Ladder []Step

// DefaultLadder is the three-tier escalation common in practice: an
// automatic reminder on the due date, a phone call a week after, and a
// legal or collection-agency step at 30 days past due.
func DefaultLadder() Ladder {
	return Ladder{
		{Name: "reminder", Action: "email", Days: 0},
		{Name: "phone call", Action: "call", Days: 7},
		{Name: "legal", Action: "agency", Days: 30},
	}
}

// DunOptions are the state a dunning run needs besides the items. The
// zero value runs the default ladder for everybody, with no step taken.
type DunOptions struct {
	// Ladder is the dunning ladder; nil (or empty) means DefaultLadder().
	Ladder Ladder `json:"ladder,omitempty"`
	// Taken maps a customer to the name of the last step taken with it;
	// nil: none taken.
	Taken map[string]string `json:"taken,omitempty"`
	// Stopped customers (a payment plan, say) get no action; nil: none.
	Stopped map[string]bool `json:"stopped,omitempty"`
}

// DunningAction is what to do today for one customer in one currency.
type DunningAction struct {
	Customer string          `json:"customer"`
	Currency string          `json:"currency"`
	Step     Step            `json:"step"`    // the step to take today
	Overdue  decimal.Decimal `json:"overdue"` // the open amount of the items at or past the first step
	Refs     []string        `json:"refs"`    // those items, sorted
	MaxDays  int             `json:"maxDays"` // the oldest item's days past due
}

// DunningRun is the day's dunning: actions, and what was held back.
type DunningRun struct {
	Actions []DunningAction `json:"actions"` // sorted by customer, then currency
	// Disputed items are held out of dunning until the dispute is resolved.
	Disputed []string `json:"disputed"`
	// Stopped customers (a payment plan, say) get no action.
	Stopped []string `json:"stopped"`
}

// Dun decides the dunning actions of asOf: for each (customer, currency)
// with items at or past the ladder's first step, the highest step its
// oldest undisputed item has reached — unless the customer already took
// that step or a higher one (o.Taken) or is stopped (o.Stopped). Disputed
// items are listed, not dunned. Results are sorted by customer and
// currency. Errors: a zero asOf (ErrInvalidOptions), a bad ladder
// (ErrInvalidLadder), an item that fails aging.Item.Validate.
func Dun(asOf time.Time, items []aging.Item, o DunOptions) (DunningRun, error) {
	if asOf.IsZero() {
		return DunningRun{}, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	ladder := o.Ladder
	if len(ladder) == 0 {
		ladder = DefaultLadder()
	}
	if err := ladder.validate(); err != nil {
		return DunningRun{}, err
	}
	type key struct{ customer, currency string }
	rows := map[key]*DunningAction{}
	stops := map[string]bool{}
	var run DunningRun
	for i := range items {
		it := &items[i]
		if err := it.Validate(); err != nil {
			return DunningRun{}, err
		}
		days := terms.DaysBetween(it.Due, asOf)
		switch {
		case it.Disputed:
			run.Disputed = append(run.Disputed, it.Ref)
			continue
		case days < ladder[0].Days || !it.Open.IsPositive():
			continue
		case o.Stopped[it.Customer]:
			stops[it.Customer] = true
			continue
		}
		k := key{it.Customer, it.Currency}
		a := rows[k]
		if a == nil {
			a = &DunningAction{Customer: it.Customer, Currency: it.Currency, Overdue: decimal.Zero, MaxDays: days}
			rows[k] = a
		}
		a.Overdue = a.Overdue.Add(it.Open)
		a.Refs = append(a.Refs, it.Ref)
		a.MaxDays = max(a.MaxDays, days)
	}
	for _, a := range rows {
		step := ladder.reached(a.MaxDays)
		if last, ok := o.Taken[a.Customer]; ok && ladder.index(last) >= step {
			continue
		}
		a.Step = ladder[step]
		slices.Sort(a.Refs)
		run.Actions = append(run.Actions, *a)
	}
	slices.SortFunc(run.Actions, func(x, y DunningAction) int {
		return cmp.Or(cmp.Compare(x.Customer, y.Customer), cmp.Compare(x.Currency, y.Currency))
	})
	for c := range stops {
		run.Stopped = append(run.Stopped, c)
	}
	slices.Sort(run.Stopped)
	slices.Sort(run.Disputed)
	return run, nil
}

// validate checks names are unique and days rise.
func (l Ladder) validate() error {
	for i, s := range l {
		if s.Name == "" || l.index(s.Name) != i {
			return fmt.Errorf("%w: step %d name %q is empty or repeated", ErrInvalidLadder, i, money.Bounded(s.Name))
		}
		if i > 0 && s.Days <= l[i-1].Days {
			return fmt.Errorf("%w: step %q at %d days is not after %q at %d", ErrInvalidLadder,
				money.Bounded(s.Name), s.Days, money.Bounded(l[i-1].Name), l[i-1].Days)
		}
	}
	return nil
}

// reached is the highest step whose Days ≤ days.
func (l Ladder) reached(days int) int {
	step := 0
	for i, s := range l {
		if days >= s.Days {
			step = i
		}
	}
	return step
}

// index finds a step by name; −1 if absent.
func (l Ladder) index(name string) int {
	return slices.IndexFunc(l, func(s Step) bool { return s.Name == name })
}
