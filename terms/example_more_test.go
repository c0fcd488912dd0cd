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

func ExampleLateInterest_days() {
	// A day count instead of dates: 45 days late at 10.15% (ECB 2.15% + 8
	// points), each result rounded to its currency's minor unit.
	for _, tc := range []struct {
		amount   int64
		currency string
	}{{10_000, "EUR"}, {1_000_000, "JPY"}, {10_000, "KWD"}} {
		// EUR: 10,000 × 0.1015 × 45 / 365 = 125.137 → 125.14; JPY:
		// 12,513.69… → 12,514 (whole yen); KWD: 125.137 (fils).
		i, err := terms.LateInterest(terms.Interest{
			Amount:     decimal.NewFromInt(tc.amount),
			AnnualRate: decimal.RequireFromString("0.1015"),
			Days:       45,
			Currency:   tc.currency,
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(tc.currency, i)
	}
	// Output:
	// EUR 125.14
	// JPY 12514
	// KWD 125.137
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

func ExampleTerms_AdjustedDiscountRate() {
	// "1/15 net 60" on 31 January 2026: the 1% ends Sunday 15 February;
	// Monday 16 is a holiday, so under Following it ends Tuesday 17.
	cal := terms.Combine(terms.Weekends(time.Saturday, time.Sunday), terms.NewHolidays(day(2026, 2, 16)))
	t := terms.MustParse("1/15 net 60")
	for _, paid := range []time.Time{day(2026, 2, 17), day(2026, 2, 18)} {
		rate, _ := t.AdjustedDiscountRate(day(2026, 1, 31), paid, cal, terms.Following)
		fmt.Println(paid.Format("Mon 2 Jan"), rate.Shift(2).String()+"%")
	}
	// Output:
	// Tue 17 Feb 1%
	// Wed 18 Feb 0%
}

func ExampleUKReferenceDate() {
	// Due 30 June 2023: interest runs from 1 July, so the rate is 30 June
	// 2023's (Bank Rate 5.00%, statutory 13%); due a day earlier, it is
	// 31 December 2022's (3.50%).
	for _, due := range []time.Time{day(2023, 6, 30), day(2023, 6, 29)} {
		ref, _ := terms.UKReferenceDate(due)
		fmt.Println(due.Format(time.DateOnly), "→", ref.Format(time.DateOnly))
	}
	// Output:
	// 2023-06-30 → 2023-06-30
	// 2023-06-29 → 2022-12-31
}
