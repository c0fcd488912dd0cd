package terms

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestLateInterest(t *testing.T) {
	due := date(2026, 3, 1)
	tests := []struct {
		name         string
		amount, rate string
		paid         time.Time
		dc           DayCount
		currency     string
		want         string
	}{
		// UK method (gov.uk, "Late commercial payments: charging interest and
		// debt recovery": annual interest = debt × (base + 8%), daily = /365):
		// £1,000 at 8.5% for 50 days = 1,000 × 0.085 × 50 / 365 = 4,250 / 365
		// = 11.6438… → 11.64.
		{"uk style", "1000", "0.085", date(2026, 4, 20), Actual365Fixed, "GBP", "11.64"},
		// Actual/360 (ISDA 2006 §4.16(e)): 1,000,000 × 3.6% × 10 / 360 = 1,000.
		{"actual/360", "1000000", "0.036", date(2026, 3, 11), Actual360, "EUR", "1000"},
		{"paid on time", "1000", "0.1", date(2026, 3, 1), Actual365Fixed, "EUR", "0"},
		{"paid early", "1000", "0.1", date(2026, 2, 1), Actual365Fixed, "EUR", "0"},
		// The same UK case in yen rounds to whole yen: 11.6438… → 12.
		{"yen", "1000", "0.085", date(2026, 4, 20), Actual365Fixed, "JPY", "12"},
		// In dinars to fils (3 places): 11.6438… → 11.644.
		{"dinar", "1000", "0.085", date(2026, 4, 20), Actual365Fixed, "KWD", "11.644"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LateInterest(Interest{Amount: dec(tt.amount), AnnualRate: dec(tt.rate), Due: due, Paid: tt.paid, DayCount: tt.dc, Currency: tt.currency})
			require.NoError(t, err)
			requireDecimal(t, tt.want, got)
		})
	}
	// 36,500 × 10% × 2 / 365 = 20 exactly (Feb 28 → Mar 1 in a leap year).
	got, err := LateInterest(Interest{Amount: dec("36500"), AnnualRate: dec("0.10"), Due: date(2028, 2, 28), Paid: date(2028, 3, 1), Currency: "EUR"})
	require.NoError(t, err)
	requireDecimal(t, "20", got)
	// Places overrides the currency's minor unit: 11.6438… → 11.6438.
	got, err = LateInterest(Interest{Amount: dec("1000"), AnnualRate: dec("0.085"), Due: due, Paid: date(2026, 4, 20), Currency: "JPY", Places: 4})
	require.NoError(t, err)
	requireDecimal(t, "11.6438", got)
}

// TestLateInterestZeroDueDate: a zero due date is bad input, not interest
// since year 1 (the old LateInterest(1000, 0.1, time.Time{}, 2026-01-31,
// Actual360) charged 205,457.22 and no error).
func TestLateInterestZeroDueDate(t *testing.T) {
	got, err := LateInterest(Interest{Amount: dec("1000"), AnnualRate: dec("0.1"), Paid: date(2026, 1, 31), DayCount: Actual360, Currency: "EUR"})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "zero date (Due 0001-01-01, Paid 2026-01-31)")
	requireDecimal(t, "0", got)
	_, err = LateInterest(Interest{Amount: dec("1000"), AnnualRate: dec("0.1"), Due: date(2026, 1, 31), Currency: "EUR"})
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "Paid 0001-01-01")
}

func TestLateInterestDays(t *testing.T) {
	// JPY, no minor unit: 1,000,000 × 14.6% × 10 / 365 = 4,000.
	got, err := LateInterest(Interest{Amount: dec("1000000"), AnnualRate: dec("0.146"), Days: 10, Currency: "JPY"})
	require.NoError(t, err)
	requireDecimal(t, "4000", got)
	// JPY rounds half-up to whole yen: 1,000,000 × 10.15% × 45 / 365 =
	// 12,513.69… → 12,514.
	got, err = LateInterest(Interest{Amount: dec("1000000"), AnnualRate: dec("0.1015"), Days: 45, Currency: "JPY"})
	require.NoError(t, err)
	requireDecimal(t, "12514", got)
	// KWD, 3 places: 1 × 10% × 1 / 365 = 0.000273… → 0.000.
	got, err = LateInterest(Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Days: 1, Currency: "KWD"})
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	// KWD: 1,000 × 10% × 1 / 365 = 0.27397… → 0.274 (EUR would give 0.27).
	got, err = LateInterest(Interest{Amount: dec("1000"), AnnualRate: dec("0.1"), Days: 1, Currency: "KWD"})
	require.NoError(t, err)
	requireDecimal(t, "0.274", got)
	// The dates and the day count give the same interest.
	byDates, err := LateInterest(Interest{Amount: dec("1000"), AnnualRate: dec("0.1"), Due: date(2026, 1, 1), Paid: date(2026, 1, 2), Currency: "KWD"})
	require.NoError(t, err)
	requireDecimal(t, got.String(), byDates)

	for _, tt := range []struct {
		name string
		in   Interest
		text string
	}{
		{"negative days", Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Days: -1, Currency: "EUR"}, "Days -1 is negative"},
		{"negative rate", Interest{Amount: dec("1"), AnnualRate: dec("-0.1"), Days: 1, Currency: "EUR"}, "AnnualRate -0.1"},
		{"negative amount", Interest{Amount: dec("-1000"), AnnualRate: dec("0.1"), Due: date(2026, 3, 1), Paid: date(2026, 4, 1), Currency: "EUR"}, "Amount -1000"},
		{"unknown day count", Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Days: 1, DayCount: DayCount(-1), Currency: "EUR"}, "unknown day count -1"},
		{"both periods", Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Days: 3, Due: date(2026, 1, 1), Paid: date(2026, 1, 5), Currency: "EUR"}, "both set"},
		{"no period", Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Currency: "EUR"}, "no period"},
		{"no currency", Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Days: 1}, "set Places"},
		{"places", Interest{Amount: dec("1"), AnnualRate: dec("0.1"), Days: 1, Places: 19}, "Places 19"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LateInterest(tt.in)
			require.ErrorIs(t, err, ErrInvalidInput)
			require.ErrorContains(t, err, tt.text)
			requireDecimal(t, "0", got)
		})
	}
	require.Equal(t, "Actual/360", Actual360.String())
	require.Equal(t, "Actual/365 (Fixed)", Actual365Fixed.String())
	require.Equal(t, "DayCount(9)", DayCount(9).String())
}

func TestLateDaysGrace(t *testing.T) {
	due := date(2026, 3, 31)
	require.Equal(t, 0, LateDays(due, date(2026, 4, 3), 3)) // within grace
	require.Equal(t, 4, LateDays(due, date(2026, 4, 4), 3)) // counted from the due date
	require.Equal(t, 0, LateDays(due, date(2026, 3, 1), 0))
	require.Equal(t, 1, LateDays(due, date(2026, 4, 1), -5)) // negative grace is none
}

func TestDailyPenalty(t *testing.T) {
	due := date(2026, 6, 30)
	penalty := func(amount, rate string, paid time.Time, grace int, capShare decimal.Decimal) Penalty {
		return Penalty{Amount: dec(amount), DailyRate: dec(rate), Due: due, Paid: paid, GraceDays: grace, CapShare: capShare, Currency: "CNY"}
	}
	// 违约金 0.05% a day: 100,000 × 0.0005 × 30 = 1,500.
	got, err := DailyPenalty(penalty("100000", "0.0005", date(2026, 7, 30), 0, decimal.Zero))
	require.NoError(t, err)
	requireDecimal(t, "1500", got)
	// Capped at 1% of the principal: 1,000.
	got, err = DailyPenalty(penalty("100000", "0.0005", date(2026, 7, 30), 0, dec("0.01")))
	require.NoError(t, err)
	requireDecimal(t, "1000", got)
	// Within 5 grace days: nothing.
	got, err = DailyPenalty(penalty("100000", "0.0005", date(2026, 7, 5), 5, decimal.Zero))
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	// Rounded half-up: 333.33 × 0.0003 × 1 = 0.099999 → 0.10.
	got, err = DailyPenalty(penalty("333.33", "0.0003", date(2026, 7, 1), 0, decimal.Zero))
	require.NoError(t, err)
	requireDecimal(t, "0.1", got)
	// In yen, to whole yen: 3,333 × 0.0005 × 1 = 1.6665 → 2; in dinars to
	// fils: 1.6665 → 1.667 (half-up); with Places 2: 1.67.
	p := penalty("3333", "0.0005", date(2026, 7, 1), 0, decimal.Zero)
	for currency, want := range map[string]string{"JPY": "2", "KWD": "1.667"} {
		p.Currency = currency
		got, err = DailyPenalty(p)
		require.NoError(t, err)
		requireDecimal(t, want, got, currency)
	}
	p.Currency, p.Places = "", 2
	got, err = DailyPenalty(p)
	require.NoError(t, err)
	requireDecimal(t, "1.67", got)

	_, err = DailyPenalty(penalty("1", "-0.1", due, 0, decimal.Zero))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "DailyRate")
	p.Places = 0
	_, err = DailyPenalty(p)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "set Places")
}

func TestEUClaim(t *testing.T) {
	// Directive 2011/7/EU: reference rate 4.5% + 8 points = 12.5%; EUR
	// 10,000 paid 30 days late: 10,000 × 0.125 × 30 / 365 = 37,500 / 365
	// = 102.7397… → 102.74; plus EUR 40 (Art. 6(1)) = 142.74.
	debt := Debt{Amount: dec("10000"), Currency: "EUR", Due: date(2026, 1, 31), Paid: date(2026, 3, 2)}
	c, err := EUClaim(debt, dec("0.045"))
	require.NoError(t, err)
	requireDecimal(t, "0.125", c.Rate)
	require.Equal(t, 30, c.DaysLate)
	requireDecimal(t, "102.74", c.Interest)
	requireDecimal(t, "40", c.Compensation)
	requireDecimal(t, "142.74", c.Total)
	// No currency means the Directive's: EUR, the same claim.
	debt.Currency = ""
	again, err := EUClaim(debt, dec("0.045"))
	require.NoError(t, err)
	require.Equal(t, c, again)
	// Paid on time: no interest, no compensation.
	c, err = EUClaim(Debt{Amount: dec("10000"), Due: date(2026, 1, 31), Paid: date(2026, 1, 31)}, dec("0.045"))
	require.NoError(t, err)
	requireDecimal(t, "0", c.Total)
	// The fixed sum is in euros: a debt in another currency is refused.
	_, err = EUClaim(Debt{Amount: dec("10000"), Currency: "SEK", Due: date(2026, 1, 31), Paid: date(2026, 3, 2)}, dec("0.045"))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, `Currency "SEK"`)
}

func TestUKClaim(t *testing.T) {
	// s.5A Late Payment of Commercial Debts (Interest) Act 1998: £40 under
	// £1,000, £70 from £1,000 to under £10,000, £100 from £10,000.
	for _, tt := range []struct{ debt, fixed string }{
		{"999.99", "40"}, {"1000", "70"}, {"9999.99", "70"}, {"10000", "100"}, {"250000", "100"},
	} {
		c, err := UKClaim(Debt{Amount: dec(tt.debt), Currency: "GBP", Due: date(2026, 1, 1), Paid: date(2026, 1, 2)}, dec("0.05"))
		require.NoError(t, err)
		requireDecimal(t, tt.fixed, c.Compensation, tt.debt)
	}
	// Base rate 5.25% + 8% = 13.25%; £2,500 paid 73 days late:
	// 2,500 × 0.1325 × 73 / 365 = 24,181.25 / 365 = 66.25; + £70 = 136.25.
	c, err := UKClaim(Debt{Amount: dec("2500"), Due: date(2026, 1, 1), Paid: date(2026, 3, 15)}, dec("0.0525"))
	require.NoError(t, err)
	require.Equal(t, 73, c.DaysLate)
	requireDecimal(t, "66.25", c.Interest)
	requireDecimal(t, "136.25", c.Total)

	_, err = UKClaim(Debt{Amount: dec("0"), Due: date(2026, 1, 1), Paid: date(2026, 2, 1)}, dec("0.05"))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = UKClaim(Debt{Amount: dec("10"), Due: date(2026, 1, 1), Paid: date(2026, 2, 1)}, dec("-0.05"))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "baseRate -0.05")
	_, err = UKClaim(Debt{Amount: dec("10"), Currency: "EUR", Due: date(2026, 1, 1), Paid: date(2026, 2, 1)}, dec("0.05"))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "in GBP")
	_, err = EUClaim(Debt{Amount: dec("10"), Paid: date(2026, 2, 1)}, dec("0.05"))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "zero date")
}

// TestDocExample checks the worked example of doc.go: net 30 from 31
// January is due 2 March; paid 16 April is 45 days late, and ¥1,000,000 at
// 10.15% for 45 days is 12,513.69… → ¥12,514.
func TestDocExample(t *testing.T) {
	tm, err := Parse("2/10, n/30")
	require.NoError(t, err)
	invoice := date(2026, 1, 31)
	require.Equal(t, date(2026, 3, 2), tm.DueDate(invoice))
	requireDecimal(t, "0.02", tm.DiscountRate(invoice, invoice.AddDate(0, 0, 10)))
	interest, err := LateInterest(Interest{Amount: dec("1000000"), AnnualRate: dec("0.1015"), Due: tm.DueDate(invoice), Paid: date(2026, 4, 16), Currency: "JPY"})
	require.NoError(t, err)
	requireDecimal(t, "12514", interest)
}
