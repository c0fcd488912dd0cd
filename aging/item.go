package aging

import (
	"time"

	"github.com/shopspring/decimal"
)

// Item is one open item of the ledger: an invoice, a credit note (negative
// Open) or unapplied cash (negative Open, Due = Issued = the receipt date).
type Item struct {
	Ref      string          `json:"ref"`      // the document number, named in errors
	Customer string          `json:"customer"` // the debtor; rows are per (customer, currency)
	Currency string          `json:"currency"` // ISO 4217 code; never summed across currencies
	Issued   time.Time       `json:"issued"`   // the invoice (or credit note, receipt) date
	Due      time.Time       `json:"due"`      // the net due date; only the civil date counts
	Open     decimal.Decimal `json:"open"`     // the amount still open; negative for credits
	// Disputed items are held out of dunning (see the collections
	// functions) but still counted in aging reports: they are still owed.
	Disputed bool `json:"disputed,omitempty"`
}

// maxDigits bounds an item's amount: at most 40 digits either side of the
// point. Far beyond any ledger, it keeps a malformed amount (an exponent
// of a billion) from making the exact arithmetic build enormous numbers.
const maxDigits = 40

// validate names the first field that makes the item impossible to age.
// The common case, a good item, is one expression that the compiler
// inlines into the aging loop.
func (it *Item) validate() *ItemError {
	if e := it.Open.Exponent(); it.Customer != "" && it.Currency != "" && !it.Issued.IsZero() && !it.Due.IsZero() &&
		e >= -maxDigits && e <= maxDigits {
		return nil
	}
	return it.fault()
}

// fault names the first field at fault in a bad item.
func (it *Item) fault() *ItemError {
	bad := func(field, reason string) *ItemError { return &ItemError{Ref: it.Ref, Field: field, Reason: reason} }
	switch {
	case it.Customer == "":
		return bad("Customer", "is empty")
	case it.Currency == "":
		return bad("Currency", "is empty")
	case it.Issued.IsZero():
		return bad("Issued", "is the zero time")
	case it.Due.IsZero():
		return bad("Due", "is the zero time")
	case it.Open.Exponent() < -maxDigits || it.Open.Exponent() > maxDigits:
		return bad("Open", "is beyond 40 digits either side of the point") // digits: see ager.add
	}
	return nil
}
