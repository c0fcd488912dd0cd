package aging

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Settlement is an amount that reduced an item's open balance on a date: a
// payment applied, a credit note applied, a write-off.
type Settlement struct {
	Ref    string          `json:"ref"`    // the item settled
	Date   time.Time       `json:"date"`   // when the balance went down; only the civil date counts
	Amount decimal.Decimal `json:"amount"` // positive: how much the open balance went down
}

// OpenAsOf reconstructs the open items as they stood on a past date, so
// that aging "as of" month end matches that month's balance sheet: an item
// paid after asOf was still open on asOf. Each item's balance on asOf is
// its Open today plus every settlement dated after asOf; items issued after
// asOf and items with nothing open on asOf are left out. Pass every item
// that was open on asOf — including those closed since, with Open 0.
// Items are checked by Item.Validate; settlements naming an unknown Ref,
// with a zero date or a negative amount are ErrInvalidSettlement errors. The result keeps the items' order.
func OpenAsOf(asOf time.Time, items []Item, settlements []Settlement) ([]Item, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	later := make(map[string]decimal.Decimal, len(items))
	for i := range items {
		if err := items[i].Validate(); err != nil {
			return nil, err
		}
		later[items[i].Ref] = decimal.Zero
	}
	for _, s := range settlements {
		sum, known := later[s.Ref]
		switch {
		case !known:
			return nil, fmt.Errorf("%w: settlement of unknown item %q", ErrInvalidSettlement, money.Bounded(s.Ref))
		case s.Date.IsZero():
			return nil, fmt.Errorf("%w: settlement of %q has a zero date", ErrInvalidSettlement, money.Bounded(s.Ref))
		case s.Amount.IsNegative():
			return nil, fmt.Errorf("%w: settlement of %q has a negative amount %s", ErrInvalidSettlement, money.Bounded(s.Ref), s.Amount)
		}
		if terms.DaysBetween(asOf, s.Date) > 0 {
			later[s.Ref] = sum.Add(s.Amount)
		}
	}
	var out []Item
	for _, it := range items {
		if terms.DaysBetween(asOf, it.Issued) > 0 {
			continue
		}
		it.Open = it.Open.Add(later[it.Ref])
		if !it.Open.IsZero() {
			out = append(out, it)
		}
	}
	return out, nil
}
