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
//
// A settlement names its item by Ref, so that Ref must belong to exactly
// one of the items passed: a settlement whose Ref two items share (a
// credit note and an invoice numbered alike, or two customers' invoices
// 1001) is an ErrInvalidSettlement error naming the Ref, never split or
// merged — pass such items in separate calls (per customer, say). Items
// may repeat a Ref that no settlement names, and an item with an empty Ref
// simply cannot be settled; a settlement with an empty Ref is an error.
//
// Items are checked by Item.Validate; settlements with an empty, unknown
// or shared Ref, a zero date or a negative amount are ErrInvalidSettlement
// errors. The result keeps the items' order.
func OpenAsOf(asOf time.Time, items []Item, settlements []Settlement) ([]Item, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	index := make(map[string]int, len(items)) // Ref → position; −1: shared
	for i := range items {
		if err := items[i].Validate(); err != nil {
			return nil, err
		}
		if _, seen := index[items[i].Ref]; seen {
			index[items[i].Ref] = -1
		} else {
			index[items[i].Ref] = i
		}
	}
	later := make([]decimal.Decimal, len(items))
	for k, s := range settlements {
		i, err := settled(index, k, s)
		if err != nil {
			return nil, err
		}
		if terms.DaysBetween(asOf, s.Date) > 0 {
			later[i] = later[i].Add(s.Amount)
		}
	}
	var out []Item
	for i, it := range items {
		if terms.DaysBetween(asOf, it.Issued) > 0 {
			continue
		}
		it.Open = it.Open.Add(later[i])
		if !it.Open.IsZero() {
			out = append(out, it)
		}
	}
	return out, nil
}

// settled checks settlement k and finds the position of its item in index
// (Ref → position, −1 for a Ref held by several items).
func settled(index map[string]int, k int, s Settlement) (int, error) {
	i, known := index[s.Ref]
	switch {
	case s.Ref == "":
		return 0, fmt.Errorf("%w: settlement %d has an empty Ref", ErrInvalidSettlement, k)
	case !known:
		return 0, fmt.Errorf("%w: settlement of unknown item %q", ErrInvalidSettlement, money.Bounded(s.Ref))
	case i < 0:
		return 0, fmt.Errorf("%w: settlement of %q, a Ref held by several items: a settlement must name one item",
			ErrInvalidSettlement, money.Bounded(s.Ref))
	case s.Date.IsZero():
		return 0, fmt.Errorf("%w: settlement of %q has a zero date", ErrInvalidSettlement, money.Bounded(s.Ref))
	case s.Amount.IsNegative():
		return 0, fmt.Errorf("%w: settlement of %q has a negative amount %s", ErrInvalidSettlement, money.Bounded(s.Ref), s.Amount)
	}
	return i, nil
}
