package collections_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/collections"
	"github.com/shopspring/decimal"
)

func ExampleDun() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	due := func(daysPast int) time.Time { return asOf.AddDate(0, 0, -daysPast) }
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "A1", Customer: "Acme", Currency: "EUR", Issued: due(30), Due: due(0), Open: amt("100")},
		{Ref: "B1", Customer: "Beta", Currency: "EUR", Issued: due(40), Due: due(9), Open: amt("200")},
		{Ref: "C1", Customer: "Cora", Currency: "EUR", Issued: due(70), Due: due(40), Open: amt("300"), Disputed: true},
	}
	run, _ := collections.Dun(asOf, items, collections.DunOptions{})
	for _, a := range run.Actions {
		fmt.Printf("%s: %s (%s) for %s %s due, %s overdue\n", a.Customer, a.Step.Name, a.Step.Action, a.Due, a.Currency, a.Overdue)
	}
	fmt.Println("held in dispute:", run.Disputed)
	// Output:
	// Acme: due-date reminder (email) for 100 EUR due, 0 overdue
	// Beta: phone call (call) for 200 EUR due, 200 overdue
	// held in dispute: [C1]
}

func ExampleApplyFIFO() {
	d := func(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "INV-2", Customer: "Acme", Currency: "EUR", Issued: d(5, 1), Due: d(5, 31), Open: amt("200.00")},
		{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: d(4, 1), Due: d(5, 1), Open: amt("100.00")},
	}
	got, _ := collections.ApplyFIFO(items, amt("250.00"))
	for _, a := range got.Applications {
		fmt.Println(a.Ref, a.Applied)
	}
	fmt.Println("still open:", got.Open[0].Ref, got.Open[0].Open, "unapplied:", got.Unapplied)
	// Output:
	// INV-1 100
	// INV-2 150
	// still open: INV-2 50 unapplied: 0
}

// OLD fell due on 2025-05-30: 365 + 31 = 396 days before 2026-06-30, in 90+
// (50% held: 500); TINY is 10 days past due, 1–30 at 2%: 0.07.
func ExampleWriteOffCandidates() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "OLD", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(-1, -2, 0), Due: asOf.AddDate(-1, -1, 0), Open: amt("1000.00")},
		{Ref: "TINY", Customer: "Beta", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: amt("3.50")},
	}
	policy := collections.WriteOffPolicy{MinDaysPastDue: 365, SmallBalance: amt("5"),
		Matrix: aging.Matrix{Rates: []decimal.Decimal{amt("0"), amt("0.02"), amt("0.1"), amt("0.2"), amt("0.5")}}}
	list, _ := collections.WriteOffCandidates(asOf, items, policy)
	for _, c := range list {
		fmt.Printf("%s %s: %d days, open %s, provision held %s\n", c.Ref, c.Reason, c.Days, c.Open, c.Provision)
	}
	// Output:
	// OLD days past due: 396 days, open 1000, provision held 500
	// TINY small balance: 10 days, open 3.5, provision held 0.07
}

func ExampleForecast() {
	start := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "A", Customer: "Prompt", Currency: "EUR", Issued: start.AddDate(0, 0, -27), Due: start.AddDate(0, 0, 3), Open: amt("100.00")},
		{Ref: "B", Customer: "Late", Currency: "EUR", Issued: start.AddDate(0, 0, -27), Due: start.AddDate(0, 0, 3), Open: amt("200.00")},
		{Ref: "C", Customer: "Prompt", Currency: "EUR", Issued: start.AddDate(0, 0, -50), Due: start.AddDate(0, 0, -20), Open: amt("90.00")},
	}
	f, _ := collections.Forecast(items, collections.ForecastOptions{Start: start, Weeks: 3,
		DaysLate: map[string]int{"Late": 10}, OverdueCollection: amt("0.6"), Places: 2})
	// C is overdue: 90 × 60% = 54 spread over 3 weeks, 36 doubtful.
	fmt.Println(f[0].Currency, f[0].Weeks, "beyond", f[0].Beyond, "doubtful", f[0].Doubtful)
	// Output: EUR [118 218 18] beyond 0 doubtful 36
}

func ExampleApplyCostsInterestPrincipal() {
	amt := decimal.RequireFromString
	applied, owed, _, _ := collections.ApplyCostsInterestPrincipal(
		collections.Dues{Costs: amt("40"), Interest: amt("66.25"), Principal: amt("2500")}, amt("1000"))
	fmt.Println("applied", applied.Costs, applied.Interest, applied.Principal, "still owed", owed.Principal)
	// Output: applied 40 66.25 893.75 still owed 1606.25
}

func exampleInvoices() []aging.Item {
	d := func(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	return []aging.Item{
		{Ref: "I1", Customer: "Acme", Currency: "EUR", Issued: d(3, 1), Due: d(3, 31), Open: amt("100.00")},
		{Ref: "I2", Customer: "Acme", Currency: "EUR", Issued: d(4, 1), Due: d(5, 1), Open: amt("200.00")},
		{Ref: "I3", Customer: "Acme", Currency: "EUR", Issued: d(5, 1), Due: d(5, 31), Open: amt("300.00")},
	}
}

func ExampleApplyToRefs() {
	// The remittance advice names I3 and I1: 300.00 to I3, the other 50.00
	// to I1; I2 is untouched. Refs must be unique among the items.
	got, _ := collections.ApplyToRefs(exampleInvoices(), decimal.RequireFromString("350.00"), []string{"I3", "I1"})
	for _, a := range got.Applications {
		fmt.Println(a.Ref, a.Applied)
	}
	fmt.Println("unapplied:", got.Unapplied)
	// Output:
	// I3 300
	// I1 50
	// unapplied: 0
}

func ExampleApplyProportional() {
	// 100.01 spread over 100 / 200 / 300 (1:2:3) is 16.668…, 33.336…,
	// 50.005: floors 16.66 + 33.33 + 50.00 = 99.99, and the two cents go to
	// the largest remainders, I1 and I2.
	// places 0: to the cent, the minor unit of the items' currency (EUR).
	got, _ := collections.ApplyProportional(exampleInvoices(), decimal.RequireFromString("100.01"), 0)
	for _, a := range got.Applications {
		fmt.Println(a.Ref, a.Applied.StringFixed(2))
	}
	// Output:
	// I1 16.67
	// I2 33.34
	// I3 50.00
}

func ExampleDun_taken() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	due := func(daysPast int) time.Time { return asOf.AddDate(0, 0, -daysPast) }
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "A1", Customer: "Acme", Currency: "EUR", Issued: due(40), Due: due(10), Open: amt("100")},
		{Ref: "B1", Customer: "Beta", Currency: "EUR", Issued: due(40), Due: due(10), Open: amt("200")},
		{Ref: "C1", Customer: "Cora", Currency: "EUR", Issued: due(40), Due: due(10), Open: amt("300")},
		{Ref: "A9", Customer: "Acme", Currency: "USD", Issued: due(40), Due: due(10), Open: amt("50")},
	}
	// Acme was called yesterday about its EUR invoices, not its USD ones;
	// Beta is on a payment plan; Cora had only the reminder, so she gets
	// the call. State is kept per account: customer and currency.
	run, _ := collections.Dun(asOf, items, collections.DunOptions{
		Taken: map[collections.Account]string{
			{Customer: "Acme", Currency: "EUR"}: "phone call",
			{Customer: "Cora", Currency: "EUR"}: "due-date reminder",
		},
		Stopped: map[string]bool{"Beta": true},
	})
	for _, a := range run.Actions {
		fmt.Println(a.Customer, a.Currency, a.Step.Name)
	}
	fmt.Println("stopped:", run.Stopped)
	// A misspelt step is an error, not a step sent again.
	_, err := collections.Dun(asOf, items, collections.DunOptions{
		Taken: map[collections.Account]string{{Customer: "Acme", Currency: "EUR"}: "phone cal"}})
	fmt.Println(err)
	// Output:
	// Acme USD phone call
	// Cora EUR phone call
	// stopped: [Beta]
	// collections: invalid options: Taken[Acme/EUR] step "phone cal" is not a step of the ladder
}

// A ladder step can carry a minimum amount due, a fee and interest to date
// (per currency), as ERP dunning levels do.
func ExampleDun_feeAndInterest() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	due := func(daysPast int) time.Time { return asOf.AddDate(0, 0, -daysPast) }
	amt := decimal.RequireFromString
	eur := func(s string) map[string]decimal.Decimal { return map[string]decimal.Decimal{"EUR": amt(s)} }
	ladder := collections.Ladder{
		{Name: "reminder", Action: "email"},
		{Name: "final notice", Action: "letter", Days: 14, Fee: eur("5"), InterestRate: amt("0.1")},
		{Name: "legal", Action: "agency", Days: 60, MinDue: eur("500"), Fee: eur("40"), InterestRate: amt("0.1")},
	}
	items := []aging.Item{
		{Ref: "A1", Customer: "Acme", Currency: "EUR", Issued: due(103), Due: due(73), Open: amt("1000.00")},
		{Ref: "B1", Customer: "Beta", Currency: "EUR", Issued: due(103), Due: due(73), Open: amt("200.00")},
	}
	// Acme: 1000 × 10% × 73/365 = 20.00 interest. Beta owes less than the
	// legal step's 500: it gets the final notice, 4.00 interest.
	run, _ := collections.Dun(asOf, items, collections.DunOptions{Ladder: ladder})
	for _, a := range run.Actions {
		fmt.Printf("%s: %s, due %s + fee %s + interest %s = %s %s\n", a.Customer, a.Step.Name,
			a.Due.StringFixed(2), a.Fee.StringFixed(2), a.Interest.StringFixed(2), a.Total.StringFixed(2), a.Currency)
	}
	// Output:
	// Acme: legal, due 1000.00 + fee 40.00 + interest 20.00 = 1060.00 EUR
	// Beta: final notice, due 200.00 + fee 5.00 + interest 4.00 = 209.00 EUR
}

// Netting credit notes: a payment of 0 sets a customer's credit notes
// against its invoices; a credit note not used up stays open with its own
// Ref and dates, and nothing becomes unapplied cash.
func ExampleApplyFIFO_creditNote() {
	d := func(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: d(4, 1), Due: d(5, 1), Open: amt("60.00")},
		{Ref: "CN-1", Customer: "Acme", Currency: "EUR", Issued: d(5, 10), Due: d(5, 10), Open: amt("-100.00")},
	}
	got, _ := collections.ApplyFIFO(items, decimal.Zero)
	for _, a := range got.Applications {
		fmt.Println(a.Ref, a.Applied)
	}
	fmt.Println("still open:", got.Open[0].Ref, got.Open[0].Open, "unapplied:", got.Unapplied)
	// Output:
	// CN-1 -60
	// INV-1 60
	// still open: CN-1 -40 unapplied: 0
}

// Accounts key the dunning state; in JSON they read "currency/customer".
func ExampleAccount_MarshalText() {
	b, _ := json.Marshal(collections.DunOptions{Taken: map[collections.Account]string{{Customer: "Acme", Currency: "EUR"}: "legal"}})
	fmt.Println(string(b))
	// Output: {"taken":{"EUR/Acme":"legal"}}
}
