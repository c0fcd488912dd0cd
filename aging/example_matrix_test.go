package aging_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

// One item's allowance by the rule of ProvisionMatrix: an invoice of
// 1,000.00 120 days past due, in 90+ at 10.6% with a 10% worse outlook:
// 1,000.00 × 0.106 × 1.1 = 116.60. A credit note holds none.
func ExampleMatrix_ItemProvision() {
	d := decimal.RequireFromString
	asOf := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	m := aging.Matrix{Rates: []decimal.Decimal{d("0.003"), d("0.016"), d("0.036"), d("0.066"), d("0.106")}, Adjustment: d("1.1")}
	if err := m.Check(aging.Standard()); err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range []aging.Item{
		{Ref: "INV-7", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -150), Due: asOf.AddDate(0, 0, -120), Open: d("1000.00")},
		{Ref: "CN-2", Customer: "Acme", Currency: "EUR", Issued: asOf.AddDate(0, 0, -150), Due: asOf.AddDate(0, 0, -120), Open: d("-80.00")},
	} {
		days := int(asOf.Sub(it.Due).Hours() / 24)
		p, err := m.ItemProvision(it, aging.Standard().Index(days))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(it.Ref, p.StringFixed(2))
	}
	// Output:
	// INV-7 116.60
	// CN-2 0.00
}

// A matrix that does not fit: a rate pushed above 1 by the adjustment.
func ExampleMatrix_Check() {
	d := decimal.RequireFromString
	m := aging.Matrix{Rates: []decimal.Decimal{d("0"), d("0.1"), d("0.3"), d("0.6"), d("0.9")}, Adjustment: d("1.2")}
	fmt.Println(m.Check(aging.Standard()))
	// Output: aging: invalid loss rates: Rates[4] (0.9) × Adjustment (1.2) = 1.08 is above 1
}
