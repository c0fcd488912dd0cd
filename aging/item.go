package aging

import (
	"fmt"
	"strings"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Item is one open item of the ledger: an invoice, a credit note (negative
// Open) or unapplied cash (negative Open, Due = Issued = the receipt date).
//
// Customer and Currency are compared byte for byte: rows are per exact
// spelling. Unicode normalisation is the caller's — "Müller" in NFC and in
// NFD are two customers (normalise with golang.org/x/text/unicode/norm
// before aging if the sources disagree), and so are names that differ in
// case or in surrounding spaces. The strings may be views of a buffer the
// caller reuses (unsafe.String over a driver's sql.RawBytes): the aging
// functions compare their bytes and keep copies of their own, so an item's
// strings need only hold until the function has read it. Rewriting a
// string while it is being read, or aliasing the strings of items that are
// all in memory at once (a slice), is still the caller's bug: Go strings
// are immutable, and such items say what the buffer says when they are
// read.
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
//   - Customer or Currency empty, or blank (white space only, as
//     [unicode.IsSpace] defines it);
//   - Issued or Due the zero time;
//   - Open with an exponent beyond ±40;
//   - Due on an earlier civil date than Issued, each date read in its own
//     location (an instant can be later and its date earlier);
//   - Open with more than 80 digits.
//
// The aging loop checks the same rules inline, for speed, and gives
// exactly this verdict (a fuzz test compares them).
//
// Dates are not bounded to years 1–9999, and beyond them ages are still
// exact, but [Oldest].Days saturates at ±(2³¹−1) days (5.8 million years):
// no age between years 1 and 9999 comes near (they are at most 3,652,058
// days apart).
func (it Item) Validate() error {
	bad := func(field, reason string) error { return ItemError{Ref: it.Ref, Field: field, Reason: reason} }
	e := it.Open.Exponent()
	switch {
	case it.Customer == "":
		return bad("Customer", "is empty")
	case blank(it.Customer):
		return bad("Customer", "is blank")
	case it.Currency == "":
		return bad("Currency", "is empty")
	case blank(it.Currency):
		return bad("Currency", "is blank")
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

// blank reports whether s is nothing but white space (a name no one can
// tell from another blank one).
func blank(s string) bool { return strings.TrimSpace(s) == "" }
