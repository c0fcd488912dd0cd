package aging_test

import (
	"fmt"
	"strings"

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
