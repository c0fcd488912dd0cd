package aging

import (
	"cmp"
	"errors"
	"fmt"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// Basis says what an item's age counts from.
type Basis uint8

const (
	// DaysPastDue ages items from their due date: 0 on the due date,
	// negative before it (bucket 0, Current). The zero value.
	DaysPastDue Basis = iota
	// DaysSinceInvoice ages items from their issue date.
	DaysSinceInvoice
)

// String names the basis.
func (b Basis) String() string {
	switch b {
	case DaysPastDue:
		return "days past due"
	case DaysSinceInvoice:
		return "days since invoice"
	}
	return "unknown basis"
}

// Options configure a report. The zero value ages by days past due into
// Standard() buckets and stops at the first bad item.
type Options struct {
	Buckets Buckets `json:"buckets"` // the age bands; the zero value is Standard()
	Basis   Basis   `json:"basis"`   // what ages count from; the zero value is DaysPastDue
	// CollectErrors keeps going past bad items and lists them in
	// Report.Rejected instead of returning the first as an error.
	CollectErrors bool `json:"collectErrors,omitempty"`
	// DueWithin splits the items not yet due (due today or later, whatever
	// the Basis) by days until due, for cash planning: edges 7, 30 give
	// Totals.NotDue bands "due within 0–7 days", "8–30" and "31 or more".
	// At most MaxDueWithin positive, increasing edges; nil for no split.
	// An empty, non-nil slice is a split without edges: one band, every
	// item not yet due (on DaysSinceInvoice not the same as Current). JSON
	// keeps the difference: nil is null, empty is [].
	DueWithin []int `json:"dueWithin"`
}

// Report is an aging report as of one date: totals per currency and per
// (customer, currency). Amounts in different currencies are never added.
type Report struct {
	AsOf    time.Time `json:"asOf"`    // the civil date, at midnight in the caller's location
	Buckets Buckets   `json:"buckets"` // the age bands of every row's Amounts
	Basis   Basis     `json:"basis"`   // what the ages count from
	// DueWithin is Options.DueWithin: the edges of Totals.NotDue; nil
	// (JSON null) when the rows have no NotDue, empty (JSON []) when they
	// have one band. Not omitted from JSON, so that a decoded report keeps
	// its shape.
	DueWithin []int `json:"dueWithin"`
	// Currencies has one row per currency (Customer ""), sorted by currency.
	Currencies []Totals `json:"currencies"`
	// Customers has one row per (customer, currency), sorted by customer
	// then currency.
	Customers []Totals `json:"customers"`
	// Rejected lists the bad items skipped when Options.CollectErrors is
	// set, sorted by Ref then field: each is Item.Validate's error.
	Rejected []ItemError `json:"rejected,omitempty"`
}

// Totals are the aged amounts of one currency, or one customer in one
// currency. Every figure is an exact sum of item amounts: nothing is
// rounded, so totals from shards merge to the cent.
type Totals struct {
	Customer string `json:"customer,omitempty"` // "" on a currency row
	Currency string `json:"currency"`
	// Amounts[i] is the sum of open amounts in bucket i; credit notes and
	// unapplied cash reduce their bucket.
	Amounts []decimal.Decimal `json:"amounts"`
	// Total is the sum of Amounts.
	Total decimal.Decimal `json:"total"`
	// Items is the number of items.
	Items int `json:"items"`
	// Debit is the sum of the positive open amounts, Credit of the negative
	// ones (≤ 0): Debit + Credit = Total, and netting hides neither.
	Debit  decimal.Decimal `json:"debit"`
	Credit decimal.Decimal `json:"credit"`
	// DebitDays is Σ open × age over the positive items, the numerator of
	// AverageDays.
	DebitDays decimal.Decimal `json:"debitDays"`
	// Oldest is the item with the greatest age (ties: the smaller Ref),
	// whatever its sign: it may be a credit note or unapplied cash.
	Oldest Oldest `json:"oldest"`
	// OldestDebit is the oldest item with a positive open amount (ties:
	// the smaller Ref) — the figure credit control wants: on DaysPastDue,
	// max(0, OldestDebit.Days) is the days past due of the oldest overdue
	// invoice (credit.Exposure.OverdueDays), which Oldest is not when the
	// oldest item is a credit. The zero Oldest when the row has no
	// positive item (Debit is zero): test Debit.IsPositive() first.
	OldestDebit Oldest `json:"oldestDebit"`
	// NotDue splits the items not yet due by Options.DueWithin: NotDue[k]
	// is the open amount due within (edge[k−1], edge[k]] days (edge[−1]
	// counts from 0, due today), the last band beyond the last edge. Nil
	// without DueWithin. By days past due, their sum is Amounts[0].
	NotDue []decimal.Decimal `json:"notDue,omitempty"`
}

// Oldest names the oldest item of a row.
type Oldest struct {
	Ref  string `json:"ref"`  // the item's Ref
	Days int    `json:"days"` // its age on the report's basis, in civil days
}

// Overdue is the sum of every bucket but the first (Current).
func (t Totals) Overdue() decimal.Decimal {
	v := decimal.Zero
	for _, a := range t.Amounts[min(1, len(t.Amounts)):] {
		v = v.Add(a)
	}
	return v
}

// RatePlaces is the one precision of the package's rates, ratios and
// days: roll and loss rates, Shares and AverageDays are rounded half-up to
// six decimal places where they leave (doc.go, "Rounding"). Money is never
// rounded by a report; the provisions and converted summaries round it to
// each currency's minor unit.
const RatePlaces = 6

// Shares is each bucket's share of Total as a fraction (0.25 is 25%),
// rounded to RatePlaces. When no bucket is negative the shares add up to
// exactly 1 (largest-remainder rounding: the last millionths go to the
// buckets with the largest remainders, earlier bucket first on ties); with
// credit notes making a bucket negative each share is rounded half-up on
// its own. Nil when Total is zero.
func (t Totals) Shares() []decimal.Decimal {
	if t.Total.IsZero() || len(t.Amounts) == 0 {
		return nil
	}
	exact := make([]decimal.Decimal, len(t.Amounts))
	negative := false
	for i, a := range t.Amounts {
		exact[i] = a.DivRound(t.Total, 20)
		negative = negative || a.IsNegative()
	}
	if negative || t.Total.IsNegative() {
		for i, e := range exact {
			exact[i] = e.Round(RatePlaces)
		}
		return exact
	}
	return money.Allocate(exact, decimal.NewFromInt(1), RatePlaces)
}

// AverageDays is the amount-weighted average age of the positive items,
// Σ open × age / Σ open, rounded half-up to RatePlaces; zero when there
// is no positive item.
func (t Totals) AverageDays() decimal.Decimal {
	if !t.Debit.IsPositive() {
		return decimal.Zero
	}
	return t.DebitDays.DivRound(t.Debit, RatePlaces)
}

// ErrInvalidReport reports a report that does not hold together — one
// decoded from JSON or built by hand rather than by Age: rows whose
// Amounts do not have one entry per bucket or whose NotDue does not match
// DueWithin, rows out of order or repeated, a currency row with a
// customer or a customer row without one, an unknown basis, rows without
// an as-of date, sums beyond the range a report can hold (an exponent
// beyond ±40, a coefficient of more than 400 bits, about 120 digits:
// wider than an item's, as sums of many items need). Merge, Converted,
// ProvisionMatrix, RollRates and TopOverdue check the reports they are
// given and return it, naming the row and the field, instead of
// panicking.
var ErrInvalidReport = errors.New("aging: invalid report")

// maxSumBits bounds the coefficient of a report's sums: 120 decimal
// digits, room for the sum of 10¹⁹ items of 80 digits (Item.Validate's
// limit) times a day count. The exponent is bounded like an item's.
const maxSumBits = 400

// check validates a report where it is used (ErrInvalidReport): the
// shape every function that reads rows relies on.
func (r Report) check() error {
	if r.isEmpty() {
		return nil
	}
	switch {
	case r.AsOf.IsZero():
		return fmt.Errorf("%w: asOf is the zero time in a report with rows", ErrInvalidReport)
	case r.Basis > DaysSinceInvoice:
		return fmt.Errorf("%w: basis %d is unknown", ErrInvalidReport, r.Basis)
	}
	if err := dueWithinProblem(r.DueWithin); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidReport, err)
	}
	if err := r.checkRows("Currencies", r.Currencies); err != nil {
		return err
	}
	return r.checkRows("Customers", r.Customers)
}

// checkRows checks one list of rows: sorted by (customer, currency)
// without repeats, each row's shape and sums.
func (r Report) checkRows(list string, rows []Totals) error {
	bands := -1 // no NotDue
	if r.DueWithin != nil {
		bands = len(r.DueWithin) + 1
	}
	for i, t := range rows {
		at := fmt.Sprintf("%s[%d] (%q, %q)", list, i, money.Bounded(t.Customer), money.Bounded(t.Currency))
		switch {
		case t.Currency == "":
			return fmt.Errorf("%w: %s: currency is empty", ErrInvalidReport, at)
		case (list == "Currencies") != (t.Customer == ""):
			return fmt.Errorf("%w: %s: a currency row has no customer, a customer row has one", ErrInvalidReport, at)
		case i > 0 && cmp.Or(cmp.Compare(rows[i-1].Customer, t.Customer), cmp.Compare(rows[i-1].Currency, t.Currency)) >= 0:
			return fmt.Errorf("%w: %s is not after the row before it (rows are sorted by customer, then currency, once each)", ErrInvalidReport, at)
		case len(t.Amounts) != r.Buckets.Len():
			return fmt.Errorf("%w: %s: %d amounts for %d buckets", ErrInvalidReport, at, len(t.Amounts), r.Buckets.Len())
		case bands < 0 && len(t.NotDue) != 0 || bands >= 0 && len(t.NotDue) != bands:
			return fmt.Errorf("%w: %s: %d NotDue bands; DueWithin %s makes %d", ErrInvalidReport, at, len(t.NotDue), dueWithinText(r.DueWithin), max(bands, 0))
		case t.Items < 0:
			return fmt.Errorf("%w: %s: Items %d is negative", ErrInvalidReport, at, t.Items)
		}
		if err := t.checkSums(at); err != nil {
			return err
		}
	}
	return nil
}

// checkSums checks that every sum of a row is within the range a report
// can hold, so that no later product or quotient overflows or stalls.
func (t Totals) checkSums(at string) error {
	check := func(field string, v decimal.Decimal) error {
		if e := v.Exponent(); e < -money.MaxDigits || e > money.MaxDigits || v.Coefficient().BitLen() > maxSumBits {
			return fmt.Errorf("%w: %s: %s %s is out of range (exponent within ±%d, at most %d bits)", ErrInvalidReport, at, field,
				money.Show(v), money.MaxDigits, maxSumBits)
		}
		return nil
	}
	for k, a := range t.Amounts {
		if err := check(fmt.Sprintf("Amounts[%d]", k), a); err != nil {
			return err
		}
	}
	for k, a := range t.NotDue {
		if err := check(fmt.Sprintf("NotDue[%d]", k), a); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		name string
		v    decimal.Decimal
	}{{"Total", t.Total}, {"Debit", t.Debit}, {"Credit", t.Credit}, {"DebitDays", t.DebitDays}} {
		if err := check(f.name, f.v); err != nil {
			return err
		}
	}
	return nil
}
