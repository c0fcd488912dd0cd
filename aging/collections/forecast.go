package collections

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// MaxWeeks is the longest forecast horizon, ten years of weeks.
const MaxWeeks = 520

// ForecastOptions configure a collections forecast.
type ForecastOptions struct {
	// Start is the first day of week 1 (usually today); required.
	Start time.Time `json:"start"`
	// Weeks is the horizon, 1 to MaxWeeks; required.
	Weeks int `json:"weeks"`
	// DaysLate shifts each customer's due dates by its habitual lateness
	// (from dso.ByCustomer's AverageDaysLate, say); absent customers (and
	// a nil map) pay on the due date. Each value is within ±3,660,000
	// days (the span of dates of years 1 to 9999): beyond is an
	// ErrInvalidOptions error naming the customer, not an overflow.
	DaysLate map[string]int `json:"daysLate,omitempty"`
	// OverdueCollection is the probability, in [0, 1], that an item still
	// unpaid past its expected date is collected; that share is spread
	// evenly over the horizon and the rest is Doubtful. Zero: none is
	// expected.
	OverdueCollection decimal.Decimal `json:"overdueCollection"`
	// Places: 0 rounds each currency's figures to its ISO 4217 minor unit
	// (EUR 2, JPY 0); a positive value, at most 18, sets the places for
	// every currency.
	Places int32 `json:"places,omitempty"`
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
// the receipts of their week. Figures are rounded (Places) so that each
// currency's parts add up exactly to its rounded total (largest
// remainder). Disputed items are left to Doubtful: they are not expected
// until the dispute is settled. Results are sorted by currency.
func Forecast(items []aging.Item, o ForecastOptions) ([]CashForecast, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	parts := map[string][]decimal.Decimal{} // weeks…, beyond, doubtful (exact)
	for i := range items {
		it := &items[i]
		if err := it.Validate(); err != nil {
			return nil, err
		}
		p := parts[it.Currency]
		if p == nil {
			p = make([]decimal.Decimal, o.Weeks+2)
			parts[it.Currency] = p
		}
		o.expect(p, it)
	}
	currencies := slices.Sorted(maps.Keys(parts))
	out := make([]CashForecast, 0, len(parts))
	for _, currency := range currencies {
		exact := parts[currency]
		places, err := placesFor(currency, o.Places, "Places")
		if err != nil {
			return nil, err
		}
		total := decimal.Zero
		for _, v := range exact {
			total = total.Add(v)
		}
		total = total.Round(places)
		rounded := money.Allocate(exact, total, places)
		out = append(out, CashForecast{Currency: currency, Weeks: rounded[:o.Weeks],
			Beyond: rounded[o.Weeks], Doubtful: rounded[o.Weeks+1], Total: total})
	}
	return out, nil
}

// check validates the options.
func (o ForecastOptions) check() error {
	switch {
	case o.Start.IsZero():
		return fmt.Errorf("%w: Start is the zero time", ErrInvalidOptions)
	case o.Weeks < 1 || o.Weeks > MaxWeeks:
		return fmt.Errorf("%w: Weeks %d must be between 1 and %d", ErrInvalidOptions, o.Weeks, MaxWeeks)
	case o.OverdueCollection.IsNegative() || o.OverdueCollection.GreaterThan(decimal.NewFromInt(1)):
		return fmt.Errorf("%w: OverdueCollection %s must be within [0, 1]", ErrInvalidOptions, o.OverdueCollection)
	}
	for _, c := range slices.Sorted(maps.Keys(o.DaysLate)) {
		if err := money.CheckDays("DaysLate["+money.Bounded(c)+"]", o.DaysLate[c]); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidOptions, err)
		}
	}
	return checkPlaces("Places", o.Places)
}

// expect adds an item to its currency's exact parts p: weeks…, beyond,
// doubtful.
func (o ForecastOptions) expect(p []decimal.Decimal, it *aging.Item) {
	beyond, doubtful := o.Weeks, o.Weeks+1
	// Both terms are within ±money.MaxDays (dates of years 1–9999, DaysLate
	// checked), so the sum cannot overflow.
	offset := terms.DaysBetween(o.Start, it.Due) + o.DaysLate[it.Customer]
	switch {
	case it.Disputed:
		p[doubtful] = p[doubtful].Add(it.Open)
	case offset >= 7*o.Weeks:
		p[beyond] = p[beyond].Add(it.Open)
	case offset >= 0:
		p[offset/7] = p[offset/7].Add(it.Open)
	default: // overdue: spread the collectible share
		weeks := decimal.NewFromInt(int64(o.Weeks))
		share := it.Open.Mul(o.OverdueCollection).DivRound(weeks, 24)
		for w := range o.Weeks {
			p[w] = p[w].Add(share)
		}
		p[doubtful] = p[doubtful].Add(it.Open.Sub(share.Mul(weeks)))
	}
}
