package discount

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// MoneyPlaces is the number of decimal places money results are rounded
// to, half-up, where they leave the package.
const MoneyPlaces = 2

// Option is one way to pay an invoice: on a discount deadline at the
// discounted amount, or on the due date in full.
type Option struct {
	Date time.Time       `json:"date"`
	Rate decimal.Decimal `json:"rate"` // the discount earned; 0 on the due date
	Pay  decimal.Decimal `json:"pay"`  // amount × (1 − rate), rounded to MoneyPlaces
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

// Decide tells a buyer whether to take the discount on an invoice of
// amount dated invoice, and on which day to pay, given its annual cost of
// funds (its borrowing rate, or the yield of its short-term investments
// when it pays from cash). Each option — every discount deadline and the
// due date — is valued at the due date with simple interest at costOfFunds
// on the day count; the cheapest wins, the earlier on a tie. It works for
// multi-tier terms. Money is rounded half-up to MoneyPlaces.
func Decide(t terms.Terms, invoice time.Time, amount, costOfFunds decimal.Decimal, dc terms.DayCount) (Decision, error) {
	year, err := yearDays(dc)
	if err != nil {
		return Decision{}, err
	}
	switch {
	case invoice.IsZero():
		return Decision{}, fmt.Errorf("%w: invoice date is the zero time", ErrInvalidInput)
	case !amount.IsPositive():
		return Decision{}, fmt.Errorf("%w: amount %s must be positive", ErrInvalidInput, amount)
	case costOfFunds.IsNegative():
		return Decision{}, fmt.Errorf("%w: costOfFunds %s is negative", ErrInvalidRate, costOfFunds)
	}
	due := t.DueDate(invoice)
	value := func(date time.Time, rate decimal.Decimal) Option {
		pay := amount.Mul(one.Sub(rate)).Round(MoneyPlaces)
		days := decimal.NewFromInt(int64(terms.DaysBetween(date, due)))
		carry := pay.Mul(costOfFunds).Mul(days).DivRound(year, internalPlaces)
		return Option{Date: date, Rate: rate, Pay: pay, CostAtDue: pay.Add(carry).Round(MoneyPlaces)}
	}
	var d Decision
	for _, dl := range t.DiscountDeadlines(invoice) {
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
