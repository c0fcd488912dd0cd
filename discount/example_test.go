package discount_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/discount"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
)

func ExampleCostOfForgoing() {
	c, _ := discount.CostOfForgoing(decimal.RequireFromString("0.02"), 10, 30, terms.Actual365Fixed)
	fmt.Printf("skipping 2/10 net 30 borrows at %s%% nominal, %s%% effective\n",
		c.Nominal.Shift(2).StringFixed(2), c.Effective.Shift(2).StringFixed(2))
	// Output: skipping 2/10 net 30 borrows at 37.24% nominal, 44.59% effective
}

func ExampleCostOfTerms() {
	invoice := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tiers, _ := discount.CostOfTerms(terms.MustParse("2/10, 1/20, net 45"), invoice, terms.Actual365Fixed)
	for _, tc := range tiers {
		fmt.Printf("%s%% until day %d: %s%% a year\n", tc.Rate.Shift(2), tc.DiscountDays, tc.Cost.Nominal.Shift(2).StringFixed(2))
	}
	// Output:
	// 2% until day 10: 21.28% a year
	// 1% until day 20: 14.75% a year
}

func ExampleDecide() {
	invoice := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d, _ := discount.Decide(
		discount.Invoice{Terms: terms.MustParse("2/10 net 30"), Issued: invoice, Amount: decimal.NewFromInt(10000), Currency: "EUR"},
		discount.Funding{CostOfFunds: decimal.RequireFromString("0.10"), DayCount: terms.Actual365Fixed})
	fmt.Printf("take: %v, pay %s on %s, saving %s\n", d.Take, d.Best.Pay.StringFixed(2),
		d.Best.Date.Format(time.DateOnly), d.Saving.StringFixed(2))
	// Output: take: true, pay 9800.00 on 2026-01-11, saving 146.30
}

func ExampleBreakEvenRate() {
	// At a 10% cost of capital, being paid 20 days sooner is worth 0.54%.
	d, _ := discount.BreakEvenRate(decimal.RequireFromString("0.10"), 10, 30, terms.Actual365Fixed)
	fmt.Printf("%s%%\n", d.Shift(2).StringFixed(2))
	// Output: 0.54%
}

func ExampleEvaluate() {
	e, _ := discount.Evaluate(discount.Program{
		Currency:    "USD",
		AnnualSales: decimal.NewFromInt(36_500_000), Rate: decimal.RequireFromString("0.01"),
		TakeUp: decimal.RequireFromString("0.5"), CurrentDSO: decimal.NewFromInt(50), TakersDSO: decimal.NewFromInt(10),
		CostOfCapital:  decimal.RequireFromString("0.10"),
		BadDebtWithout: decimal.RequireFromString("0.01"), BadDebtWith: decimal.RequireFromString("0.008"),
		Invoices: 10000, AdminCostPerInvoice: decimal.NewFromInt(2),
	})
	fmt.Printf("DSO → %s, released %s, net benefit %s a year, worth it up to %s%%\n",
		e.NewDSO, e.Released, e.NetBenefit, e.BreakEvenRate.Shift(2).StringFixed(2))
	// Output: DSO → 30, released 2000000, net benefit 80500 a year, worth it up to 1.44%
}

func ExampleSlidingDiscount() {
	pay := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	o, _ := discount.SlidingDiscount(pay,
		discount.Payable{Ref: "INV-7", Amount: decimal.NewFromInt(10000), Currency: "EUR", Due: time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)},
		discount.Pricing{APR: decimal.RequireFromString("0.12"), DayCount: terms.Actual365Fixed})
	fmt.Println(o.DaysEarly, "days early:", o.Discount, "off, pay", o.Pay)
	// Output: 30 days early: 98.63 off, pay 9901.37
}

func ExampleBatch() {
	due := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	chosen, cash, _ := discount.Batch(due(3, 1), []discount.Payable{
		{Ref: "A", Amount: decimal.NewFromInt(10000), Currency: "EUR", Due: due(3, 31)},
		{Ref: "B", Amount: decimal.NewFromInt(5000), Currency: "EUR", Due: due(4, 30)},
	}, discount.Pricing{APR: decimal.RequireFromString("0.12")}, decimal.NewFromInt(6000))
	for _, o := range chosen {
		fmt.Println(o.Ref, o.Discount)
	}
	fmt.Println("cash used", cash)
	// Output:
	// B 98.63
	// cash used 4901.37
}

// Money is rounded to the currency's ISO 4217 minor unit: the same
// invoice in yen pays whole yen, in dinars to the fils.
func ExampleDecide_currencies() {
	invoice := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ amount, currency string }{{"10001", "JPY"}, {"1000.005", "KWD"}} {
		d, _ := discount.Decide(
			discount.Invoice{Terms: terms.MustParse("2/10 net 30"), Issued: invoice, Amount: decimal.RequireFromString(c.amount), Currency: c.currency},
			discount.Funding{CostOfFunds: decimal.RequireFromString("0.10")})
		fmt.Printf("%s %s: pay %s, saving %s\n", c.currency, c.amount, d.Best.Pay, d.Saving)
	}
	// Output:
	// JPY 10001: pay 9801, saving 146
	// KWD 1000.005: pay 980.005, saving 14.63
}
