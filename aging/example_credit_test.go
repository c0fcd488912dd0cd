package aging_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/credit"
	"github.com/shopspring/decimal"
)

// exposureOf turns one customer row of a report aged by days past due
// into a credit exposure. credit takes numbers, not reports: the open
// balance (net of credit notes) and the days past due of the oldest
// overdue invoice — OldestDebit, not Oldest, which may be a credit note.
func exposureOf(r aging.Report, row aging.Totals) credit.Exposure {
	e := credit.Exposure{Currency: row.Currency, OpenReceivables: row.Total}
	if r.Basis == aging.DaysPastDue && row.Debit.IsPositive() {
		e.OverdueDays = max(0, row.OldestDebit.Days)
	}
	return e
}

// A report row becomes a credit exposure. ACME's oldest item is a credit
// note of −2,000.00 176 days old; its oldest overdue invoice is 24 days
// past due. Fed Oldest, the 30-day overdue rule would block ACME; fed
// OldestDebit, it approves.
func Example_creditExposure() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	r, err := aging.AgeSlice(asOf, []aging.Item{
		{Ref: "CN-7", Customer: "ACME", Currency: "EUR", Issued: day(1, 5), Due: day(1, 5), Open: decimal.NewFromInt(-2000)},
		{Ref: "INV-3", Customer: "ACME", Currency: "EUR", Issued: day(5, 7), Due: day(6, 6), Open: decimal.NewFromInt(5000)},
		{Ref: "INV-4", Customer: "ACME", Currency: "EUR", Issued: day(6, 30), Due: day(7, 30), Open: decimal.NewFromInt(3000)},
	}, aging.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	row := r.Customers[0]
	limit := credit.CreditLimit{Customer: row.Customer, Currency: row.Currency, Amount: decimal.NewFromInt(20_000)}
	order := credit.Order{Ref: "SO-1", Currency: row.Currency, Amount: decimal.NewFromInt(1_000)}

	e := exposureOf(r, row)
	res, err := credit.CheckRules{}.Check(limit, e, order)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(row.Customer, e.OpenReceivables, "overdue days", e.OverdueDays, "→", res.Outcome)

	wrong := e
	wrong.OverdueDays = row.Oldest.Days // the credit note's age
	res, err = credit.CheckRules{}.Check(limit, wrong, order)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("fed Oldest:", wrong.OverdueDays, "→", res.Outcome)
	// Output:
	// ACME 6000 overdue days 24 → approve
	// fed Oldest: 176 → block
}
