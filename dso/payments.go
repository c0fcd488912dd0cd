package dso

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
)

// PaidInvoice is one invoice from the payment history: when it was issued,
// due and paid, and its amount.
type PaidInvoice struct {
	Ref      string          `json:"ref"`      // the invoice number, named in errors
	Customer string          `json:"customer"` // ByCustomer groups by it
	Currency string          `json:"currency"` // required (ErrInvalidInput if empty); averages never mix currencies
	Invoiced time.Time       `json:"invoiced"` // the invoice date
	Due      time.Time       `json:"due"`      // the due date, not before Invoiced
	Paid     time.Time       `json:"paid"`     // the date the payment was received
	Amount   decimal.Decimal `json:"amount"`   // the invoice amount (> 0), the weight in the averages
}

// PaymentStats are amount-weighted payment speeds over a set of paid
// invoices in one currency.
type PaymentStats struct {
	Customer string `json:"customer,omitempty"` // "" for AverageDaysToPay over all invoices
	Currency string `json:"currency"`
	Invoices int    `json:"invoices"` // the number of invoices averaged
	// Amount is the sum of the invoices' amounts (not rounded).
	Amount decimal.Decimal `json:"amount"`
	// AverageDaysToPay (ADP) is Σ amount × (paid − invoiced) / Σ amount,
	// in civil days, rounded half-up to RatePlaces.
	AverageDaysToPay decimal.Decimal `json:"averageDaysToPay"`
	// AverageDaysLate is Σ amount × max(0, paid − due) / Σ amount: early
	// and on-time payments count as 0 days late, so paying one invoice
	// early never hides another paid late. Rounded half-up to RatePlaces.
	AverageDaysLate decimal.Decimal `json:"averageDaysLate"`
}

// AverageDaysToPay computes the amount-weighted average days to pay and
// days late over paid invoices, which must share one currency
// (ErrCurrencyMismatch otherwise: weights in different currencies are not
// comparable). Days are civil days (see civilDays), so a daylight-saving
// change never adds or loses a day. Customer is left empty.
func AverageDaysToPay(invoices []PaidInvoice) (PaymentStats, error) {
	if len(invoices) == 0 {
		return PaymentStats{}, fmt.Errorf("%w: invoices is empty", ErrEmpty)
	}
	var acc statsAcc
	for i, inv := range invoices {
		if err := inv.validate(i); err != nil {
			return PaymentStats{}, err
		}
		if inv.Currency != invoices[0].Currency {
			return PaymentStats{}, fmt.Errorf("%w: invoice %q is in %q, invoice %q in %q", ErrCurrencyMismatch,
				money.Bounded(inv.Ref), money.Bounded(inv.Currency), money.Bounded(invoices[0].Ref), money.Bounded(invoices[0].Currency))
		}
		acc.add(inv)
	}
	return acc.stats("", invoices[0].Currency), nil
}

// ByCustomer computes PaymentStats per (customer, currency) — the
// collector's list — sorted slowest payer first: by AverageDaysLate
// descending, then AverageDaysToPay descending, then customer and currency.
func ByCustomer(invoices []PaidInvoice) ([]PaymentStats, error) {
	if len(invoices) == 0 {
		return nil, fmt.Errorf("%w: invoices is empty", ErrEmpty)
	}
	type key struct{ customer, currency string }
	accs := map[key]*statsAcc{}
	for i, inv := range invoices {
		if err := inv.validate(i); err != nil {
			return nil, err
		}
		k := key{inv.Customer, inv.Currency}
		if accs[k] == nil {
			accs[k] = &statsAcc{}
		}
		accs[k].add(inv)
	}
	out := make([]PaymentStats, 0, len(accs))
	for k, a := range accs {
		out = append(out, a.stats(k.customer, k.currency))
	}
	slices.SortFunc(out, func(a, b PaymentStats) int {
		return cmp.Or(
			b.AverageDaysLate.Cmp(a.AverageDaysLate),
			b.AverageDaysToPay.Cmp(a.AverageDaysToPay),
			cmp.Compare(a.Customer, b.Customer),
			cmp.Compare(a.Currency, b.Currency))
	})
	return out, nil
}

// validate names the first impossible field of invoice i.
func (p PaidInvoice) validate(i int) error {
	name := fmt.Sprintf("invoice %d (%q)", i, money.Bounded(p.Ref))
	if err := inRange(field{"Amount", p.Amount}); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case p.Currency == "":
		return fmt.Errorf("%w: %s: Currency is empty", ErrInvalidInput, name)
	case p.Invoiced.IsZero(), p.Due.IsZero(), p.Paid.IsZero():
		return fmt.Errorf("%w: %s has a zero date (invoiced %s, due %s, paid %s)", ErrInvalidInput, name,
			civil(p.Invoiced), civil(p.Due), civil(p.Paid))
	case civilDays(p.Due) < civilDays(p.Invoiced):
		return fmt.Errorf("%w: %s is due %s, before it was invoiced %s", ErrInvalidInput, name, civil(p.Due), civil(p.Invoiced))
	case !p.Amount.IsPositive():
		return fmt.Errorf("%w: %s has Amount %s; it must be positive", ErrInvalidInput, name, p.Amount)
	}
	return nil
}

// statsAcc accumulates amount-weighted days.
type statsAcc struct {
	n                   int
	amount, toPay, late decimal.Decimal
}

func (a *statsAcc) add(p PaidInvoice) {
	a.n++
	a.amount = a.amount.Add(p.Amount)
	a.toPay = a.toPay.Add(p.Amount.Mul(decimal.NewFromInt(civilDays(p.Paid) - civilDays(p.Invoiced))))
	a.late = a.late.Add(p.Amount.Mul(decimal.NewFromInt(max(0, civilDays(p.Paid)-civilDays(p.Due)))))
}

func (a *statsAcc) stats(customer, currency string) PaymentStats {
	return PaymentStats{
		Customer:         customer,
		Currency:         currency,
		Invoices:         a.n,
		Amount:           a.amount,
		AverageDaysToPay: quo(a.toPay, a.amount).Round(RatePlaces),
		AverageDaysLate:  quo(a.late, a.amount).Round(RatePlaces),
	}
}

// civilDays numbers t's calendar date (its year, month and day in its own
// location) as days since 1970-01-01, so differences are whole civil days
// whatever the location's daylight-saving rules.
func civilDays(t time.Time) int64 {
	y, m, d := t.Date()
	// Midnight UTC is a whole number of days from the epoch, before 1970 too.
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// civil formats t's calendar date for messages.
func civil(t time.Time) string { return t.Format("2006-01-02") }
