package discount

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Payable is an approved invoice a buyer could pay early under dynamic
// discounting.
type Payable struct {
	Ref    string          `json:"ref"`    // the invoice number, named in errors
	Amount decimal.Decimal `json:"amount"` // the amount due in full on Due (> 0)
	Due    time.Time       `json:"due"`    // the date it would otherwise be paid
}

// Offer is one invoice priced for early payment on a date.
type Offer struct {
	Ref       string          `json:"ref"`       // the Payable's Ref
	DaysEarly int             `json:"daysEarly"` // civil days from the payment date to the due date (0 if not early)
	Discount  decimal.Decimal `json:"discount"`  // Amount × APR × DaysEarly / Y, rounded to MoneyPlaces
	Pay       decimal.Decimal `json:"pay"`       // Amount − Discount
}

// SlidingDiscount prices paying an invoice early under dynamic discounting:
// the discount grows with the days paid early at an annual rate (APR),
//
//	discount = amount × APR × days early / Y
//
// zero when paid on or after the due date. Money is rounded half-up to
// MoneyPlaces. (Sliding-scale discounting as offered by supply-chain
// finance platforms, e.g. C2FO and Taulia, quoted as an APR.)
func SlidingDiscount(p Payable, pay time.Time, apr decimal.Decimal, dc terms.DayCount) (Offer, error) {
	year, err := yearDays(dc)
	if err != nil {
		return Offer{}, err
	}
	switch {
	case !p.Amount.IsPositive():
		return Offer{}, fmt.Errorf("%w: payable %q amount %s must be positive", ErrInvalidInput, p.Ref, p.Amount)
	case p.Due.IsZero() || pay.IsZero():
		return Offer{}, fmt.Errorf("%w: payable %q has a zero due or payment date", ErrInvalidInput, p.Ref)
	case apr.IsNegative() || apr.GreaterThanOrEqual(one):
		return Offer{}, fmt.Errorf("%w: apr %s must be within [0, 1)", ErrInvalidRate, apr)
	}
	early := max(terms.DaysBetween(pay, p.Due), 0)
	discount := p.Amount.Mul(apr).Mul(decimal.NewFromInt(int64(early))).DivRound(year, MoneyPlaces)
	return Offer{Ref: p.Ref, DaysEarly: early, Discount: discount, Pay: p.Amount.Sub(discount)}, nil
}

// Batch picks, from payables, the early payments on date pay that earn the
// most per unit of cash within budget: offers are ranked by Discount / Pay
// (highest first; ties by larger discount, then Ref), and taken in that
// order while the cash lasts — an offer that does not fit is skipped and
// smaller ones may still fit. Invoices not yet early (due on or before
// pay) earn nothing and are left out. It returns the chosen offers and the
// cash they use.
func Batch(payables []Payable, pay time.Time, apr, budget decimal.Decimal, dc terms.DayCount) ([]Offer, decimal.Decimal, error) {
	if budget.IsNegative() {
		return nil, decimal.Zero, fmt.Errorf("%w: budget %s is negative", ErrInvalidInput, budget)
	}
	type ranked struct {
		o     Offer
		yield decimal.Decimal
	}
	var offers []ranked
	for _, p := range payables {
		o, err := SlidingDiscount(p, pay, apr, dc)
		if err != nil {
			return nil, decimal.Zero, err
		}
		if o.Discount.IsPositive() {
			offers = append(offers, ranked{o, o.Discount.DivRound(o.Pay, internalPlaces)})
		}
	}
	slices.SortFunc(offers, func(a, b ranked) int {
		return cmp.Or(b.yield.Cmp(a.yield), b.o.Discount.Cmp(a.o.Discount), cmp.Compare(a.o.Ref, b.o.Ref))
	})
	var chosen []Offer
	used := decimal.Zero
	for _, r := range offers {
		if used.Add(r.o.Pay).LessThanOrEqual(budget) {
			chosen = append(chosen, r.o)
			used = used.Add(r.o.Pay)
		}
	}
	return chosen, used, nil
}
