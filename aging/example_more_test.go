package aging_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
)

func ExampleParseBuckets() {
	// The text form of buckets, as a config file or a flag would hold it.
	b, _ := aging.ParseBuckets("30,60,90,180")
	var labels []string
	for i := range b.Len() {
		labels = append(labels, b.Label(i))
	}
	fmt.Println(strings.Join(labels, " "))
	fmt.Println("120 days →", b.Label(b.Index(120)))
	// Output:
	// Current 1-30 31-60 61-90 91-180 180+
	// 120 days → 91-180
}

func ExampleBuckets_WithLabels() {
	b, _ := aging.Standard().WithLabels("not due", "late", "later", "late-late", "legal")
	fmt.Println(b.Label(0), b.Label(4), b)
	// Output: not due legal 30,60,90;not due,late,later,late-late,legal
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
	// to I1; I2 is untouched.
	got, _ := aging.ApplyToRefs(exampleInvoices(), decimal.RequireFromString("350.00"), []string{"I3", "I1"})
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
	got, _ := aging.ApplyProportional(exampleInvoices(), decimal.RequireFromString("100.01"), 2)
	for _, a := range got.Applications {
		fmt.Println(a.Ref, a.Applied.StringFixed(2))
	}
	// Output:
	// I1 16.67
	// I2 33.34
	// I3 50.00
}

func ExampleLossRates() {
	// Roll rates of Current→1–30, 1–30→31–60, 31–60→61–90 and 61–90→90+
	// (from RollRates), and 80% of 90+ finally written off: the loss rate
	// of a bucket is the product of the rolls from it onwards × 0.8.
	roll := []decimal.Decimal{decimal.RequireFromString("0.30"), decimal.RequireFromString("0.40"),
		decimal.RequireFromString("0.50"), decimal.RequireFromString("0.60")}
	loss, _ := aging.LossRates(roll, decimal.RequireFromString("0.80"))
	fmt.Println(loss)
	// 0.3 × 0.4 × 0.5 × 0.6 × 0.8 = 0.0288; 0.4 × 0.5 × 0.6 × 0.8 = 0.096;
	// 0.5 × 0.6 × 0.8 = 0.24; 0.6 × 0.8 = 0.48; 0.8.
	// Output: [0.0288 0.096 0.24 0.48 0.8]
}
