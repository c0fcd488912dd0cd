package discount

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Payable is an approved invoice a buyer could pay early under dynamic
// discounting.
type Payable struct {
	Ref    string          `json:"ref"`    // the invoice number, named in errors
	Amount decimal.Decimal `json:"amount"` // the amount due in full on Due (> 0)
	// Currency is the ISO 4217 code of Amount ("EUR"); the discount is
	// rounded to its minor unit. It may be empty only when Pricing.Places
	// is set.
	Currency string    `json:"currency"`
	Due      time.Time `json:"due"` // the date it would otherwise be paid
}

// Pricing is how early payment is priced under dynamic discounting: an
// annual rate for every day paid early. Its zero value is an APR of 0 on a
// 365-day year, rounded to each payable's currency minor unit.
type Pricing struct {
	// APR is the annual rate of the sliding discount, a fraction in [0, 1).
	APR decimal.Decimal `json:"apr"`
	// DayCount is the year the APR is quoted on: Actual365Fixed (the zero
	// value) or Actual360.
	DayCount terms.DayCount `json:"dayCount"`
	// Places: 0 means each payable's ISO 4217 minor unit; 1–18 rounds the
	// discount to that many places instead.
	Places int32 `json:"places,omitempty"`
}

// Offer is one invoice priced for early payment on a date.
type Offer struct {
	Ref       string          `json:"ref"`       // the Payable's Ref
	Currency  string          `json:"currency"`  // the Payable's Currency
	DaysEarly int             `json:"daysEarly"` // civil days from the payment date to the due date (0 if not early)
	Discount  decimal.Decimal `json:"discount"`  // Amount × APR × DaysEarly / Y, rounded to the currency's minor unit
	Pay       decimal.Decimal `json:"pay"`       // Amount − Discount
}

// SlidingDiscount prices paying p early on date pay under dynamic
// discounting: the discount grows with the days paid early at an annual
// rate (APR),
//
//	discount = amount × APR × days early / Y
//
// zero when paid on or after the due date. The discount is rounded half-up
// to the currency's minor unit (or pr.Places), so Pay is too when Amount
// is. (Sliding-scale discounting as offered by supply-chain finance
// platforms, e.g. C2FO and Taulia, quoted as an APR.)
func SlidingDiscount(pay time.Time, p Payable, pr Pricing) (Offer, error) {
	year, err := yearDays(pr.DayCount)
	if err != nil {
		return Offer{}, err
	}
	if err := inRange(ErrInvalidInput, field{"Amount", p.Amount}); err != nil {
		return Offer{}, fmt.Errorf("payable %q: %w", money.Bounded(p.Ref), err)
	}
	if err := inRange(ErrInvalidRate, field{"APR", pr.APR}); err != nil {
		return Offer{}, err
	}
	switch {
	case !p.Amount.IsPositive():
		return Offer{}, fmt.Errorf("%w: payable %q Amount %s must be positive", ErrInvalidInput, money.Bounded(p.Ref), p.Amount)
	case p.Due.IsZero() || pay.IsZero():
		return Offer{}, fmt.Errorf("%w: payable %q has a zero Due or payment date", ErrInvalidInput, money.Bounded(p.Ref))
	case pr.APR.IsNegative() || pr.APR.GreaterThanOrEqual(one):
		return Offer{}, fmt.Errorf("%w: APR %s must be within [0, 1)", ErrInvalidRate, pr.APR)
	}
	places, err := placesFor(p.Currency, pr.Places)
	if err != nil {
		return Offer{}, fmt.Errorf("payable %q: %w", money.Bounded(p.Ref), err)
	}
	early := max(terms.DaysBetween(pay, p.Due), 0)
	discount := p.Amount.Mul(pr.APR).Mul(decimal.NewFromInt(int64(early))).DivRound(year, places)
	if discount.GreaterThanOrEqual(p.Amount) { // over a year early at a high APR: nothing, or less, left to pay
		return Offer{}, fmt.Errorf("%w: payable %q paid %d days early at APR %s earns %s, not less than its Amount %s",
			ErrOutOfRange, money.Bounded(p.Ref), early, pr.APR, discount, p.Amount)
	}
	return Offer{Ref: p.Ref, Currency: p.Currency, DaysEarly: early, Discount: discount, Pay: p.Amount.Sub(discount)}, nil
}

// Batch picks, from payables, the early payments on date pay that earn the
// most per unit of cash within budget: offers are ranked by Discount / Pay
// (highest first; ties by larger discount, then Ref), and taken in that
// order while the cash lasts — an offer that does not fit is skipped and
// smaller ones may still fit. Invoices not yet early (due on or before
// pay) earn nothing and are left out. The budget is in the payables'
// currency, which they must share (ErrCurrencyMismatch otherwise: cash in
// two currencies is not one budget). It returns the chosen offers and the
// cash they use.
func Batch(pay time.Time, payables []Payable, pr Pricing, budget decimal.Decimal) ([]Offer, decimal.Decimal, error) {
	if err := inRange(ErrInvalidInput, field{"budget", budget}); err != nil {
		return nil, decimal.Zero, err
	}
	if budget.IsNegative() {
		return nil, decimal.Zero, fmt.Errorf("%w: budget %s is negative", ErrInvalidInput, budget)
	}
	type ranked struct {
		o     Offer
		yield decimal.Decimal
	}
	var offers []ranked
	for _, p := range payables {
		if p.Currency != payables[0].Currency {
			return nil, decimal.Zero, fmt.Errorf("%w: payable %q is in %q, payable %q in %q", ErrCurrencyMismatch,
				money.Bounded(p.Ref), money.Bounded(p.Currency), money.Bounded(payables[0].Ref), money.Bounded(payables[0].Currency))
		}
		o, err := SlidingDiscount(pay, p, pr)
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
