package collections

import (
	"cmp"
	"slices"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

// Application is an amount applied to one item.
type Application struct {
	Ref     string          `json:"ref"`     // the item paid
	Applied decimal.Decimal `json:"applied"` // how much of the payment went to it (> 0)
}

// Applied is the result of applying a payment: what went where, what stays
// open, and what is left unapplied (an over-payment, a credit on account).
type Applied struct {
	Applications []Application   `json:"applications"` // in the order the payment was applied
	Open         []aging.Item    `json:"open"`         // items still open, in application order
	Unapplied    decimal.Decimal `json:"unapplied"`    // the payment left over (≥ 0): a credit on account
}

// ApplyFIFO applies a payment to one customer's open items in one currency,
// oldest due date first (then Ref): each credit note (negative item) is
// applied too, so its value pays invoices alongside the payment. Partial
// payments leave an item partly open; what remains after every invoice is
// paid is Unapplied. Money is conserved exactly: Σ open before − payment =
// Σ open after − unapplied. Errors: a negative payment, items of more than
// one customer or currency (ErrInvalidPayment), an item that fails
// aging.Item.Validate.
func ApplyFIFO(items []aging.Item, payment decimal.Decimal) (Applied, error) {
	if err := checkApplication(items, payment); err != nil {
		return Applied{}, err
	}
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b aging.Item) int { return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Ref, b.Ref)) })
	var out Applied
	available := payment
	for _, it := range sorted { // credit notes first join the money available
		if it.Open.IsNegative() {
			available = available.Add(it.Open.Neg())
			out.Applications = append(out.Applications, Application{Ref: it.Ref, Applied: it.Open})
		}
	}
	for _, it := range sorted {
		if !it.Open.IsPositive() {
			continue
		}
		take := decimal.Min(available, it.Open)
		if take.IsPositive() {
			out.Applications = append(out.Applications, Application{Ref: it.Ref, Applied: take})
			available = available.Sub(take)
		}
		if rest := it.Open.Sub(take); rest.IsPositive() {
			it.Open = rest
			out.Open = append(out.Open, it)
		}
	}
	out.Unapplied = available
	return out, nil
}
