package readme

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/dso"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

// Example_first is README's first program, verbatim between the
// "first-program" markers; TestREADMEFirstProgram checks that README shows
// this code and this output.
func Example_first() {
	// first-program:start
	asOf := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	net30, _ := terms.Parse("2/10 net 30")
	eom, _ := terms.Parse("月结30天") // 30 days after the end of the invoice month

	items := []aging.Item{
		{Ref: "INV-1", Customer: "Acme GmbH", Currency: "EUR", Issued: day("2026-09-14"), Open: decimal.RequireFromString("12500.00")},
		{Ref: "INV-2", Customer: "Acme GmbH", Currency: "EUR", Issued: day("2026-11-02"), Open: decimal.RequireFromString("8400.50")},
		{Ref: "INV-3", Customer: "Beijing Trading", Currency: "CNY", Issued: day("2026-09-28"), Open: decimal.RequireFromString("96000")},
	}
	for i := range items {
		t := net30
		if items[i].Currency == "CNY" {
			t = eom
		}
		items[i].Due = t.DueDate(items[i].Issued)
	}
	report, err := aging.AgeSlice(asOf, items, aging.Options{})
	if err != nil {
		panic(err)
	}
	for _, row := range report.Customers {
		fmt.Println(row.Customer, row.Currency, row.Amounts, "total", row.Total)
	}
	days, _ := dso.Standard(decimal.RequireFromString("20900.50"), decimal.RequireFromString("41000"), 91)
	fmt.Println("DSO", days, "days")
	// first-program:end

	// Output:
	// Acme GmbH EUR [8400.5 0 12500 0 0] total 20900.5
	// Beijing Trading CNY [0 0 96000 0 0] total 96000
	// DSO 46.39 days
}
