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
		want         string
	}{
		// UK method (gov.uk, "Late commercial payments: charging interest and
		// debt recovery": annual interest = debt × (base + 8%), daily = /365):
		// £1,000 at 8.5% for 50 days = 1,000 × 0.085 × 50 / 365 = 4,250 / 365
		// = 11.6438… → 11.64.
		{"uk style", "1000", "0.085", date(2026, 4, 20), Actual365Fixed, "11.64"},
		// Actual/360 (ISDA 2006 §4.16(e)): 1,000,000 × 3.6% × 10 / 360 = 1,000.
		{"actual/360", "1000000", "0.036", date(2026, 3, 11), Actual360, "1000"},
		{"paid on time", "1000", "0.1", date(2026, 3, 1), Actual365Fixed, "0"},
		{"paid early", "1000", "0.1", date(2026, 2, 1), Actual365Fixed, "0"},
		{"unknown day count", "1000", "0.1", date(2026, 4, 1), DayCount(7), "0"},
		{"negative amount", "-1000", "0.1", date(2026, 4, 1), Actual365Fixed, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			requireDecimal(t, tt.want, LateInterest(dec(tt.amount), dec(tt.rate), due, tt.paid, tt.dc))
		})
	}
	// 36,500 × 10% × 2 / 365 = 20 exactly (Feb 28 → Mar 1 in a leap year).
	requireDecimal(t, "20", LateInterest(dec("36500"), dec("0.10"), date(2028, 2, 28), date(2028, 3, 1), Actual365Fixed))
}

func TestLateInterestIn(t *testing.T) {
	// JPY, no minor unit: 1,000,000 × 14.6% × 10 / 365 = 4,000.
	got, err := LateInterestIn(dec("1000000"), dec("0.146"), 10, Actual365Fixed, 0)
	require.NoError(t, err)
	requireDecimal(t, "4000", got)
	// KWD, 3 places: 1 × 10% × 1 / 365 = 0.000273… → 0.000.
	got, err = LateInterestIn(dec("1"), dec("0.1"), 1, Actual365Fixed, 3)
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	_, err = LateInterestIn(dec("1"), dec("0.1"), -1, Actual365Fixed, 2)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = LateInterestIn(dec("1"), dec("-0.1"), 1, Actual365Fixed, 2)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "annualRate")
	_, err = LateInterestIn(dec("1"), dec("0.1"), 1, DayCount(-1), 2)
	require.ErrorIs(t, err, ErrInvalidInput)
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
	// 违约金 0.05% a day: 100,000 × 0.0005 × 30 = 1,500.
	got, err := DailyPenalty(dec("100000"), dec("0.0005"), due, date(2026, 7, 30), 0, decimal.Zero, 2)
	require.NoError(t, err)
	requireDecimal(t, "1500", got)
	// Capped at 1% of the principal: 1,000.
	got, err = DailyPenalty(dec("100000"), dec("0.0005"), due, date(2026, 7, 30), 0, dec("0.01"), 2)
	require.NoError(t, err)
	requireDecimal(t, "1000", got)
	// Within 5 grace days: nothing.
	got, err = DailyPenalty(dec("100000"), dec("0.0005"), due, date(2026, 7, 5), 5, decimal.Zero, 2)
	require.NoError(t, err)
	requireDecimal(t, "0", got)
	// Rounded half-up: 333.33 × 0.0003 × 1 = 0.099999 → 0.10.
	got, err = DailyPenalty(dec("333.33"), dec("0.0003"), due, date(2026, 7, 1), 0, decimal.Zero, 2)
	require.NoError(t, err)
	requireDecimal(t, "0.1", got)
	_, err = DailyPenalty(dec("1"), dec("-0.1"), due, due, 0, decimal.Zero, 2)
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "dailyRate")
}

func TestEUClaim(t *testing.T) {
	// Directive 2011/7/EU: reference rate 4.5% + 8 points = 12.5%; EUR
	// 10,000 paid 30 days late: 10,000 × 0.125 × 30 / 365 = 37,500 / 365
	// = 102.7397… → 102.74; plus EUR 40 (Art. 6(1)) = 142.74.
	c, err := EUClaim(dec("10000"), dec("0.045"), date(2026, 1, 31), date(2026, 3, 2))
	require.NoError(t, err)
	requireDecimal(t, "0.125", c.Rate)
	require.Equal(t, 30, c.DaysLate)
	requireDecimal(t, "102.74", c.Interest)
	requireDecimal(t, "40", c.Compensation)
	requireDecimal(t, "142.74", c.Total)
	// Paid on time: no interest, no compensation.
	c, err = EUClaim(dec("10000"), dec("0.045"), date(2026, 1, 31), date(2026, 1, 31))
	require.NoError(t, err)
	requireDecimal(t, "0", c.Total)
}

func TestUKClaim(t *testing.T) {
	// s.5A Late Payment of Commercial Debts (Interest) Act 1998: £40 under
	// £1,000, £70 from £1,000 to under £10,000, £100 from £10,000.
	for _, tt := range []struct{ debt, fixed string }{
		{"999.99", "40"}, {"1000", "70"}, {"9999.99", "70"}, {"10000", "100"}, {"250000", "100"},
	} {
		c, err := UKClaim(dec(tt.debt), dec("0.05"), date(2026, 1, 1), date(2026, 1, 2))
		require.NoError(t, err)
		requireDecimal(t, tt.fixed, c.Compensation, tt.debt)
	}
	// Base rate 5.25% + 8% = 13.25%; £2,500 paid 73 days late:
	// 2,500 × 0.1325 × 73 / 365 = 24,181.25 / 365 = 66.25; + £70 = 136.25.
	c, err := UKClaim(dec("2500"), dec("0.0525"), date(2026, 1, 1), date(2026, 3, 15))
	require.NoError(t, err)
	require.Equal(t, 73, c.DaysLate)
	requireDecimal(t, "66.25", c.Interest)
	requireDecimal(t, "136.25", c.Total)

	_, err = UKClaim(dec("0"), dec("0.05"), date(2026, 1, 1), date(2026, 2, 1))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = UKClaim(dec("10"), dec("-0.05"), date(2026, 1, 1), date(2026, 2, 1))
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = EUClaim(dec("10"), dec("0.05"), time.Time{}, date(2026, 2, 1))
	require.ErrorIs(t, err, ErrInvalidInput)
	require.ErrorContains(t, err, "zero date")
}
