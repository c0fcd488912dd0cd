package dso_test

import (
	"fmt"
	"time"

	"github.com/receivables-go/receivables/dso"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExampleStandard() {
	// Receivables of 150,000 at year end on 1,800,000 of annual credit sales.
	days, _ := dso.Standard(dec("150000"), dec("1800000"), 365)
	fmt.Println(days, "days")
	// Output: 30.42 days
}

func ExampleAverageBalance() {
	// Opening and closing balances of a 90-day quarter with 360,000 of sales.
	days, _ := dso.AverageBalance([]decimal.Decimal{dec("100000"), dec("140000")}, dec("360000"), 90)
	fmt.Println(days, "days")
	// Output: 30 days
}

func ExampleCountback() {
	// 212,000 outstanding; the newest month's sales first.
	days, _ := dso.Countback(dec("212000"), []dso.Period{
		{Sales: dec("100000"), Days: 30},
		{Sales: dec("80000"), Days: 30},
		{Sales: dec("70000"), Days: 30},
	})
	fmt.Println(days, "days")
	// Output: 73.71 days
}

func ExampleRolling() {
	points, _ := dso.Rolling([]dso.Month{
		{Label: "Jan", Receivables: dec("300"), Sales: dec("310"), Days: 31},
		{Label: "Feb", Receivables: dec("400"), Sales: dec("280"), Days: 28},
		{Label: "Mar", Receivables: dec("450"), Sales: dec("310"), Days: 31},
	}, 3)
	for _, p := range points {
		fmt.Printf("%s standard %s countback %s\n", p.Label, p.Standard, p.Countback)
	}
	// Output:
	// Jan standard 30 countback 30
	// Feb standard 40 countback 40
	// Mar standard 45 countback 45
}

func ExampleBestPossible() {
	days, _ := dso.BestPossible(dec("750000"), dec("1800000"), 90)
	fmt.Println(days, "days")
	// Output: 37.5 days
}

func ExampleDelinquencyOf() {
	d, _ := dso.DelinquencyOf(dso.Ledger{ClosingAR: dec("1200000"), ClosingCurrentAR: dec("750000"), CreditSales: dec("1800000"), Days: 90})
	fmt.Printf("DSO %s = BPDSO %s + ADD %s\n", d.DSO, d.BestPossible, d.AverageDaysDelinquent)
	// Output: DSO 60 = BPDSO 37.5 + ADD 22.5
}

func ExampleCEI() {
	cei, _ := dso.CEI(dso.Ledger{OpeningAR: dec("6200"), CreditSales: dec("10890"), ClosingAR: dec("6340"), ClosingCurrentAR: dec("3590")})
	fmt.Printf("CEI %s%%\n", cei)
	// Output: CEI 79.63%
}

func ExampleTurnover() {
	turn, _ := dso.Turnover(dec("1800000"), dec("150000"))
	days, _ := dso.DaysFromTurnover(turn, 365)
	fmt.Printf("turnover %s×, %s days\n", turn, days)
	// Output: turnover 12×, 30.42 days
}

func ExampleDaysFromTurnover() {
	days, _ := dso.DaysFromTurnover(dec("8"), 360)
	fmt.Println(days, "days")
	// Output: 45 days
}

func ExampleCashConversionCycle() {
	dio, _ := dso.DIO(dec("500000"), dec("3650000"), 365)
	dpo, _ := dso.DPO(dec("300000"), dec("3650000"), 365)
	ccc, _ := dso.CashConversionCycle(dso.Cycle{DSO: dec("45"), DIO: dio, DPO: dpo})
	fmt.Printf("DSO 45 + DIO %s − DPO %s = %s days\n", dio, dpo, ccc)
	// Output: DSO 45 + DIO 50 − DPO 30 = 65 days
}

func ExampleDPO() {
	days, _ := dso.DPO(dec("300000"), dec("3650000"), 365)
	fmt.Println(days, "days")
	// Output: 30 days
}

func ExampleDIO() {
	days, _ := dso.DIO(dec("500000"), dec("3650000"), 365)
	fmt.Println(days, "days")
	// Output: 50 days
}

func ExampleWorkingCapitalRequirement() {
	wc, _ := dso.WorkingCapitalRequirement(dso.Balances{Receivables: dec("600000"), Inventory: dec("500000"),
		Payables: dec("300000"), Sales: dec("7300000"), Days: 365})
	fmt.Printf("%s tied up, %s days of sales\n", wc.Requirement, wc.DaysOfSales)
	// Output: 800000 tied up, 40 days of sales
}

func ExampleCashRatio() {
	r, _ := dso.CashRatio(dec("50000"), dec("200000"))
	fmt.Println(r)
	// Output: 0.25
}

func ExampleCashReleased() {
	// DSO falls from 82 to 58 days on 36.5 million of annual credit sales.
	r, _ := dso.CashReleased(dso.Change{CreditSales: dec("36500000"), Days: 365,
		OldDSO: dec("82"), NewDSO: dec("58"), CostOfCapital: dec("0.08"), Currency: "USD"})
	fmt.Printf("daily sales %s, released %s, saved %s a year at 8%%\n",
		r.DailySales.StringFixed(2), r.Released.StringFixed(2), r.FinancingSaved.StringFixed(2))
	// Output: daily sales 100000.00, released 2400000.00, saved 192000.00 a year at 8%
}

func ExampleCarryingCost() {
	c, _ := dso.CarryingCost(dso.Carrying{Receivables: dec("2400000"), CostOfCapital: dec("0.08"), Currency: "EUR"})
	fmt.Println(c.StringFixed(2))
	// Output: 192000.00
}

// Money is rounded to the currency's ISO 4217 minor unit: the same
// carrying cost is whole yen in JPY and to the fils in KWD.
func ExampleCarryingCost_currencies() {
	for _, currency := range []string{"EUR", "JPY", "KWD"} {
		c, _ := dso.CarryingCost(dso.Carrying{Receivables: dec("1000.5"), CostOfCapital: dec("0.07"), Currency: currency})
		fmt.Println(currency, c)
	}
	// Output:
	// EUR 70.04
	// JPY 70
	// KWD 70.035
}

func paidHistory() []dso.PaidInvoice {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	return []dso.PaidInvoice{
		{Ref: "A1", Customer: "Acme", Currency: "USD", Invoiced: day(3, 1), Due: day(3, 31), Paid: day(4, 10), Amount: dec("1000")},
		{Ref: "A2", Customer: "Acme", Currency: "USD", Invoiced: day(3, 5), Due: day(4, 4), Paid: day(3, 30), Amount: dec("3000")},
		{Ref: "B1", Customer: "Beta", Currency: "USD", Invoiced: day(2, 1), Due: day(3, 3), Paid: day(4, 2), Amount: dec("500")},
	}
}

// ADP = (1,000 × 40 + 3,000 × 25 + 500 × 60) / 4,500 = 145,000 / 4,500 = 32.22;
// late = (1,000 × 10 + 500 × 30) / 4,500 = 5.56.
func ExampleAverageDaysToPay() {
	st, _ := dso.AverageDaysToPay(paidHistory())
	fmt.Printf("ADP %s days, %s days late on average (%d invoices, %s %s)\n",
		st.AverageDaysToPay, st.AverageDaysLate, st.Invoices, st.Amount, st.Currency)
	// Output: ADP 32.22 days, 5.56 days late on average (3 invoices, 4500 USD)
}

func ExampleByCustomer() {
	rows, _ := dso.ByCustomer(paidHistory())
	for _, r := range rows {
		fmt.Printf("%-5s %s ADP %6s late %5s\n", r.Customer, r.Currency, r.AverageDaysToPay, r.AverageDaysLate)
	}
	// Output:
	// Beta  USD ADP     60 late    30
	// Acme  USD ADP  28.75 late   2.5
}
