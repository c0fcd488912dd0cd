package aging_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

func ExampleProvisionMatrix() {
	// IFRS 9 Illustrative Example 12: 0.3%, 1.6%, 3.6%, 6.6%, 10.6%.
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	due := func(daysPast int) time.Time { return asOf.AddDate(0, 0, -daysPast) }
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "1", Customer: "all", Currency: "CU", Issued: due(40), Due: due(-10), Open: amt("15000000")},
		{Ref: "2", Customer: "all", Currency: "CU", Issued: due(45), Due: due(15), Open: amt("7500000")},
		{Ref: "3", Customer: "all", Currency: "CU", Issued: due(75), Due: due(45), Open: amt("4000000")},
		{Ref: "4", Customer: "all", Currency: "CU", Issued: due(105), Due: due(75), Open: amt("2500000")},
		{Ref: "5", Customer: "all", Currency: "CU", Issued: due(150), Due: due(120), Open: amt("1000000")},
	}
	r, _ := aging.AgeSlice(asOf, items, aging.Options{})
	rates := []decimal.Decimal{amt("0.003"), amt("0.016"), amt("0.036"), amt("0.066"), amt("0.106")}
	// "CU" (currency units, as the standard writes) is no ISO 4217 code,
	// so the places are set: cents.
	p, _ := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates, Places: 2})
	fmt.Println(p.Currencies[0].Buckets, p.Currencies[0].Total)
	// Output: [45000 120000 144000 165000 106000] 580000
}

func ExampleOpenAsOf() {
	d := func(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	// Paid in June, so open today at 0 — but open at the end of May.
	items := []aging.Item{{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: d(4, 1), Due: d(5, 1), Open: amt("0")}}
	paid := []aging.Settlement{{Ref: "INV-1", Date: d(6, 3), Amount: amt("1000")}}
	open, _ := aging.OpenAsOf(d(5, 31), items, paid)
	fmt.Println(open[0].Ref, open[0].Open)
	// Output: INV-1 1000
}

func ExampleRollRates() {
	month := func(m time.Month, amounts ...string) aging.Report {
		row := aging.Totals{Currency: "EUR"}
		for _, a := range amounts {
			row.Amounts = append(row.Amounts, decimal.RequireFromString(a))
		}
		return aging.Report{AsOf: time.Date(2026, m, 28, 0, 0, 0, 0, time.UTC), Currencies: []aging.Totals{row}}
	}
	snapshots := []aging.Report{
		month(2, "1200", "200", "100", "50", "30"),
		month(3, "900", "300", "60", "40", "35"),
	}
	roll, _ := aging.RollRates(snapshots, "EUR", 0)
	loss, _ := aging.LossRates(roll, decimal.RequireFromString("0.5")) // half of 90+ is written off
	fmt.Println("roll", roll)
	fmt.Println("loss", loss)
	// Output:
	// roll [0.25 0.3 0.4 0.7]
	// loss [0.0105 0.042 0.14 0.35 0.5]
}

// The aging method of PRC accounting practice (账龄分析法): rates by age in
// years since the invoice date, here 5% within a year, 10% for 1–2 years,
// 30% for 2–3 and 100% beyond 3 — a provision matrix on invoice-date
// buckets of 365, 730 and 1,095 days (bucket 0, invoiced today, takes the
// first year's rate).
func ExampleProvisionMatrix_prcAgingMethod() {
	asOf := time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
	years, _ := aging.NewBuckets(365, 730, 1095)
	amt := decimal.RequireFromString
	issued := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	items := []aging.Item{
		{Ref: "A", Customer: "华东贸易", Currency: "CNY", Issued: issued(2026, 6, 30), Due: issued(2026, 7, 30), Open: amt("200000")},
		{Ref: "B", Customer: "华东贸易", Currency: "CNY", Issued: issued(2025, 3, 31), Due: issued(2025, 4, 30), Open: amt("50000")},
		{Ref: "C", Customer: "华东贸易", Currency: "CNY", Issued: issued(2022, 11, 30), Due: issued(2022, 12, 30), Open: amt("8000")},
	}
	r, _ := aging.AgeSlice(asOf, items, aging.Options{Buckets: years, Basis: aging.DaysSinceInvoice})
	rates := []decimal.Decimal{amt("0.05"), amt("0.05"), amt("0.10"), amt("0.30"), amt("1")}
	p, _ := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates}) // to the fen, CNY's minor unit
	// 200,000 × 5% + 50,000 × 10% + 8,000 × 100% = 10,000 + 5,000 + 8,000.
	fmt.Println(p.Currencies[0].Buckets, p.Currencies[0].Total)
	// Output: [0 10000 5000 0 8000] 23000
}

func ExampleProvisionMatrix_specific() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "A1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: amt("1000.00")},
		{Ref: "B1", Customer: "Bust", Currency: "EUR", Issued: asOf.AddDate(0, 0, -130), Due: asOf.AddDate(0, 0, -100), Open: amt("400.00")},
	}
	r, _ := aging.AgeSlice(asOf, items, aging.Options{})
	rates := []decimal.Decimal{amt("0.003"), amt("0.016"), amt("0.036"), amt("0.066"), amt("0.106")}
	// Bust is in insolvency: provide for all of it; Acme by the matrix (1.6% of 1,000).
	p, _ := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates, Specific: map[string]decimal.Decimal{"Bust": amt("1")}})
	for _, c := range p.Customers {
		fmt.Println(c.Customer, c.Total, "specific", c.Specific)
	}
	fmt.Println("EUR", p.Currencies[0].Total)
	// Output:
	// Acme 16 specific 0
	// Bust 400 specific 400
	// EUR 416
}

// Each currency is rounded to its own minor unit: the euro to the cent,
// the yen to the yen.
func ExampleProvisionMatrix_currencies() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	amt := decimal.RequireFromString
	items := []aging.Item{
		{Ref: "E1", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: amt("1234.56")},
		{Ref: "J1", Customer: "Acme", Currency: "JPY", Issued: asOf.AddDate(0, 0, -40), Due: asOf.AddDate(0, 0, -10), Open: amt("277778")},
	}
	r, _ := aging.AgeSlice(asOf, items, aging.Options{})
	rates := []decimal.Decimal{amt("0.003"), amt("0.016"), amt("0.036"), amt("0.066"), amt("0.106")}
	p, _ := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates})
	// 1,234.56 × 1.6% = 19.75296; 277,778 × 1.6% = 4,444.448.
	for _, c := range p.Currencies {
		fmt.Println(c.Currency, c.Total)
	}
	// Output:
	// EUR 19.75
	// JPY 4444
}
