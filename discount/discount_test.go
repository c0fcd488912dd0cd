package discount

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestCostOfForgoingPublished(t *testing.T) {
	tests := []struct {
		name               string
		rate               string
		d, n               int
		dc                 terms.DayCount
		nominal, effective string
		nominal4, eff4     string
	}{
		// Brigham & Houston, Fundamentals of Financial Management: 2/10 net 30
		// costs 37.24% nominal, 44.59% effective. By hand: 0.02 / 0.98 ×
		// 365 / 20 = 0.0204081632… × 18.25 = 0.3724489795…; effective
		// (1/0.98)^18.25 − 1 = 0.4458529273… (50-digit decimal calculator).
		{"2/10 net 30", "0.02", 10, 30, terms.Actual365Fixed, "0.3724489796", "0.4458529273", "0.3724", "0.4459"},
		// 1/10 net 30: 0.01 / 0.99 × 18.25 = 0.1843434343… (18.43%);
		// effective (1/0.99)^18.25 − 1 = 0.2013172094….
		{"1/10 net 30", "0.01", 10, 30, terms.Actual365Fixed, "0.1843434343", "0.2013172094", "0.1843", "0.2013"},
		// 2/10 net 60 (Brigham & Houston: 14.9%): 0.0204081632… × 365 / 50
		// = 0.1489795918….
		{"2/10 net 60", "0.02", 10, 60, terms.Actual365Fixed, "0.1489795918", "", "0.149", ""},
		// On a 360-day year: 0.0204081632… × 18 = 0.3673469387… (36.73%).
		{"2/10 net 30 on 360", "0.02", 10, 30, terms.Actual360, "0.3673469388", "", "0.3673", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := CostOfForgoing(dec(tt.rate), tt.d, tt.n, tt.dc)
			require.NoError(t, err)
			requireDecimal(t, tt.nominal, c.Nominal)
			requireDecimal(t, tt.nominal4, c.Nominal.Round(4))
			if tt.effective != "" {
				requireDecimal(t, tt.effective, c.Effective)
				requireDecimal(t, tt.eff4, c.Effective.Round(4))
			}
			require.True(t, c.Effective.GreaterThan(c.Nominal))
		})
	}
}

func TestCostOfForgoingErrors(t *testing.T) {
	for _, tt := range []struct {
		rate string
		d, n int
		dc   terms.DayCount
		want error
	}{
		{"0", 10, 30, 0, ErrInvalidRate},
		{"-0.02", 10, 30, 0, ErrInvalidRate},
		{"1", 10, 30, 0, ErrInvalidRate},
		{"0.02", 30, 30, 0, ErrInvalidDays},
		{"0.02", 40, 30, 0, ErrInvalidDays},
		{"0.02", -1, 30, 0, ErrInvalidDays},
		{"0.02", 10, 30, terms.DayCount(5), ErrInvalidInput},
		{"0.999999", 0, 1, 0, ErrOutOfRange}, // (10^6)^365: beyond e^50
	} {
		_, err := CostOfForgoing(dec(tt.rate), tt.d, tt.n, tt.dc)
		require.ErrorIs(t, err, tt.want, "%+v", tt)
	}
}

func TestCostOfTerms(t *testing.T) {
	// 2/10, 1/20, net 45 from Jan 1: tier 1 is 2% for 35 days early
	// (0.02/0.98 × 365/35), tier 2 1% for 25 days (0.01/0.99 × 365/25).
	got, err := CostOfTerms(terms.MustParse("2/10, 1/20, net 45"), day(2026, 1, 1), terms.Actual365Fixed)
	require.NoError(t, err)
	require.Len(t, got, 2)
	require.Equal(t, 10, got[0].DiscountDays)
	require.Equal(t, 45, got[0].NetDays)
	// 0.0204081632… × 10.428571… = 0.2128279883…
	requireDecimal(t, "0.2128279883", got[0].Cost.Nominal)
	// 0.0101010101… × 14.6 = 0.1474747474…
	requireDecimal(t, "0.1474747475", got[1].Cost.Nominal)
	// 2/10 EOM on Jan 17: discount to Feb 10 (24 days), net Mar 2 (44 days):
	// 20 days apart, so the same cost as 2/10 net 30.
	eom, err := CostOfTerms(terms.MustParse("2/10 EOM"), day(2026, 1, 17), terms.Actual365Fixed)
	require.NoError(t, err)
	require.Equal(t, 24, eom[0].DiscountDays)
	requireDecimal(t, "0.3724489796", eom[0].Cost.Nominal)
	none, err := CostOfTerms(terms.MustParse("net 30"), day(2026, 1, 1), terms.Actual365Fixed)
	require.NoError(t, err)
	require.Nil(t, none)
	_, err = CostOfTerms(terms.MustParse("2/10 net 30"), time.Time{}, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestBreakEvenRate(t *testing.T) {
	// k = 10%, paid on day 10 instead of 30, 365 days:
	// 0.1 × 20 / (365 + 0.1 × 20) = 2 / 367 = 0.0054495912… → 0.0054495913.
	got, err := BreakEvenRate(dec("0.10"), 10, 30, terms.Actual365Fixed)
	require.NoError(t, err)
	requireDecimal(t, "0.0054495913", got)
	// Check the definition: 1 − d equals 1 / (1 + k × 20/365) to 10 places.
	pv := one.DivRound(one.Add(dec("0.10").Mul(dec("20")).DivRound(dec("365"), 20)), 10)
	requireDecimal(t, pv.String(), one.Sub(got))
	// k = 36% on 360 days, 10 vs 60 days: 0.36 × 50 / (360 + 18) = 18 / 378 = 0.0476190476….
	got, err = BreakEvenRate(dec("0.36"), 10, 60, terms.Actual360)
	require.NoError(t, err)
	requireDecimal(t, "0.0476190476", got)
	got, err = BreakEvenRate(dec("0"), 10, 60, terms.Actual360)
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	_, err = BreakEvenRate(dec("-0.1"), 10, 30, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrInvalidRate)
	_, err = BreakEvenRate(dec("0.1"), 30, 10, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrInvalidDays)
	_, err = BreakEvenRate(dec("0.1"), 10, 30, terms.DayCount(3))
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestDecide(t *testing.T) {
	tm := terms.MustParse("2/10 net 30")
	inv := day(2026, 1, 1)
	// Cost of funds 10%: pay 9,800 on Jan 11; carried 20 days to the due
	// date at 10%: 9,800 × 0.10 × 20 / 365 = 53.6986… → 9,853.70 < 10,000.
	d, err := Decide(Invoice{Terms: tm, Issued: inv, Amount: dec("10000"), Currency: "EUR"}, Funding{CostOfFunds: dec("0.10")})
	require.NoError(t, err)
	require.True(t, d.Take)
	require.Equal(t, day(2026, 1, 11), d.Best.Date)
	requireDecimal(t, "9800", d.Best.Pay)
	requireDecimal(t, "9853.7", d.Best.CostAtDue)
	requireDecimal(t, "146.3", d.Saving)
	require.Len(t, d.Options, 2)
	// Funds at 40% are dearer than the 37.24% the discount pays: 9,800 ×
	// 0.40 × 20 / 365 = 214.79 → 10,014.79 > 10,000: pay on the due date.
	d, err = Decide(Invoice{Terms: tm, Issued: inv, Amount: dec("10000"), Currency: "EUR"}, Funding{CostOfFunds: dec("0.40")})
	require.NoError(t, err)
	require.False(t, d.Take)
	require.Equal(t, day(2026, 1, 31), d.Best.Date)
	requireDecimal(t, "0", d.Saving)

	// Multi-tier: 2/10, 1/20, net 45 at 10%: tier 1 9,800 + 9,800 × 0.1 ×
	// 35/365 = 93.97 → 9,893.97; tier 2 9,900 + 9,900 × 0.1 × 25/365 = 67.81
	// → 9,967.81; due 10,000. Tier 1 wins.
	d, err = Decide(Invoice{Terms: terms.MustParse("2/10, 1/20, net 45"), Issued: inv, Amount: dec("10000"), Currency: "EUR"},
		Funding{CostOfFunds: dec("0.10"), DayCount: terms.Actual365Fixed})
	require.NoError(t, err)
	requireDecimal(t, "9893.97", d.Best.CostAtDue)
	requireDecimal(t, "9967.81", d.Options[1].CostAtDue)
	requireDecimal(t, "0.02", d.Best.Rate)

	// No discount: the due date.
	d, err = Decide(Invoice{Terms: terms.MustParse("net 30"), Issued: inv, Amount: dec("100"), Currency: "EUR"}, Funding{CostOfFunds: dec("0.1")})
	require.NoError(t, err)
	require.False(t, d.Take)

	// Money goes to the currency's minor unit. In JPY (0 places) 2/10 net 30
	// on ¥10,001 at 10%: pay 10,001 × 0.98 = 9,800.98 → ¥9,801; carried 20
	// days: 9,801 × 0.1 × 20 / 365 = 53.70… → CostAtDue ¥9,855, saving ¥146.
	d, err = Decide(Invoice{Terms: tm, Issued: inv, Amount: dec("10001"), Currency: "JPY"}, Funding{CostOfFunds: dec("0.10")})
	require.NoError(t, err)
	requireDecimal(t, "9801", d.Best.Pay)
	requireDecimal(t, "9855", d.Best.CostAtDue)
	requireDecimal(t, "146", d.Saving)
	// In KWD (3 places) 2/10 net 30 on 1,000.005 at 10%: pay 980.0049 →
	// 980.005; carry 980.005 × 0.1 × 20 / 365 = 5.36989… → 985.375.
	d, err = Decide(Invoice{Terms: tm, Issued: inv, Amount: dec("1000.005"), Currency: "KWD"}, Funding{CostOfFunds: dec("0.10")})
	require.NoError(t, err)
	requireDecimal(t, "980.005", d.Best.Pay)
	requireDecimal(t, "985.375", d.Best.CostAtDue)
	// Places overrides the currency, and stands in for a missing one:
	// 9,800 + 53.6986… → 9,853.699 at 3 places.
	d, err = Decide(Invoice{Terms: tm, Issued: inv, Amount: dec("10000")}, Funding{CostOfFunds: dec("0.10"), Places: 3})
	require.NoError(t, err)
	requireDecimal(t, "9853.699", d.Best.CostAtDue)
	for _, bad := range []struct {
		amount, funds string
		dc            terms.DayCount
		inv           time.Time
		currency      string
		places        int32
		want          error
	}{
		{"0", "0.1", 0, inv, "EUR", 0, ErrInvalidInput},
		{"100", "-0.1", 0, inv, "EUR", 0, ErrInvalidRate},
		{"100", "0.1", 9, inv, "EUR", 0, ErrInvalidInput},
		{"100", "0.1", 0, time.Time{}, "EUR", 0, ErrInvalidInput},
		{"100", "0.1", 0, inv, "", 0, ErrInvalidInput},
		{"100", "0.1", 0, inv, "eur", 0, ErrInvalidInput},
		{"100", "0.1", 0, inv, "EUR", 19, ErrInvalidInput},
	} {
		_, err := Decide(Invoice{Terms: tm, Issued: bad.inv, Amount: dec(bad.amount), Currency: bad.currency},
			Funding{CostOfFunds: dec(bad.funds), DayCount: bad.dc, Places: bad.places})
		require.ErrorIs(t, err, bad.want, "%+v", bad)
	}
}

func program() Program {
	return Program{Currency: "USD", AnnualSales: dec("36500000"), Rate: dec("0.01"), TakeUp: dec("0.5"),
		CurrentDSO: dec("50"), TakersDSO: dec("10"), CostOfCapital: dec("0.10"),
		BadDebtWithout: dec("0.01"), BadDebtWith: dec("0.008"), Invoices: 10000, AdminCostPerInvoice: dec("2")}
}

func TestEvaluate(t *testing.T) {
	// Every line by hand:
	// new DSO = 0.5 × 10 + 0.5 × 50 = 30 days;
	// released = 36,500,000 / 365 × (50 − 30) = 100,000 × 20 = 2,000,000;
	// financing saved = 2,000,000 × 10% = 200,000;
	// bad debt saved = 36,500,000 × (1% − 0.8%) = 73,000;
	// discount cost = 36,500,000 × 0.5 × 1% = 182,500;
	// admin = 10,000 × 0.5 × 2 = 10,000;
	// net = 200,000 + 73,000 − 182,500 − 10,000 = 80,500;
	// break-even = (200,000 + 73,000 − 10,000) / 18,250,000 = 0.0144109589…
	e, err := Evaluate(program())
	require.NoError(t, err)
	requireDecimal(t, "30", e.NewDSO)
	requireDecimal(t, "2000000", e.Released)
	requireDecimal(t, "200000", e.FinancingSaved)
	requireDecimal(t, "73000", e.BadDebtSaved)
	requireDecimal(t, "182500", e.DiscountCost)
	requireDecimal(t, "10000", e.AdminCost)
	requireDecimal(t, "80500", e.NetBenefit)
	requireDecimal(t, "0.0144109589", e.BreakEvenRate)

	// At 1.5% the same program loses: discount cost 273,750 → net −10,750.
	p := program()
	p.Rate = dec("0.015")
	e, err = Evaluate(p)
	require.NoError(t, err)
	requireDecimal(t, "-10750", e.NetBenefit)

	p = program()
	p.TakeUp = decimal.Zero
	e, err = Evaluate(p)
	require.NoError(t, err)
	requireDecimal(t, "0", e.BreakEvenRate)
	requireDecimal(t, "50", e.NewDSO)

	// Money to the currency's minor unit: in JPY on ¥36,500,001 of sales
	// released = 36,500,001 / 365 × 20 = 2,000,000.0547… → ¥2,000,000, and
	// the discount cost 36,500,001 × 0.5 × 1% = 182,500.005 → ¥182,500.
	p = program()
	p.Currency, p.AnnualSales = "JPY", dec("36500001")
	e, err = Evaluate(p)
	require.NoError(t, err)
	requireDecimal(t, "2000000", e.Released)
	requireDecimal(t, "182500", e.DiscountCost)
	// Places overrides: 182,500.005 to 3 places stays 182,500.005.
	p.Currency, p.Places = "", 3
	e, err = Evaluate(p)
	require.NoError(t, err)
	requireDecimal(t, "182500.005", e.DiscountCost)
	// NewDSO is a figure in days: RatePlaces, not 2 places. TakeUp 1/3
	// of 10 and 2/3 of 50: 0.3333333333 × 10 + 0.6666666667 × 50 = 36.666666668.
	p = program()
	p.TakeUp = dec("0.3333333333")
	e, err = Evaluate(p)
	require.NoError(t, err)
	requireDecimal(t, "36.6666666680", e.NewDSO)

	for _, mutate := range []func(*Program){
		func(p *Program) { p.AnnualSales = decimal.Zero },
		func(p *Program) { p.Rate = dec("1") },
		func(p *Program) { p.TakeUp = dec("1.2") },
		func(p *Program) { p.BadDebtWith = dec("-0.1") },
		func(p *Program) { p.CostOfCapital = dec("-0.1") },
		func(p *Program) { p.CurrentDSO = dec("-1") },
		func(p *Program) { p.Invoices = -1 },
		func(p *Program) { p.DayCount = 8 },
		func(p *Program) { p.Currency = "" },
		func(p *Program) { p.Places = -1 },
	} {
		p := program()
		mutate(&p)
		_, err := Evaluate(p)
		require.Error(t, err)
	}
}

func TestSlidingAndBatch(t *testing.T) {
	pay := day(2026, 3, 1)
	at12 := Pricing{APR: dec("0.12")}
	// 10,000 × 12% × 30 / 365 = 98.6301… → 98.63; pay 9,901.37.
	o, err := SlidingDiscount(pay, Payable{Ref: "A", Amount: dec("10000"), Currency: "EUR", Due: day(2026, 3, 31)}, at12)
	require.NoError(t, err)
	require.Equal(t, 30, o.DaysEarly)
	requireDecimal(t, "98.63", o.Discount)
	requireDecimal(t, "9901.37", o.Pay)
	require.Equal(t, "EUR", o.Currency)
	// The same in JPY rounds to whole yen: 98.63… → ¥99; in KWD to fils:
	// 98.630 (98.6301… at 3 places); Places 4 overrides: 98.6301.
	o, err = SlidingDiscount(pay, Payable{Ref: "A", Amount: dec("10000"), Currency: "JPY", Due: day(2026, 3, 31)}, at12)
	require.NoError(t, err)
	requireDecimal(t, "99", o.Discount)
	requireDecimal(t, "9901", o.Pay)
	o, err = SlidingDiscount(pay, Payable{Ref: "A", Amount: dec("10000"), Currency: "KWD", Due: day(2026, 3, 31)}, at12)
	require.NoError(t, err)
	requireDecimal(t, "98.63", o.Discount)
	o, err = SlidingDiscount(pay, Payable{Ref: "A", Amount: dec("10000"), Due: day(2026, 3, 31)}, Pricing{APR: dec("0.12"), Places: 4})
	require.NoError(t, err)
	requireDecimal(t, "98.6301", o.Discount)
	// Already due: nothing.
	o, err = SlidingDiscount(pay, Payable{Ref: "B", Amount: dec("10"), Currency: "EUR", Due: day(2026, 2, 1)}, at12)
	require.NoError(t, err)
	requireDecimal(t, "0", o.Discount)
	// Two years early at 60%: the discount would be more than the invoice.
	_, err = SlidingDiscount(pay, Payable{Ref: "C", Amount: dec("10"), Currency: "EUR", Due: day(2028, 3, 1)}, Pricing{APR: dec("0.6")})
	require.ErrorIs(t, err, ErrOutOfRange)
	require.ErrorContains(t, err, `payable "C" paid 731 days early`)
	// The old Batch divided by a Pay of 0 here and panicked: 365 paid 730
	// days early at 50% earns exactly 365. Now an error, before any ranking.
	_, _, err = Batch(pay, []Payable{{Ref: "Z", Amount: dec("365"), Currency: "EUR", Due: pay.AddDate(0, 0, 730)}},
		Pricing{APR: dec("0.5")}, dec("1000"))
	require.ErrorIs(t, err, ErrOutOfRange)

	payables := []Payable{
		{Ref: "A", Amount: dec("10000"), Currency: "EUR", Due: day(2026, 3, 31)}, // 30 days: 98.63
		{Ref: "B", Amount: dec("5000"), Currency: "EUR", Due: day(2026, 4, 30)},  // 60 days: 5,000 × .12 × 60/365 = 98.63
		{Ref: "C", Amount: dec("5000"), Currency: "EUR", Due: day(2026, 4, 30)},  // same as B: tie broken by Ref
		{Ref: "D", Amount: dec("100"), Currency: "EUR", Due: day(2026, 2, 15)},   // overdue: left out
	}
	// Budget 10,000: B (4,901.37) then C (4,901.37) fit = 9,802.74; A does not.
	chosen, used, err := Batch(pay, payables, at12, dec("10000"))
	require.NoError(t, err)
	require.Equal(t, []string{"B", "C"}, []string{chosen[0].Ref, chosen[1].Ref})
	requireDecimal(t, "9802.74", used)
	_, _, err = Batch(pay, payables, at12, dec("-1"))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, _, err = Batch(pay, []Payable{{Ref: "Z", Amount: dec("-1"), Currency: "EUR", Due: pay}}, at12, dec("1"))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, _, err = Batch(pay, append(payables, Payable{Ref: "U", Amount: dec("1"), Currency: "USD", Due: pay}), at12, dec("1"))
	require.ErrorIs(t, err, ErrCurrencyMismatch)
	require.ErrorContains(t, err, `payable "U" is in "USD", payable "A" in "EUR"`)
	_, err = SlidingDiscount(pay, payables[0], Pricing{APR: dec("1.5")})
	require.ErrorIs(t, err, ErrInvalidRate)
	_, err = SlidingDiscount(time.Time{}, payables[0], Pricing{APR: dec("0.1")})
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = SlidingDiscount(pay, payables[0], Pricing{APR: dec("0.1"), DayCount: terms.DayCount(4)})
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = SlidingDiscount(pay, Payable{Ref: "N", Amount: dec("1"), Due: pay}, at12)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, `payable "N"`)
}

// TestBoundariesFromMutation pins the boundaries that mutation testing
// (.ci/mutation) found no test deciding.
func TestBoundariesFromMutation(t *testing.T) {
	// A discount for paying on the invoice date (0 discount days) is valid:
	// 2/0 net 30 costs 0.02 / 0.98 × 365 / 30 = 0.24829931… a year.
	c, err := CostOfForgoing(decimal.RequireFromString("0.02"), 0, 30, terms.Actual365Fixed)
	require.NoError(t, err)
	requireDecimal(t, "0.2483", c.Nominal.Round(4))
	// Net 0 fails on the order of the periods, not on a sign.
	_, err = CostOfForgoing(decimal.RequireFromString("0.02"), 0, 0, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrInvalidDays)
	require.ErrorContains(t, err, "discountDays 0 must be less than netDays 0")
	// 99/10 net 11: ln(1 + 0.99/0.01) × 365 = ln(100) × 365 ≈ 1,681 > 50.
	_, err = CostOfForgoing(decimal.RequireFromString("0.99"), 10, 11, terms.Actual365Fixed)
	require.ErrorIs(t, err, ErrOutOfRange)
	require.ErrorContains(t, err, "forgoing rate 0.99 for 1 days")
	// A negative invoice count is named.
	p := program()
	p.Invoices = -1
	_, err = Evaluate(p)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "Invoices -1")
}
