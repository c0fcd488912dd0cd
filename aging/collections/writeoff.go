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

// WriteOffPolicy says which open items are candidates for write-off (核销).
// An item qualifies for the first reason that applies. The zero value
// proposes nothing.
type WriteOffPolicy struct {
	// MinDaysPastDue: items at least this many days past due (0: unused).
	MinDaysPastDue int `json:"minDaysPastDue"`
	// SmallBalance: items with an open balance above zero and at most this
	// amount, at any age, not worth collecting (0: unused).
	SmallBalance decimal.Decimal `json:"smallBalance"`
	// Insolvent customers: every open item of theirs (nil: none).
	Insolvent map[string]bool `json:"insolvent,omitempty"`
	// Matrix is the provision matrix the allowance was booked with, to
	// show the allowance already held against each candidate: its rates
	// per bucket of Buckets, adjustment, specific rates and places (0:
	// each currency's ISO 4217 minor unit), applied by
	// aging.Matrix.ItemProvision — the rule of aging.ProvisionMatrix.
	// Matrix.Rates nil: no provision shown.
	Matrix  aging.Matrix  `json:"matrix"`
	Buckets aging.Buckets `json:"buckets"` // the bands Matrix.Rates apply to; the zero value is aging.Standard()
}

// WriteOffCandidate is an item proposed for write-off and why.
type WriteOffCandidate struct {
	aging.Item
	Days   int    `json:"days"`   // civil days past due on the as-of date
	Reason string `json:"reason"` // "insolvent", "days past due", "small balance"
	// Provision is the allowance already held against the item
	// (aging.Matrix.ItemProvision: open × its bucket's rate × the
	// adjustment, or its customer's specific rate), rounded half-up to
	// Matrix.Places; the write-off's charge to profit is Open − Provision.
	Provision decimal.Decimal `json:"provision"`
}

// WriteOffCandidates lists the positive open items that the policy makes
// candidates for write-off on asOf, most days past due first (then
// customer and Ref). Disputed items are not proposed: a dispute is settled
// first. Errors: a zero asOf or a policy out of range (ErrInvalidOptions;
// a matrix that fails aging.Matrix.Check wraps its aging error too), an
// item that fails aging.Item.Validate.
func WriteOffCandidates(asOf time.Time, items []aging.Item, p WriteOffPolicy) ([]WriteOffCandidate, error) {
	if err := p.check(asOf); err != nil {
		return nil, err
	}
	var out []WriteOffCandidate
	for _, it := range items {
		if err := it.Validate(); err != nil {
			return nil, err
		}
		if !it.Open.IsPositive() || it.Disputed {
			continue
		}
		days := terms.DaysBetween(it.Due, asOf)
		reason := p.reason(it, days)
		if reason == "" {
			continue
		}
		c := WriteOffCandidate{Item: it, Days: days, Reason: reason, Provision: decimal.Zero}
		if p.Matrix.Rates != nil {
			prov, err := p.Matrix.ItemProvision(it, p.Buckets.Index(days))
			if err != nil {
				return nil, fmt.Errorf("%w: Matrix: %w", ErrInvalidOptions, err)
			}
			c.Provision = prov
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b WriteOffCandidate) int {
		return cmp.Or(cmp.Compare(b.Days, a.Days), cmp.Compare(a.Customer, b.Customer), cmp.Compare(a.Ref, b.Ref))
	})
	return out, nil
}

// check validates the policy and the as-of date, every decimal range
// checked before any arithmetic.
func (p WriteOffPolicy) check(asOf time.Time) error {
	if err := money.CheckRange("SmallBalance", p.SmallBalance); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidOptions, err)
	}
	switch {
	case asOf.IsZero():
		return fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	case p.MinDaysPastDue < 0 || p.SmallBalance.IsNegative():
		return fmt.Errorf("%w: MinDaysPastDue %d and SmallBalance %s must not be negative", ErrInvalidOptions, p.MinDaysPastDue, p.SmallBalance)
	}
	if p.Matrix.Rates == nil {
		return checkPlaces("Matrix.Places", p.Matrix.Places)
	}
	if err := p.Matrix.Check(p.Buckets); err != nil {
		return fmt.Errorf("%w: Matrix: %w", ErrInvalidOptions, err)
	}
	return nil
}

// reason is why the policy proposes a positive, undisputed item days past
// due, or "".
func (p WriteOffPolicy) reason(it aging.Item, days int) string {
	switch {
	case p.Insolvent[it.Customer]:
		return "insolvent"
	case p.MinDaysPastDue > 0 && days >= p.MinDaysPastDue:
		return "days past due"
	case p.SmallBalance.IsPositive() && it.Open.LessThanOrEqual(p.SmallBalance):
		return "small balance"
	}
	return ""
}
