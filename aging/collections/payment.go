package collections

import (
	"cmp"
	"slices"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

// Application is an amount applied to one item. Items are identified by
// position (Item), not by Ref: a ledger may hold two documents with one
// number (a credit note 1001 and an invoice 1001), and money must not move
// between them.
type Application struct {
	Ref  string `json:"ref"`  // the item's Ref, for display
	Item int    `json:"item"` // the item's position in the items passed
	// Applied is how much the item's open amount went down by: its Open
	// after is its Open before − Applied. It has the sign of the item:
	// positive for an invoice paid, negative for the part of a credit note
	// used (−60 takes a credit note of −100 to −40). The Applications of
	// one payment add up to payment − Unapplied.
	Applied decimal.Decimal `json:"applied"`
}

// Applied is the result of applying a payment: what went where, what stays
// open, and what is left unapplied (an over-payment, a credit on account).
type Applied struct {
	Applications []Application `json:"applications"` // in the order the payment was applied
	// Open is the items still open (invoices partly paid, credit notes
	// not or partly used) with their new Open, in application order.
	Open []aging.Item `json:"open"`
	// Unapplied is the payment left over (≥ 0, at most the payment): a
	// credit on account. An unused credit note is never in it: it stays
	// in Open with its own Ref and dates.
	Unapplied decimal.Decimal `json:"unapplied"`
}

// ApplyFIFO applies a payment to one customer's open items in one currency,
// oldest due date first (then Ref, then position). Credit notes (negative
// items) are used first, oldest first, as far as there are invoices to
// set them against; then the payment. Partial payments leave an item
// partly open, and a credit note not (or partly) used stays open with the
// rest; what remains of the payment after every invoice is paid is
// Unapplied. With payment 0 this nets a customer's credit notes against its
// invoices, and the customer's open total is unchanged. Money is conserved
// exactly: Σ open before − Σ open after = Σ Applied = payment − Unapplied.
// Refs are not looked up (they may repeat); Application.Item names the
// item. Errors: a negative payment, items of more than one customer or
// currency (ErrInvalidPayment), an item that fails aging.Item.Validate.
func ApplyFIFO(items []aging.Item, payment decimal.Decimal) (Applied, error) {
	if err := checkApplication(items, payment); err != nil {
		return Applied{}, err
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(items[a].Due.Compare(items[b].Due), cmp.Compare(items[a].Ref, items[b].Ref))
	})
	open := make([]decimal.Decimal, len(items))
	invoices := decimal.Zero
	for i, it := range items {
		open[i] = it.Open
		if it.Open.IsPositive() {
			invoices = invoices.Add(it.Open)
		}
	}
	var out Applied
	pool := decimal.Zero // money to pay invoices with: credit used, then payment
	for _, i := range order {
		if !open[i].IsNegative() {
			continue
		}
		use := decimal.Min(open[i].Neg(), invoices.Sub(pool))
		if use.IsPositive() {
			out.Applications = append(out.Applications, Application{Ref: items[i].Ref, Item: i, Applied: use.Neg()})
			open[i] = open[i].Add(use)
			pool = pool.Add(use)
		}
	}
	paid := decimal.Min(payment, invoices.Sub(pool))
	pool = pool.Add(paid)
	out.Unapplied = payment.Sub(paid)
	for _, i := range order {
		take := decimal.Min(pool, open[i])
		if take.IsPositive() {
			out.Applications = append(out.Applications, Application{Ref: items[i].Ref, Item: i, Applied: take})
			open[i] = open[i].Sub(take)
			pool = pool.Sub(take)
		}
	}
	for _, i := range order {
		if !open[i].IsZero() {
			it := items[i]
			it.Open = open[i]
			out.Open = append(out.Open, it)
		}
	}
	return out, nil
}
