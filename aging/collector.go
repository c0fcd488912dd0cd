package aging

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/receivables-go/receivables/terms"
)

// TopOverdue lists the n customers of currency with the largest overdue
// amount (every bucket but Current), largest first, ties by customer. Rows
// with nothing overdue are left out. Computed from a report, so it works
// on merged reports too; a report that does not hold together is an
// ErrInvalidReport.
func TopOverdue(r Report, currency string, n int) ([]Totals, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	var rows []Totals
	for _, row := range r.Customers {
		if row.Currency == currency && row.Overdue().IsPositive() {
			rows = append(rows, row)
		}
	}
	slices.SortStableFunc(rows, func(a, b Totals) int {
		return cmp.Or(b.Overdue().Cmp(a.Overdue()), cmp.Compare(a.Customer, b.Customer))
	})
	return rows[:min(max(n, 0), len(rows))], nil
}

// Aged is an item with its age on the as-of date.
type Aged struct {
	Item
	Days int `json:"days"` // civil days past due on the as-of date
}

// OlderThan lists the items at least minDays past due on asOf — the list
// that goes to the collector — oldest first, then by customer and Ref. A
// bad item (Item.Validate) is an error, as in Age.
func OlderThan(asOf time.Time, items iter.Seq[Item], minDays int) ([]Aged, error) {
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: asOf is the zero time", ErrInvalidOptions)
	}
	var out []Aged
	if items == nil {
		return out, nil
	}
	for it := range items {
		if err := it.Validate(); err != nil {
			return nil, err
		}
		if days := terms.DaysBetween(it.Due, asOf); days >= minDays {
			out = append(out, Aged{Item: it, Days: days})
		}
	}
	slices.SortFunc(out, func(a, b Aged) int {
		return cmp.Or(cmp.Compare(b.Days, a.Days), cmp.Compare(a.Customer, b.Customer), cmp.Compare(a.Ref, b.Ref))
	})
	return out, nil
}
