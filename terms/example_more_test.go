package terms_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

func ExampleBusinessDaysBetween() {
	// Thanksgiving week 2026: Thursday 26 November is a holiday.
	cal := terms.Combine(terms.Weekends(time.Saturday, time.Sunday), terms.NewHolidays(day(2026, 11, 26)))
	// After Friday 20 November up to Friday 27: Mon, Tue, Wed, Fri = 4.
	n, _ := terms.BusinessDaysBetween(day(2026, 11, 20), day(2026, 11, 27), cal)
	fmt.Println(n)
	// Output: 4
}

func ExampleLateDays() {
	// Due 1 November, paid 24 November: 23 days late. Within a 30-day
	// grace the payment is not late at all; past a 5-day grace all 23
	// days count.
	due, paid := day(2026, 11, 1), day(2026, 11, 24)
	fmt.Println(terms.LateDays(due, paid, 0), terms.LateDays(due, paid, 30), terms.LateDays(due, paid, 5))
	// Output: 23 0 23
}

func ExampleLateInterestIn() {
	// 10,000.00 EUR 45 days late at 10.15% (ECB 2.15% + 8 points):
	// 10,000 × 0.1015 × 45 / 365 = 125.137 → 125.14.
	eur, _ := terms.LateInterestIn(decimal.NewFromInt(10_000), decimal.RequireFromString("0.1015"), 45, terms.Actual365Fixed, 2)
	// The same in yen, no minor unit: 1,000,000 × 0.1015 × 45 / 365 = 12,513.7 → 12,514.
	jpy, _ := terms.LateInterestIn(decimal.NewFromInt(1_000_000), decimal.RequireFromString("0.1015"), 45, terms.Actual365Fixed, 0)
	fmt.Println(eur.StringFixed(2), jpy)
	// Output: 125.14 12514
}

func ExampleTerms_AdjustedDueDate() {
	// Net 30 on 31 December 2026 falls due on Saturday 30 January 2027.
	net30 := terms.MustParse("net 30")
	weekend := terms.Weekends(time.Saturday, time.Sunday)
	for _, roll := range []terms.Roll{terms.NoAdjustment, terms.Following, terms.ModifiedFollowing, terms.Preceding} {
		due, _ := net30.AdjustedDueDate(day(2026, 12, 31), weekend, roll)
		fmt.Println(due.Format("Mon 2006-01-02"))
	}
	// Following crosses into February; modified following stays in January.
	// Output:
	// Sat 2027-01-30
	// Mon 2027-02-01
	// Fri 2027-01-29
	// Fri 2027-01-29
}
