package aging

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// ForecastOptions configure a collections forecast.
type ForecastOptions struct {
	// Start is the first day of week 1 (usually today).
	Start time.Time `json:"start"`
	// Weeks is the horizon, 1 to 520.
	Weeks int `json:"weeks"`
	// DaysLate shifts each customer's due dates by its habitual lateness
	// (from dso.ByCustomer's AverageDaysLate, say); absent customers pay on
	// the due date.
	DaysLate map[string]int `json:"daysLate,omitempty"`
	// OverdueCollection is the probability, in [0, 1], that an item still
	// unpaid past its expected date is collected; that share is spread
	// evenly over the horizon and the rest is Doubtful.
	OverdueCollection decimal.Decimal `json:"overdueCollection"`
	// Places is the rounding of the money figures (2 for EUR).
	Places int32 `json:"places"`
}

// CashForecast is the expected receipts of one currency.
type CashForecast struct {
	Currency string `json:"currency"`
	// Weeks[i] is expected in week i+1: days [Start+7i, Start+7i+7).
	Weeks []decimal.Decimal `json:"weeks"`
	// Beyond is expected after the horizon; Doubtful is the overdue share
	// not expected at all. Weeks + Beyond + Doubtful = the open total.
	Beyond   decimal.Decimal `json:"beyond"`
	Doubtful decimal.Decimal `json:"doubtful"`
	Total    decimal.Decimal `json:"total"`
}

// Forecast expects each open item on its due date shifted by its
// customer's habitual lateness; items whose expected date is already past
// are collected with probability OverdueCollection, spread evenly over the
// weeks. Credit notes and unapplied cash count on their own dates, reducing
// the receipts of their week. Figures are rounded to Places so that each
// currency's parts add up exactly to its rounded total (largest
// remainder). Disputed items are left to Doubtful: they are not expected
// until the dispute is settled.
func Forecast(items []Item, o ForecastOptions) ([]CashForecast, error) {
	switch {
	case o.Start.IsZero():
		return nil, fmt.Errorf("%w: Start is the zero time", ErrInvalidOptions)
	case o.Weeks < 1 || o.Weeks > 520:
		return nil, fmt.Errorf("%w: Weeks %d must be between 1 and 520", ErrInvalidOptions, o.Weeks)
	case o.OverdueCollection.IsNegative() || o.OverdueCollection.GreaterThan(decimal.NewFromInt(1)):
		return nil, fmt.Errorf("%w: OverdueCollection %s must be within [0, 1]", ErrInvalidOptions, o.OverdueCollection)
	case o.Places < 0 || o.Places > 18:
		return nil, fmt.Errorf("%w: Places %d must be between 0 and 18", ErrInvalidOptions, o.Places)
	}
	weeks := decimal.NewFromInt(int64(o.Weeks))
	parts := map[string][]decimal.Decimal{} // weeks…, beyond, doubtful (exact)
	for i := range items {
		it := &items[i]
		if bad := it.validate(); bad != nil {
			return nil, bad
		}
		p := parts[it.Currency]
		if p == nil {
			p = make([]decimal.Decimal, o.Weeks+2)
			parts[it.Currency] = p
		}
		beyond, doubtful := o.Weeks, o.Weeks+1
		offset := terms.DaysBetween(o.Start, it.Due) + o.DaysLate[it.Customer]
		switch {
		case it.Disputed:
			p[doubtful] = p[doubtful].Add(it.Open)
		case offset >= 7*o.Weeks:
			p[beyond] = p[beyond].Add(it.Open)
		case offset >= 0:
			p[offset/7] = p[offset/7].Add(it.Open)
		default: // overdue: spread the collectible share
			collectible := it.Open.Mul(o.OverdueCollection)
			share := collectible.DivRound(weeks, 24)
			for w := range o.Weeks {
				p[w] = p[w].Add(share)
			}
			p[doubtful] = p[doubtful].Add(it.Open.Sub(share.Mul(weeks)))
		}
	}
	out := make([]CashForecast, 0, len(parts))
	for currency, exact := range parts {
		total := decimal.Zero
		for _, v := range exact {
			total = total.Add(v)
		}
		total = total.Round(o.Places)
		rounded := largestRemainder(exact, total, o.Places, make([]decimal.Decimal, len(exact)))
		out = append(out, CashForecast{Currency: currency, Weeks: rounded[:o.Weeks],
			Beyond: rounded[o.Weeks], Doubtful: rounded[o.Weeks+1], Total: total})
	}
	slices.SortFunc(out, func(a, b CashForecast) int { return cmp.Compare(a.Currency, b.Currency) })
	return out, nil
}
