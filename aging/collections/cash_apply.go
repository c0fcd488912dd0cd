package collections

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

// CashPosting is the ledger after accepted proposals were applied.
type CashPosting struct {
	// Open is the book's items still open, in book order, with their new
	// Open; items paid off are gone.
	Open []aging.Item `json:"open"`
	// Receipts is what each applied proposal did, in the order given.
	Receipts []ReceiptPosting `json:"receipts"`
	// Unapplied is the receipts' money that went to no item: over-payments,
	// cash on account, and the part of a receipt whose item an earlier
	// receipt had already paid.
	Unapplied []UnappliedCash `json:"unapplied"`
}

// ReceiptPosting is one receipt applied.
type ReceiptPosting struct {
	Receipt  int    `json:"receipt"`
	ID       string `json:"id,omitempty"`
	Customer string `json:"customer,omitempty"`
	Currency string `json:"currency"`
	// Applications are per item (Item is the position in Book.Items):
	// Applied is how much its open amount went down by — receipt money,
	// discount and write-off together.
	Applications []Application   `json:"applications"`
	Cash         decimal.Decimal `json:"cash"`     // receipt money applied to items
	Discount     decimal.Decimal `json:"discount"` // early-payment discounts granted
	WriteOff     decimal.Decimal `json:"writeOff"` // shortfalls written off
}

// UnappliedCash is receipt money left on account. As an aging.Item it is
// a credit of −Amount issued and due on ValueDate (see Item).
type UnappliedCash struct {
	Receipt   int             `json:"receipt"`
	ID        string          `json:"id,omitempty"`
	Customer  string          `json:"customer,omitempty"` // "" when the payer is unknown
	Currency  string          `json:"currency"`
	ValueDate time.Time       `json:"valueDate"`
	Amount    decimal.Decimal `json:"amount"`
}

// Item is the unapplied cash as an open credit of its customer (Ref: the
// receipt's ID, or "receipt N"), for aging and for [ApplyFIFO] later.
func (u UnappliedCash) Item() aging.Item {
	ref := u.ID
	if ref == "" {
		ref = fmt.Sprintf("receipt %d", u.Receipt)
	}
	return aging.Item{Ref: ref, Customer: u.Customer, Currency: u.Currency, Issued: u.ValueDate, Due: u.ValueDate, Open: u.Amount.Neg()}
}

// ApplyProposals applies accepted proposals to the book's open items, in
// order, each line through [ApplyFIFO] on its item: receipt money first,
// then the discount and the write-off, never more than the item still
// has open (an item a receipt before already paid leaves that receipt's
// money unapplied). Money is conserved: for each receipt, Cash + its
// Unapplied = its amount. Errors: an ambiguous proposal, a line naming no
// item of the book or an item of another currency (ErrInvalidPayment); an
// item that fails aging.Item.Validate.
func ApplyProposals(book Book, accepted []Proposal) (CashPosting, error) {
	open := make([]decimal.Decimal, len(book.Items))
	for i := range book.Items {
		open[i] = book.Items[i].Open
	}
	var out CashPosting
	for k, p := range accepted {
		if p.Ambiguous {
			return CashPosting{}, fmt.Errorf("%w: proposal %d (receipt %d) is ambiguous: choose a candidate first", ErrInvalidPayment, k, p.Receipt)
		}
		rp := ReceiptPosting{Receipt: p.Receipt, ID: p.ID, Customer: p.Customer, Currency: p.Currency}
		extra := decimal.Zero
		for _, l := range p.Lines {
			left, err := applyLine(book, open, p, l, &rp)
			if err != nil {
				return CashPosting{}, fmt.Errorf("proposal %d (receipt %d): %w", k, p.Receipt, err)
			}
			extra = extra.Add(left)
		}
		out.Receipts = append(out.Receipts, rp)
		if rest := p.Unapplied.Add(extra); rest.IsPositive() {
			out.Unapplied = append(out.Unapplied, UnappliedCash{Receipt: p.Receipt, ID: p.ID, Customer: p.Customer,
				Currency: p.Currency, ValueDate: p.ValueDate, Amount: rest})
		}
	}
	for i, it := range book.Items {
		if !open[i].IsZero() {
			item := it.Item
			item.Open = open[i]
			out.Open = append(out.Open, item)
		}
	}
	return out, nil
}

// applyLine applies one line; it returns the receipt money it could not
// apply.
func applyLine(book Book, open []decimal.Decimal, p Proposal, l ProposalLine, rp *ReceiptPosting) (decimal.Decimal, error) {
	if l.Item < 0 || l.Item >= len(book.Items) {
		return decimal.Zero, fmt.Errorf("%w: line item %d is not in the book (%d items)", ErrInvalidPayment, l.Item, len(book.Items))
	}
	it := book.Items[l.Item].Item
	if it.Currency != p.Currency {
		return decimal.Zero, fmt.Errorf("%w: item %d (%q) is in %s, the receipt in %s", ErrInvalidPayment, l.Item, it.Ref, it.Currency, p.Currency)
	}
	if l.Applied.IsNegative() || l.Discount.IsNegative() || l.WriteOff.IsNegative() {
		return decimal.Zero, fmt.Errorf("%w: line of item %d has a negative amount", ErrInvalidPayment, l.Item)
	}
	have := decimal.Max(open[l.Item], decimal.Zero)
	cash := decimal.Min(l.Applied, have)
	disc := decimal.Min(l.Discount, have.Sub(cash))
	wo := decimal.Min(l.WriteOff, have.Sub(cash).Sub(disc))
	it.Open = open[l.Item]
	res, err := ApplyFIFO([]aging.Item{it}, cash.Add(disc).Add(wo))
	if err != nil {
		return decimal.Zero, err
	}
	for _, a := range res.Applications {
		a.Item = l.Item
		rp.Applications = append(rp.Applications, a)
		open[l.Item] = open[l.Item].Sub(a.Applied)
	}
	rp.Cash, rp.Discount, rp.WriteOff = rp.Cash.Add(cash), rp.Discount.Add(disc), rp.WriteOff.Add(wo)
	return l.Applied.Sub(cash), nil
}
