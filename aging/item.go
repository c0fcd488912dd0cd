package aging

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/terms"
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
	// Disputed items are held out of dunning (see package collections)
	// but still counted in aging reports: they are still owed.
	Disputed bool `json:"disputed,omitempty"`
}

// maxDigits bounds an item's amount: an exponent within ±40 and at most
// 2 × 40 digits. Far beyond any ledger, it keeps a malformed amount (an
// exponent of a billion) from making the exact arithmetic build enormous
// numbers.
const maxDigits = 40

// Validate is the one rulebook of an item, used by every function of this
// package and of package collections that takes items: it returns nil for
// an item that can be aged, else an [ItemError] (wrapping ErrInvalidItem)
// naming the first field at fault, in this order:
//
//   - Customer or Currency empty;
//   - Issued or Due the zero time;
//   - Open with an exponent beyond ±40;
//   - Due on an earlier civil date than Issued, each date read in its own
//     location (an instant can be later and its date earlier);
//   - Open with more than 80 digits.
//
// The aging loop checks the same rules inline, for speed, and gives
// exactly this verdict (a fuzz test compares them).
func (it Item) Validate() error {
	bad := func(field, reason string) error { return ItemError{Ref: it.Ref, Field: field, Reason: reason} }
	e := it.Open.Exponent()
	switch {
	case it.Customer == "":
		return bad("Customer", "is empty")
	case it.Currency == "":
		return bad("Currency", "is empty")
	case it.Issued.IsZero():
		return bad("Issued", "is the zero time")
	case it.Due.IsZero():
		return bad("Due", "is the zero time")
	case e < -maxDigits || e > maxDigits:
		return bad("Open", "is beyond 40 digits either side of the point")
	case terms.DaysBetween(it.Issued, it.Due) < 0:
		return bad("Due", fmt.Sprintf("%s is before Issued %s", it.Due.Format(time.DateOnly), it.Issued.Format(time.DateOnly)))
	case it.Open.NumDigits() > 2*maxDigits:
		return bad("Open", fmt.Sprintf("has %d digits; at most %d", it.Open.NumDigits(), 2*maxDigits))
	}
	return nil
}
