package discount

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Invoice is an invoice a buyer has received: its terms, its date, the
// amount due in full and the currency that amount is in.
type Invoice struct {
	Terms  terms.Terms     `json:"terms"`  // the payment terms, e.g. "2/10 net 30"
	Issued time.Time       `json:"issued"` // the invoice date the terms count from
	Amount decimal.Decimal `json:"amount"` // the amount due in full on the due date (> 0)
	// Currency is the ISO 4217 code of Amount ("EUR"); money results are
	// rounded to its minor unit. It may be empty only when Funding.Places
	// is set.
	Currency string `json:"currency"`
}

// Funding is what the buyer's money costs (or earns) while it waits to
// pay. Its zero value is a cost of funds of 0 on a 365-day year, rounded to
// the invoice currency's minor unit.
type Funding struct {
	// CostOfFunds is the buyer's annual cost of funds, a fraction ≥ 0: its
	// borrowing rate, or the yield of its short-term investments when it
	// pays from cash.
	CostOfFunds decimal.Decimal `json:"costOfFunds"`
	// DayCount is the year of the interest: Actual365Fixed (the zero
	// value) or Actual360.
	DayCount terms.DayCount `json:"dayCount"`
	// Places: 0 means the invoice currency's ISO 4217 minor unit; 1–18
	// rounds money to that many places instead.
	Places int32 `json:"places,omitempty"`
}

// Option is one way to pay an invoice: on a discount deadline at the
// discounted amount, or on the due date in full.
type Option struct {
	Date time.Time       `json:"date"`
	Rate decimal.Decimal `json:"rate"` // the discount earned; 0 on the due date
	Pay  decimal.Decimal `json:"pay"`  // Amount × (1 − Rate), rounded to the currency's minor unit
	// CostAtDue is what paying on Date costs measured at the due date: Pay
	// plus what that money would have earned (or cost to borrow) at the
	// buyer's cost of funds until the due date, simple interest. The
	// cheapest option has the lowest CostAtDue.
	CostAtDue decimal.Decimal `json:"costAtDue"`
}

// Decision is the buyer's answer to "should we take the discount?".
type Decision struct {
	Take bool `json:"take"` // pay early for a discount
	// Best is the cheapest option; Options lists every one, earliest first.
	Best    Option   `json:"best"`
	Options []Option `json:"options"`
	// Saving is what Best saves against paying in full on the due date,
	// measured at the due date (0 when Best is the due date).
	Saving decimal.Decimal `json:"saving"`
}

// Decide tells a buyer whether to take the discount on inv, and on which
// day to pay, given what its funds cost. Each option — every discount
// deadline and the due date — is valued at the due date with simple
// interest at f.CostOfFunds on f.DayCount; the cheapest wins, the earlier on
// a tie. It works for multi-tier terms. The discount is taken on the
// invoice total (not line by line), and Pay and CostAtDue are rounded
// half-up to the currency's minor unit (or f.Places), so Saving is a whole
// number of minor units.
func Decide(inv Invoice, f Funding) (Decision, error) {
	year, err := yearDays(f.DayCount)
	if err != nil {
		return Decision{}, err
	}
	if err := inRange(ErrInvalidInput, field{"Amount", inv.Amount}); err != nil {
		return Decision{}, err
	}
	if err := inRange(ErrInvalidRate, field{"CostOfFunds", f.CostOfFunds}); err != nil {
		return Decision{}, err
	}
	switch {
	case inv.Issued.IsZero():
		return Decision{}, fmt.Errorf("%w: Issued is the zero time", ErrInvalidInput)
	case !inv.Amount.IsPositive():
		return Decision{}, fmt.Errorf("%w: Amount %s must be positive", ErrInvalidInput, inv.Amount)
	case f.CostOfFunds.IsNegative():
		return Decision{}, fmt.Errorf("%w: CostOfFunds %s is negative", ErrInvalidRate, f.CostOfFunds)
	}
	places, err := placesFor(inv.Currency, f.Places)
	if err != nil {
		return Decision{}, err
	}
	due := inv.Terms.DueDate(inv.Issued)
	value := func(date time.Time, rate decimal.Decimal) Option {
		pay := inv.Amount.Mul(one.Sub(rate)).Round(places)
		days := decimal.NewFromInt(int64(terms.DaysBetween(date, due)))
		carry := pay.Mul(f.CostOfFunds).Mul(days).DivRound(year, internalPlaces)
		return Option{Date: date, Rate: rate, Pay: pay, CostAtDue: pay.Add(carry).Round(places)}
	}
	var d Decision
	for _, dl := range inv.Terms.DiscountDeadlines(inv.Issued) {
		d.Options = append(d.Options, value(dl.Date, dl.Rate))
	}
	d.Options = append(d.Options, value(due, decimal.Zero))
	d.Best = slices.MinFunc(d.Options, func(a, b Option) int {
		return cmp.Or(a.CostAtDue.Cmp(b.CostAtDue), a.Date.Compare(b.Date))
	})
	d.Take = d.Best.Rate.IsPositive()
	d.Saving = d.Options[len(d.Options)-1].CostAtDue.Sub(d.Best.CostAtDue)
	return d, nil
}
