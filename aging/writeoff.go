package aging

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// WriteOffPolicy says which open items are candidates for write-off (核销).
// An item qualifies for the first reason that applies.
type WriteOffPolicy struct {
	// MinDaysPastDue: items at least this many days past due (0: unused).
	MinDaysPastDue int `json:"minDaysPastDue"`
	// SmallBalance: items with an open balance above zero and at most this
	// amount, at any age, not worth collecting (0: unused).
	SmallBalance decimal.Decimal `json:"smallBalance"`
	// Insolvent customers: every open item of theirs.
	Insolvent map[string]bool `json:"insolvent,omitempty"`
	// Rates are the provision matrix's loss rates per bucket of Buckets, to
	// show the allowance already held against each candidate (nil: none).
	Rates   []decimal.Decimal `json:"rates,omitempty"`
	Buckets Buckets           `json:"buckets"` // the bands Rates apply to; the zero value is Standard()
}

// WriteOffCandidate is an item proposed for write-off and why.
type WriteOffCandidate struct {
	Item
	Days   int    `json:"days"`   // civil days past due on the as-of date
	Reason string `json:"reason"` // "insolvent", "days past due", "small balance"
	// Provision is the allowance already held against the item (open ×
	// its bucket's rate), rounded half-up to the item's own decimal places;
	// the write-off's charge to profit is Open − Provision.
	Provision decimal.Decimal `json:"provision"`
}

// WriteOffCandidates lists the positive open items that the policy makes
// candidates for write-off on asOf, most days past due first (then
// customer and Ref). Disputed items are not proposed: a dispute is settled
// first.
func WriteOffCandidates(asOf time.Time, items []Item, p WriteOffPolicy) ([]WriteOffCandidate, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	buckets := p.Buckets.orStandard()
	if p.Rates != nil && len(p.Rates) != buckets.Len() {
		return nil, fmt.Errorf("%w: %d rates for %d buckets", ErrInvalidRates, len(p.Rates), buckets.Len())
	}
	if p.MinDaysPastDue < 0 || p.SmallBalance.IsNegative() {
		return nil, fmt.Errorf("%w: MinDaysPastDue %d and SmallBalance %s must not be negative", ErrInvalidOptions, p.MinDaysPastDue, p.SmallBalance)
	}
	var out []WriteOffCandidate
	for _, it := range items {
		if bad := it.validate(); bad != nil {
			return nil, bad
		}
		if !it.Open.IsPositive() || it.Disputed {
			continue
		}
		days := terms.DaysBetween(it.Due, asOf)
		reason := ""
		switch {
		case p.Insolvent[it.Customer]:
			reason = "insolvent"
		case p.MinDaysPastDue > 0 && days >= p.MinDaysPastDue:
			reason = "days past due"
		case p.SmallBalance.IsPositive() && it.Open.LessThanOrEqual(p.SmallBalance):
			reason = "small balance"
		default:
			continue
		}
		c := WriteOffCandidate{Item: it, Days: days, Reason: reason, Provision: decimal.Zero}
		if p.Rates != nil {
			c.Provision = it.Open.Mul(p.Rates[buckets.index(days)]).Round(max(-it.Open.Exponent(), 0))
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b WriteOffCandidate) int {
		return cmp.Or(cmp.Compare(b.Days, a.Days), cmp.Compare(a.Customer, b.Customer), cmp.Compare(a.Ref, b.Ref))
	})
	return out, nil
}
