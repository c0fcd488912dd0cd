package collections

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/aging"
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
	// Rates are the provision matrix's loss rates per bucket of Buckets, to
	// show the allowance already held against each candidate (nil: none).
	Rates   []decimal.Decimal `json:"rates,omitempty"`
	Buckets aging.Buckets     `json:"buckets"` // the bands Rates apply to; the zero value is aging.Standard()
	// Places rounds the Provision of each candidate: 0 to its currency's
	// ISO 4217 minor unit; a positive value, at most 18, to that many
	// places.
	Places int32 `json:"places,omitempty"`
}

// WriteOffCandidate is an item proposed for write-off and why.
type WriteOffCandidate struct {
	aging.Item
	Days   int    `json:"days"`   // civil days past due on the as-of date
	Reason string `json:"reason"` // "insolvent", "days past due", "small balance"
	// Provision is the allowance already held against the item (open ×
	// its bucket's rate), rounded half-up (WriteOffPolicy.Places); the
	// write-off's charge to profit is Open − Provision.
	Provision decimal.Decimal `json:"provision"`
}

// WriteOffCandidates lists the positive open items that the policy makes
// candidates for write-off on asOf, most days past due first (then
// customer and Ref). Disputed items are not proposed: a dispute is settled
// first. Errors: a zero asOf or a policy out of range (ErrInvalidOptions),
// an item that fails aging.Item.Validate.
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
		if p.Rates != nil {
			places, err := placesFor(it.Currency, p.Places, "Places")
			if err != nil {
				return nil, err
			}
			c.Provision = it.Open.Mul(p.Rates[p.Buckets.Index(days)]).Round(places)
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b WriteOffCandidate) int {
		return cmp.Or(cmp.Compare(b.Days, a.Days), cmp.Compare(a.Customer, b.Customer), cmp.Compare(a.Ref, b.Ref))
	})
	return out, nil
}

// check validates the policy and the as-of date.
func (p WriteOffPolicy) check(asOf time.Time) error {
	switch {
	case asOf.IsZero():
		return fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	case p.Rates != nil && len(p.Rates) != p.Buckets.Len():
		return fmt.Errorf("%w: %d Rates for %d buckets", ErrInvalidOptions, len(p.Rates), p.Buckets.Len())
	case p.MinDaysPastDue < 0 || p.SmallBalance.IsNegative():
		return fmt.Errorf("%w: MinDaysPastDue %d and SmallBalance %s must not be negative", ErrInvalidOptions, p.MinDaysPastDue, p.SmallBalance)
	}
	return checkPlaces("Places", p.Places)
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
