package collections

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Account is one customer's ledger in one currency: the unit dunning keeps
// its state for (DunOptions.Taken) and acts on (DunningAction). A legal
// step taken for a customer's EUR invoices says nothing about its USD
// ones. As a JSON map key it reads "CUR/customer" (see MarshalText).
type Account struct {
	Customer string `json:"customer"`
	Currency string `json:"currency"`
}

// MarshalText writes "Currency/Customer", so that a map keyed by Account
// (DunOptions.Taken) is a JSON object. A Currency containing "/" cannot be
// written and is an ErrInvalidOptions error.
func (a Account) MarshalText() ([]byte, error) {
	if strings.Contains(a.Currency, "/") {
		return nil, fmt.Errorf("%w: Account currency %q contains \"/\"", ErrInvalidOptions, money.Bounded(a.Currency))
	}
	return []byte(a.Currency + "/" + a.Customer), nil
}

// UnmarshalText reads what MarshalText writes: the currency up to the
// first "/", the customer after it.
func (a *Account) UnmarshalText(text []byte) error {
	currency, customer, ok := strings.Cut(string(text), "/")
	if !ok {
		return fmt.Errorf("%w: Account %q is not \"currency/customer\"", ErrInvalidOptions, money.Bounded(string(text)))
	}
	*a = Account{Customer: customer, Currency: currency}
	return nil
}

// Step is one rung of a dunning ladder: from Days past due, take Action —
// when the amount due is at least MinDue — and charge Fee and interest at
// InterestRate, as ERP dunning levels do (ERPNext's dunning type carries a
// fee and an interest rate, Odoo's follow-up levels thresholds). Amounts
// are per currency: a fee of 5 EUR is not a fee of 5 JPY.
type Step struct {
	Name   string `json:"name"`   // unique within the ladder, e.g. "reminder"
	Action string `json:"action"` // a code for the caller's workflow: "email", "call", "agency"…
	Days   int    `json:"days"`   // days past due from which the step applies; rising along the ladder
	// MinDue maps a currency to the smallest amount due
	// (DunningAction.Due) for which the step is sent; below it the step
	// is not sent (the run falls back to the highest lower step whose
	// minimum is met). A currency absent (or a nil map): no minimum. At
	// least 0.
	MinDue map[string]decimal.Decimal `json:"minDue,omitempty"`
	// Fee maps a currency to the fee charged with the step (a reminder
	// fee, the fixed compensation); absent: no fee. At least 0.
	Fee map[string]decimal.Decimal `json:"fee,omitempty"`
	// InterestRate is the annual rate, a fraction (0.0912 is 9.12%), of
	// the interest to date charged with the step: on each overdue item
	// from its due date to asOf, actual/365 (terms.LateInterest), each
	// item rounded to the currency's minor unit (DunOptions.Places). Zero:
	// no interest. At least 0.
	InterestRate decimal.Decimal `json:"interestRate"`
}

// Ladder is a dunning ladder, steps in rising Days.
type Ladder []Step

// DefaultLadder is the three-tier escalation common in practice: a
// due-date reminder (sent on the due date, before anything is overdue), a
// phone call a week after, and a legal or collection-agency step at 30
// days past due. No minimum, fee or interest.
func DefaultLadder() Ladder {
	return Ladder{
		{Name: "due-date reminder", Action: "email", Days: 0},
		{Name: "phone call", Action: "call", Days: 7},
		{Name: "legal", Action: "agency", Days: 30},
	}
}

// DunOptions are the state a dunning run needs besides the items. The
// zero value runs the default ladder for everybody, with no step taken.
type DunOptions struct {
	// Ladder is the dunning ladder; nil (or empty) means DefaultLadder().
	Ladder Ladder `json:"ladder,omitempty"`
	// Taken maps an account (customer, currency) to the name of the last
	// step taken with it; nil: none taken. A name that is not a step of
	// the ladder (a typo, a renamed step) is an ErrInvalidOptions error
	// naming it: ignoring it would send the step again.
	Taken map[Account]string `json:"taken,omitempty"`
	// Stopped customers (a payment plan, insolvency, a legal hold) get no
	// action in any currency: a stop is on the debtor. nil: none.
	Stopped map[string]bool `json:"stopped,omitempty"`
	// Places rounds the interest: 0 means each currency's ISO 4217 minor
	// unit; a positive value, at most 18, sets the places.
	Places int32 `json:"places,omitempty"`
}

// DunningAction is what to do today for one account (customer, currency).
type DunningAction struct {
	Account
	Step Step `json:"step"` // the step to take today
	// Due is the open amount of every item the action covers: those at
	// or past the ladder's first step (due today included, for a day-0
	// step).
	Due decimal.Decimal `json:"due"`
	// Overdue is the part of Due at least one day past due.
	Overdue decimal.Decimal `json:"overdue"`
	Refs    []string        `json:"refs"`    // the items covered, sorted
	MaxDays int             `json:"maxDays"` // the oldest item's days past due
	// Fee is the step's fee in the currency (0 if none).
	Fee decimal.Decimal `json:"fee"`
	// Interest is the interest to date at the step's InterestRate on the
	// overdue items, each rounded (0 if none).
	Interest decimal.Decimal `json:"interest"`
	// Total is what to demand: Due + Fee + Interest.
	Total decimal.Decimal `json:"total"`
}

// DunningRun is the day's dunning: actions, and what was held back.
type DunningRun struct {
	Actions []DunningAction `json:"actions"` // sorted by customer, then currency
	// Disputed items are held out of dunning until the dispute is resolved.
	Disputed []string `json:"disputed"`
	// Stopped customers (a payment plan, say) get no action.
	Stopped []string `json:"stopped"`
}

// Dun decides the dunning actions of asOf: for each account (customer,
// currency) with items at or past the ladder's first step, the highest
// step its oldest undisputed item has reached whose MinDue the account's
// amount due meets — unless the account already took that step or a
// higher one (o.Taken) or the customer is stopped (o.Stopped). Each action
// carries the step's fee and interest to date and the total to demand.
// Disputed items are listed, not dunned. Results are sorted by customer
// and currency. Errors: a zero asOf, a Taken step not in the ladder, bad
// Places or a currency without a minor unit when interest is due
// (ErrInvalidOptions), a bad ladder (ErrInvalidLadder), an item that fails
// aging.Item.Validate.
func Dun(asOf time.Time, items []aging.Item, o DunOptions) (DunningRun, error) {
	ladder, err := o.check(asOf)
	if err != nil {
		return DunningRun{}, err
	}
	rows := map[Account]*dunRow{}
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
		k := Account{it.Customer, it.Currency}
		if rows[k] == nil {
			rows[k] = &dunRow{DunningAction: DunningAction{Account: k, Due: decimal.Zero, Overdue: decimal.Zero, MaxDays: days}}
		}
		rows[k].add(it, days)
	}
	for _, k := range slices.SortedFunc(maps.Keys(rows), compareAccounts) {
		a, ok, err := rows[k].decide(asOf, ladder, o)
		if err != nil {
			return DunningRun{}, err
		}
		if ok {
			run.Actions = append(run.Actions, a)
		}
	}
	run.Stopped = slices.Sorted(maps.Keys(stops))
	slices.Sort(run.Disputed)
	return run, nil
}

// compareAccounts orders accounts by customer, then currency.
func compareAccounts(x, y Account) int {
	return cmp.Or(cmp.Compare(x.Customer, y.Customer), cmp.Compare(x.Currency, y.Currency))
}

// check validates the options and resolves the ladder.
func (o DunOptions) check(asOf time.Time) (Ladder, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	if err := checkPlaces("Places", o.Places); err != nil {
		return nil, err
	}
	ladder := o.Ladder
	if len(ladder) == 0 {
		ladder = DefaultLadder()
	}
	if err := ladder.validate(); err != nil {
		return nil, err
	}
	for _, k := range slices.SortedFunc(maps.Keys(o.Taken), compareAccounts) {
		if name := o.Taken[k]; ladder.index(name) < 0 {
			return nil, fmt.Errorf("%w: Taken[%s/%s] step %q is not a step of the ladder", ErrInvalidOptions,
				money.Bounded(k.Customer), money.Bounded(k.Currency), money.Bounded(name))
		}
	}
	return ladder, nil
}

// dunRow gathers one account's items.
type dunRow struct {
	DunningAction
	overdue []*aging.Item // the items at least one day past due
}

// add counts an item days past due into the row.
func (r *dunRow) add(it *aging.Item, days int) {
	r.Due = r.Due.Add(it.Open)
	if days >= 1 {
		r.Overdue = r.Overdue.Add(it.Open)
		r.overdue = append(r.overdue, it)
	}
	r.Refs = append(r.Refs, it.Ref)
	r.MaxDays = max(r.MaxDays, days)
}

// decide picks the row's step (false: none to send) and prices it.
func (r *dunRow) decide(asOf time.Time, ladder Ladder, o DunOptions) (DunningAction, bool, error) {
	step := ladder.reached(r.MaxDays)
	for step >= 0 && r.Due.LessThan(ladder[step].MinDue[r.Currency]) {
		step--
	}
	if step < 0 {
		return DunningAction{}, false, nil
	}
	if last, ok := o.Taken[r.Account]; ok && ladder.index(last) >= step {
		return DunningAction{}, false, nil
	}
	a := r.DunningAction
	a.Step = ladder[step]
	a.Fee = a.Step.Fee[a.Currency].Add(decimal.Zero) // a missing fee is zero
	a.Interest = decimal.Zero
	if a.Step.InterestRate.IsPositive() {
		places, err := placesFor(a.Currency, o.Places, "Places")
		if err != nil {
			return DunningAction{}, false, err
		}
		for _, it := range r.overdue {
			v, err := terms.LateInterest(terms.Interest{Amount: it.Open, AnnualRate: a.Step.InterestRate,
				Due: it.Due, Paid: asOf, Currency: a.Currency, Places: places})
			if err != nil {
				return DunningAction{}, false, fmt.Errorf("%w: interest on %q: %w", ErrInvalidOptions, money.Bounded(it.Ref), err)
			}
			a.Interest = a.Interest.Add(v)
		}
	}
	a.Total = a.Due.Add(a.Fee).Add(a.Interest)
	a.Refs = slices.Sorted(slices.Values(a.Refs))
	return a, true, nil
}

// validate checks names are unique, days rise and amounts are not
// negative.
func (l Ladder) validate() error {
	for i, s := range l {
		if s.Name == "" || l.index(s.Name) != i {
			return fmt.Errorf("%w: step %d name %q is empty or repeated", ErrInvalidLadder, i, money.Bounded(s.Name))
		}
		if i > 0 && s.Days <= l[i-1].Days {
			return fmt.Errorf("%w: step %q at %d days is not after %q at %d", ErrInvalidLadder,
				money.Bounded(s.Name), s.Days, money.Bounded(l[i-1].Name), l[i-1].Days)
		}
		if s.InterestRate.IsNegative() {
			return fmt.Errorf("%w: step %q InterestRate %s is negative", ErrInvalidLadder, money.Bounded(s.Name), s.InterestRate)
		}
		if err := stepAmounts(s.Name, "MinDue", s.MinDue); err != nil {
			return err
		}
		if err := stepAmounts(s.Name, "Fee", s.Fee); err != nil {
			return err
		}
	}
	return nil
}

// stepAmounts checks a step's per-currency amounts, in currency order.
func stepAmounts(step, field string, amounts map[string]decimal.Decimal) error {
	for _, c := range slices.Sorted(maps.Keys(amounts)) {
		if amounts[c].IsNegative() {
			return fmt.Errorf("%w: step %q %s[%s] %s is negative", ErrInvalidLadder, money.Bounded(step), field, money.Bounded(c), amounts[c])
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
