package aging_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

func exampleLedger() []aging.Item {
	d := func(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }
	amt := decimal.RequireFromString
	return []aging.Item{
		{Ref: "INV-1", Customer: "Acme", Currency: "EUR", Issued: d(5, 1), Due: d(5, 31), Open: amt("1200.00")},
		{Ref: "INV-2", Customer: "Acme", Currency: "EUR", Issued: d(6, 10), Due: d(7, 10), Open: amt("800.00")},
		{Ref: "CN-1", Customer: "Acme", Currency: "EUR", Issued: d(6, 12), Due: d(6, 12), Open: amt("-100.00")},
		{Ref: "INV-3", Customer: "Beta", Currency: "USD", Issued: d(2, 1), Due: d(3, 3), Open: amt("450.50")},
	}
}

func ExampleAgeSlice() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	r, _ := aging.AgeSlice(asOf, exampleLedger(), aging.Options{})
	fmt.Printf("%-5s %-3s", "", "cur")
	for i := range r.Buckets.Len() {
		fmt.Printf(" %8s", r.Buckets.Label(i))
	}
	fmt.Printf(" %8s\n", "total")
	for _, row := range r.Customers {
		fmt.Printf("%-5s %-3s", row.Customer, row.Currency)
		for _, a := range row.Amounts {
			fmt.Printf(" %8s", a.StringFixed(2))
		}
		fmt.Printf(" %8s\n", row.Total.StringFixed(2))
	}
	// Output:
	//       cur  Current     1-30    31-60    61-90      90+    total
	// Acme  EUR   800.00  1100.00     0.00     0.00     0.00  1900.00
	// Beta  USD     0.00     0.00     0.00     0.00   450.50   450.50
}

func ExampleAge() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	// Any iter.Seq works: a database cursor, a CSV reader, a channel.
	items := func(yield func(aging.Item) bool) {
		for _, it := range exampleLedger() {
			if !yield(it) {
				return
			}
		}
	}
	r, _ := aging.Age(asOf, items, aging.Options{})
	for _, c := range r.Currencies {
		fmt.Printf("%s: total %s, overdue %s, oldest %s (%d days), debit %s, credit %s\n",
			c.Currency, c.Total, c.Overdue(), c.Oldest.Ref, c.Oldest.Days, c.Debit, c.Credit)
	}
	// Output:
	// EUR: total 1900, overdue 1100, oldest INV-1 (30 days), debit 2000, credit -100
	// USD: total 450.5, overdue 450.5, oldest INV-3 (119 days), debit 450.5, credit 0
}

func ExampleNewBuckets() {
	b, _ := aging.NewBuckets(7, 30, 90)
	labels := make([]string, b.Len())
	for i := range labels {
		labels[i] = b.Label(i)
	}
	fmt.Println(labels)
	fmt.Println(b.Index(0), b.Index(7), b.Index(8), b.Index(31), b.Index(91))
	// Output:
	// [Current 1-7 8-30 31-90 90+]
	// 0 1 2 3 4
}

func ExampleReport_Merge() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	items := exampleLedger()
	// Age two shards anywhere (goroutines, machines) and merge.
	left, _ := aging.AgeSlice(asOf, items[:2], aging.Options{})
	right, _ := aging.AgeSlice(asOf, items[2:], aging.Options{})
	var total aging.Report // the empty report is the identity
	_ = total.Merge(left)
	_ = total.Merge(right)
	whole, _ := aging.AgeSlice(asOf, items, aging.Options{})
	fmt.Println(total.Currencies[0].Total, whole.Currencies[0].Total)
	// Output: 1900 1900
}

func ExampleAgeParallel() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	r, _ := aging.AgeParallel(asOf, exampleLedger(), aging.Options{}, 2)
	fmt.Println(len(r.Customers), "customers,", r.Currencies[1].Currency, r.Currencies[1].Total)
	// Output: 2 customers, USD 450.5
}

func ExampleTotals_Shares() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	r, _ := aging.AgeSlice(asOf, exampleLedger()[:2], aging.Options{})
	// Shares, as fractions: 800 / 2,000 = 0.4 current, 1,200 / 2,000 = 0.6
	// 1-30 days. Average age: (1,200 × 30 + 800 × −10) / 2,000 = 14 days.
	fmt.Println(r.Currencies[0].Shares(), r.Currencies[0].AverageDays())
	// Output: [0.4 0.6 0 0 0] 14
}

func ExampleTopOverdue() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	r, _ := aging.AgeSlice(asOf, exampleLedger(), aging.Options{})
	top, err := aging.TopOverdue(r, "EUR", 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, row := range top {
		fmt.Println(row.Customer, row.Overdue())
	}
	// Output: Acme 1100
}

func ExampleOlderThan() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	list, _ := aging.OlderThan(asOf, slices.Values(exampleLedger()), 20)
	for _, a := range list {
		fmt.Println(a.Ref, a.Customer, a.Days)
	}
	// Output:
	// INV-3 Beta 119
	// INV-1 Acme 30
}

func ExampleReport_Converted() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	r, _ := aging.AgeSlice(asOf, exampleLedger(), aging.Options{})
	// The caller's rate, from the caller's source and date: 1 USD = 0.9234 EUR.
	eur, err := r.Converted(aging.Conversion{To: "EUR", Places: 2,
		Rates: map[string]decimal.Decimal{"USD": decimal.RequireFromString("0.9234")}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// USD 450.50 × 0.9234 = 415.99 EUR in 90+.
	fmt.Println(eur.Currency, eur.Amounts[0], eur.Amounts[1], eur.Amounts[4], "total", eur.Total)
	// Output:
	// EUR 800 1100 415.99 total 2315.99
}

func ExampleOptions_dueWithin() {
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	// Split what is not yet due by when it falls due: 0–7 days, 8–30, later.
	r, _ := aging.AgeSlice(asOf, exampleLedger(), aging.Options{DueWithin: []int{7, 30}})
	acme := r.Customers[0]
	fmt.Println("Current", acme.Amounts[0], "= due within 7 days", acme.NotDue[0], "+ 8–30 days", acme.NotDue[1], "+ later", acme.NotDue[2])
	// Output:
	// Current 800 = due within 7 days 0 + 8–30 days 800 + later 0
}

func ExampleItem_Validate() {
	// Due on 31 May in UTC, issued on 1 June at UTC+2 — the same instant:
	// the due date is before the issue date, each read in its own zone.
	instant := time.Date(2026, 5, 31, 22, 0, 0, 0, time.UTC)
	it := aging.Item{Ref: "INV-9", Customer: "Acme", Currency: "EUR",
		Issued: instant.In(time.FixedZone("UTC+2", 2*3600)), Due: instant, Open: decimal.RequireFromString("10")}
	err := it.Validate()
	var bad aging.ItemError
	if errors.As(err, &bad) {
		fmt.Println(bad.Ref, bad.Field, bad.Reason)
	}
	fmt.Println(errors.Is(err, aging.ErrInvalidItem))
	// Output:
	// INV-9 Due 2026-05-31 is before Issued 2026-06-01
	// true
}
