package terms_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func ExampleParse() {
	for _, s := range []string{
		"2/10, n/30", "2% 10 Net 30", "Within 14 days 2 % cash discount, within 30 days due net",
		"30 days after the end of the invoice month", "20th of the following month", "End of Following Month",
		"NET 30 DAYS.", "月结30天", "票到30天", "次月10日", "２/１０ net ３０", "2/10 EOM", "21 MFI", "款到发货", "货到付款",
	} {
		t, err := terms.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q → %s\n", s, t)
	}
	_, err := terms.Parse("2/10 nte 30")
	fmt.Println(err)
	_, err = terms.Parse("n/n30")
	fmt.Println(err)
	// Output:
	// "2/10, n/30" → 2/10 net 30
	// "2% 10 Net 30" → 2/10 net 30
	// "Within 14 days 2 % cash discount, within 30 days due net" → 2/14 net 30
	// "30 days after the end of the invoice month" → net 30 EOM
	// "20th of the following month" → 20th prox
	// "End of Following Month" → 31st prox
	// "NET 30 DAYS." → net 30
	// "月结30天" → net 30 EOM
	// "票到30天" → net 30
	// "次月10日" → 10th prox
	// "２/１０ net ３０" → 2/10 net 30
	// "2/10 EOM" → 2/10 net 30 EOM
	// "21 MFI" → 21st prox
	// "款到发货" → CIA
	// "货到付款" → COD
	// terms: invalid terms: "2/10 nte 30" at token 4 "nte": unknown word; expected a clause such as "net 30", "2/10", "EOM", "10th prox", "COD" or "due on receipt"; did you mean "2/10 net 30"?
	// terms: invalid terms: "n/n30" at token 3 "n": unexpected "n"; expected a number of days
}

func ExampleTerms_DueDate() {
	invoice := day(2026, 1, 31)
	for _, s := range []string{"net 30", "net 30 EOM", "net 30 then EOM", "10th prox"} {
		fmt.Printf("%-16s due %s\n", s, terms.MustParse(s).DueDate(invoice).Format(time.DateOnly))
	}
	// Output:
	// net 30           due 2026-03-02
	// net 30 EOM       due 2026-03-02
	// net 30 then EOM  due 2026-03-31
	// 10th prox        due 2026-02-10
}

func ExampleTerms_DiscountRate() {
	t := terms.MustParse("2/10, 1/20, net 45")
	invoice := day(2026, 3, 1)
	for _, paid := range []time.Time{day(2026, 3, 11), day(2026, 3, 21), day(2026, 3, 22)} {
		fmt.Printf("paid %s: %s%% discount\n", paid.Format(time.DateOnly), t.DiscountRate(invoice, paid).Shift(2))
	}
	// Output:
	// paid 2026-03-11: 2% discount
	// paid 2026-03-21: 1% discount
	// paid 2026-03-22: 0% discount
}

func ExampleTerms_DiscountDeadlines() {
	for _, d := range terms.MustParse("2/10 EOM").DiscountDeadlines(day(2026, 1, 17)) {
		fmt.Printf("%s%% until %s\n", d.Rate.Shift(2), d.Date.Format(time.DateOnly))
	}
	// Output: 2% until 2026-02-10
}

func ExampleDaysBetween() {
	ny, _ := time.LoadLocation("America/New_York")
	// Across the spring-forward change: 30 civil days, 719 hours.
	from, to := time.Date(2026, 3, 1, 0, 0, 0, 0, ny), time.Date(2026, 3, 31, 0, 0, 0, 0, ny)
	fmt.Println(terms.DaysBetween(from, to), to.Sub(from))
	// Output: 30 719h0m0s
}

func ExampleAdjust() {
	holidays := terms.NewHolidays(day(2026, 12, 25), day(2026, 12, 28))
	cal := terms.Combine(terms.Weekend(0), holidays) // Saturday–Sunday plus holidays
	due := terms.MustParse("net 30").DueDate(day(2026, 11, 25))
	for _, roll := range []terms.Roll{terms.Following, terms.Preceding} {
		d, _ := terms.Adjust(due, cal, roll)
		fmt.Println(due.Format("Mon 2006-01-02"), "→", d.Format("Mon 2006-01-02"))
	}
	// Output:
	// Fri 2026-12-25 → Tue 2026-12-29
	// Fri 2026-12-25 → Thu 2026-12-24
}

func ExampleAddBusinessDays() {
	d, _ := terms.AddBusinessDays(day(2026, 5, 1), 3, terms.Weekend(0))
	fmt.Println(d.Format("Mon 2006-01-02"))
	// Output: Wed 2026-05-06
}

func ExampleSchedule_Split() {
	plan := terms.Schedule{
		{Kind: terms.Percent, Value: decimal.RequireFromString("0.3"), Terms: terms.MustParse("due on receipt")},
		{Kind: terms.Balance, Terms: terms.MustParse("net 60 EOM")},
	}
	// Rounded to the currency's minor unit: cents for EUR; whole yen for
	// JPY, where the total is 1,235 and 30% of it 370.5 → 371.
	for _, currency := range []string{"EUR", "JPY"} {
		parts, err := plan.Split(day(2026, 1, 15), decimal.RequireFromString("1234.56"), terms.SplitOptions{Currency: currency})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, p := range parts {
			fmt.Println(currency, p.Due.Format(time.DateOnly), p.Amount)
		}
	}
	// Output:
	// EUR 2026-01-15 370.37
	// EUR 2026-04-01 864.19
	// JPY 2026-01-15 371
	// JPY 2026-04-01 864
}

func ExampleLateInterest() {
	// £1,000 paid 50 days late at base rate 0.5% + 8%.
	i, err := terms.LateInterest(terms.Interest{
		Amount:     decimal.NewFromInt(1000),
		AnnualRate: decimal.RequireFromString("0.085"),
		Due:        day(2026, 3, 1),
		Paid:       day(2026, 4, 20),
		DayCount:   terms.Actual365Fixed,
		Currency:   "GBP",
	})
	fmt.Println(i, err)
	// A forgotten due date is an error, not 170 years of interest.
	_, err = terms.LateInterest(terms.Interest{Amount: decimal.NewFromInt(1000), AnnualRate: decimal.RequireFromString("0.085"),
		Paid: day(2026, 4, 20), Currency: "GBP"})
	fmt.Println(err)
	// Output:
	// 11.64 <nil>
	// terms: invalid input: zero date (Due 0001-01-01, Paid 2026-04-20)
}

func ExampleDailyPenalty() {
	// 违约金 of 0.05% a day, capped at 1% of the principal.
	p, err := terms.DailyPenalty(terms.Penalty{
		Amount:    decimal.NewFromInt(100000),
		DailyRate: decimal.RequireFromString("0.0005"),
		Due:       day(2026, 6, 30),
		Paid:      day(2026, 7, 10),
		CapShare:  decimal.RequireFromString("0.01"),
		Currency:  "CNY",
	})
	fmt.Println(p, err)
	// Output: 500 <nil>
}

func ExampleUKClaim() {
	debt := terms.Debt{Amount: decimal.NewFromInt(2500), Currency: "GBP", Due: day(2026, 1, 1), Paid: day(2026, 3, 15)}
	c, err := terms.UKClaim(debt, decimal.RequireFromString("0.0525")) // base rate 5.25%
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d days at %s%%: interest £%s + fixed sum £%s = £%s\n",
		c.DaysLate, c.Rate.Shift(2), c.Interest.StringFixed(2), c.Compensation, c.Total.StringFixed(2))
	// Output: 73 days at 13.25%: interest £66.25 + fixed sum £70 = £136.25
}

func ExampleEUClaim() {
	debt := terms.Debt{Amount: decimal.NewFromInt(10000), Currency: "EUR", Due: day(2026, 1, 31), Paid: day(2026, 3, 2)}
	c, err := terms.EUClaim(debt, decimal.RequireFromString("0.045")) // ECB reference rate 4.5%
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("€%s interest + €%s compensation = €%s\n", c.Interest, c.Compensation, c.Total)
	// Output: €102.74 interest + €40 compensation = €142.74
}
