package collections

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// ErrInvalidStatement reports a statement or confirmation request that
// cannot be answered: a zero or reversed period or cut-off, an entry with
// a zero date, an unknown kind, an amount out of range or of the wrong
// sign, or items of another customer or currency.
var ErrInvalidStatement = errors.New("collections: invalid statement")

// EntryKind is what a posting on a customer's account is.
type EntryKind uint8

const (
	EntryInvoice    EntryKind = iota + 1 // raises the balance (Amount ≥ 0)
	EntryCreditNote                      // lowers it (Amount ≤ 0)
	EntryPayment                         // lowers it (Amount ≤ 0)
	EntryAdjustment                      // either way (a write-off, a fee, a correction)
)

var entryNames = [...]string{"", "invoice", "credit note", "payment", "adjustment"}

// String names the kind: "invoice", "credit note", "payment", "adjustment".
func (k EntryKind) String() string {
	if int(k) < len(entryNames) && k > 0 {
		return entryNames[k]
	}
	return fmt.Sprintf("EntryKind(%d)", k)
}

// MarshalText writes the kind's name.
func (k EntryKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Entry is one posting on a customer's account in one currency. Amount is
// signed as it moves the balance the customer owes: an invoice +, a credit
// note or a payment −, an adjustment either. For a payment, Ref names the
// invoice it paid (for confirmations: a payment in transit).
type Entry struct {
	Date   time.Time       `json:"date"`
	Kind   EntryKind       `json:"kind"`
	Ref    string          `json:"ref"`
	Text   string          `json:"text,omitempty"`
	Amount decimal.Decimal `json:"amount"`
}

// StatementRequest asks for a customer's statement of account.
type StatementRequest struct {
	Customer, Currency string
	// From and To are the period, both days included (civil dates).
	From, To time.Time
	// Entries are the customer's postings in Currency, of any date: those
	// before From make the opening balance, those after To are left out.
	Entries []Entry
	// Open is the customer's items open at To (optional): the aging of
	// the closing balance. Aging options (buckets, basis) in Aging.
	Open  []aging.Item
	Aging aging.Options
}

// StatementLine is an entry of the period with the balance after it.
type StatementLine struct {
	Entry
	Balance decimal.Decimal `json:"balance"`
}

// AccountStatement is a customer's statement of account for a period:
// Opening + Σ Lines' amounts = Closing, each line carrying the running
// balance; the period's totals by kind; and the aging of the items open at
// the end, with Unaged = Closing − the aging's total (0 when Open is the
// whole closing balance).
type AccountStatement struct {
	Customer string          `json:"customer"`
	Currency string          `json:"currency"`
	From     time.Time       `json:"from"`
	To       time.Time       `json:"to"`
	Opening  decimal.Decimal `json:"opening"`
	Lines    []StatementLine `json:"lines"`
	Closing  decimal.Decimal `json:"closing"`
	Invoiced decimal.Decimal `json:"invoiced"`
	Credited decimal.Decimal `json:"credited"`
	Paid     decimal.Decimal `json:"paid"`
	Adjusted decimal.Decimal `json:"adjusted"`
	Buckets  aging.Buckets   `json:"buckets"`
	Aging    aging.Totals    `json:"aging"`
	Unaged   decimal.Decimal `json:"unaged"`
}

// Statement builds a statement of account. Lines are in date order, then
// invoice, credit note, payment, adjustment, then Ref, then as given.
// Nothing is rounded: amounts are added as given. Errors
// (ErrInvalidStatement): an empty Customer or Currency, a zero From or To
// or To before From, an entry with a zero date, an unknown kind, an
// amount out of range or of the wrong sign, an Open item of another
// customer or currency; an Open item that fails aging.Item.Validate; bad
// aging options (aging's errors).
func Statement(req StatementRequest) (AccountStatement, error) {
	if err := checkPeriod(req); err != nil {
		return AccountStatement{}, err
	}
	st := AccountStatement{Customer: req.Customer, Currency: req.Currency, From: req.From, To: req.To}
	var period []Entry
	for i, e := range req.Entries {
		if err := checkEntry(i, e); err != nil {
			return AccountStatement{}, err
		}
		switch {
		case terms.DaysBetween(e.Date, req.From) > 0:
			st.Opening = st.Opening.Add(e.Amount)
		case terms.DaysBetween(req.To, e.Date) <= 0:
			period = append(period, e)
		}
	}
	slices.SortStableFunc(period, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(terms.DaysBetween(b.Date, a.Date), 0), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Ref, b.Ref))
	})
	bal := st.Opening
	totals := map[EntryKind]*decimal.Decimal{EntryInvoice: &st.Invoiced, EntryCreditNote: &st.Credited, EntryPayment: &st.Paid, EntryAdjustment: &st.Adjusted}
	for _, e := range period {
		bal = bal.Add(e.Amount)
		*totals[e.Kind] = totals[e.Kind].Add(e.Amount)
		st.Lines = append(st.Lines, StatementLine{Entry: e, Balance: bal})
	}
	st.Closing = bal
	return st, st.age(req)
}

func checkPeriod(req StatementRequest) error {
	switch {
	case req.Customer == "" || req.Currency == "":
		return fmt.Errorf("%w: Customer %q or Currency %q is empty", ErrInvalidStatement, money.Bounded(req.Customer), money.Bounded(req.Currency))
	case req.From.IsZero() || req.To.IsZero():
		return fmt.Errorf("%w: From or To is the zero time", ErrInvalidStatement)
	case terms.DaysBetween(req.From, req.To) < 0:
		return fmt.Errorf("%w: To %s is before From %s", ErrInvalidStatement, req.To.Format(time.DateOnly), req.From.Format(time.DateOnly))
	}
	return nil
}

func checkEntry(i int, e Entry) error {
	bad := func(why string) error {
		return fmt.Errorf("%w: Entries[%d] (%q): %s", ErrInvalidStatement, i, money.Bounded(e.Ref), why)
	}
	switch {
	case e.Date.IsZero():
		return bad("Date is the zero time")
	case e.Kind < EntryInvoice || e.Kind > EntryAdjustment:
		return bad(fmt.Sprintf("Kind %d is unknown", e.Kind))
	case !money.InRange(e.Amount):
		return bad("Amount " + money.Show(e.Amount) + " is out of range")
	case e.Kind == EntryInvoice && e.Amount.IsNegative():
		return bad("an invoice's Amount " + e.Amount.String() + " is negative")
	case (e.Kind == EntryCreditNote || e.Kind == EntryPayment) && e.Amount.IsPositive():
		return bad("a " + e.Kind.String() + "'s Amount " + e.Amount.String() + " is positive: it lowers the balance")
	}
	return nil
}

// age ages the items open at To into the statement.
func (st *AccountStatement) age(req StatementRequest) error {
	for _, it := range req.Open {
		if err := it.Validate(); err != nil {
			return err
		}
		if it.Customer != req.Customer || it.Currency != req.Currency {
			return fmt.Errorf("%w: Open item %q is %s/%s, the statement %s/%s", ErrInvalidStatement, money.Bounded(it.Ref),
				money.Bounded(it.Customer), money.Bounded(it.Currency), money.Bounded(req.Customer), money.Bounded(req.Currency))
		}
	}
	report, err := aging.AgeSlice(req.To, req.Open, req.Aging)
	if err != nil {
		return err
	}
	st.Buckets = report.Buckets
	st.Aging = aging.Totals{Customer: req.Customer, Currency: req.Currency, Amounts: make([]decimal.Decimal, report.Buckets.Len())}
	if len(report.Customers) == 1 {
		st.Aging = report.Customers[0]
	}
	st.Unaged = st.Closing.Sub(st.Aging.Total)
	return nil
}
