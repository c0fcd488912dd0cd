package credit

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIndexFromDaysAnchorsRoundTrip(t *testing.T) {
	// The anchors of the Dun & Bradstreet PAYDEX scale, both ways.
	anchors := []struct{ days, index string }{
		{"-30", "100"}, {"-20", "90"}, {"0", "80"}, {"15", "70"}, {"22", "60"},
		{"30", "50"}, {"60", "40"}, {"90", "30"}, {"120", "20"}, {"180", "0"},
	}
	for _, a := range anchors {
		requireDecimal(t, a.index, indexFromDays(ctlDec(a.days)), "days %s", a.days)
		days, err := daysFromIndex(ctlDec(a.index))
		require.NoError(t, err)
		requireDecimal(t, a.days, days, "index %s", a.index)
	}
}

func TestIndexFromDaysPaydexChart(t *testing.T) {
	// Intermediate rows of D&B's PAYDEX value chart (dandb.com glossary,
	// "PAYDEX"), reproduced by linear interpolation:
	tests := []struct{ days, index string }{
		{"-18", "89"},  // 90 + 2 × (80 − 90) ÷ 20 = 89: "89 = 18 days sooner"
		{"-16", "88"},  // 90 − 4 ÷ 2 = 88: "88 = 16 days sooner"
		{"-8", "84"},   // 90 − 12 ÷ 2 = 84: "84 = 8 days sooner"
		{"26", "55"},   // 60 + 4 × (50 − 60) ÷ 8 = 55: "55 = 26 days beyond"
		{"45", "45"},   // 50 + 15 × (40 − 50) ÷ 30 = 45: "45 = 45 days beyond"
		{"33", "49"},   // 50 − 3 ÷ 3 = 49: "49 = 33 days beyond"
		{"-45", "100"}, // earlier than 30 days is still 100
		{"7.5", "75"},  // 80 + 7.5 × (70 − 80) ÷ 15 = 75
		{"150", "10"},  // 20 + 30 × (0 − 20) ÷ 60 = 10
		{"365", "0"},   // clamped
		{"1e30", "0"},  // huge input, no overflow
		{"-1e30", "100"},
		// 70 + 3 × (60 − 70) ÷ 7 = 70 − 30 ÷ 7, the division at 16 places:
		// 30 ÷ 7 = 4.2857142857142857|14… → 65.7142857142857143.
		{"18", "65.7142857142857143"},
	}
	for _, tt := range tests {
		requireDecimal(t, tt.index, indexFromDays(ctlDec(tt.days)), "days %s", tt.days)
	}
}

func TestDaysFromIndex(t *testing.T) {
	// 65 lies between 70 (15 days) and 60 (22 days):
	// 15 + (65 − 70) × (22 − 15) ÷ (60 − 70) = 15 + 3.5 = 18.5.
	days, err := daysFromIndex(ctlDec("65"))
	require.NoError(t, err)
	requireDecimal(t, "18.5", days)
	// 75 → 0 + (75 − 80) × 15 ÷ (70 − 80) = 7.5.
	days, err = daysFromIndex(ctlDec("75"))
	require.NoError(t, err)
	requireDecimal(t, "7.5", days)
	for _, bad := range []string{"100.01", "-0.01", "1e30"} {
		_, err := daysFromIndex(ctlDec(bad))
		require.ErrorIs(t, err, ErrInvalidExperience, bad)
	}
	// Round trip off the anchors, at full internal precision.
	for day := -30; day <= 180; day++ {
		back, err := daysFromIndex(indexFromDays(decimal.NewFromInt(int64(day))))
		require.NoError(t, err)
		diff := back.Sub(decimal.NewFromInt(int64(day))).Abs()
		require.True(t, diff.LessThan(ctlDec("1e-13")), "day %d came back as %s", day, back)
	}
}

func TestPaymentIndex(t *testing.T) {
	// 10,000 on terms (80), 5,000 paid 30 days late (50) and 5,000 paid
	// 20 days early (90): (10,000×80 + 5,000×50 + 5,000×90) ÷ 20,000 =
	// 1,500,000 ÷ 20,000 = 75, which stands for 7.5 days beyond terms.
	got, err := PaymentIndex([]PaymentExperience{
		{Ref: "INV-1", Currency: "EUR", Amount: ctlDec("10000"), DaysBeyondTerms: 0},
		{Ref: "INV-2", Currency: "EUR", Amount: ctlDec("5000"), DaysBeyondTerms: 30},
		{Ref: "INV-3", Currency: "EUR", Amount: ctlDec("5000"), DaysBeyondTerms: -20},
		{Ref: "INV-4", Currency: "EUR", Amount: ctlDec("0"), DaysBeyondTerms: 400}, // skipped
	})
	require.NoError(t, err)
	requireDecimal(t, "75", got.Index)
	requireDecimal(t, "7.5", got.DaysBeyondTerms)
	requireDecimal(t, "20000", got.Amount)
	assert.Equal(t, 3, got.Experiences)
	assert.Equal(t, "EUR", got.Currency)

	// Averaging indices, not days: equal amounts on terms (80) and 120
	// days late (20) give (80 + 20) ÷ 2 = 50, "30 days beyond"; the
	// average delay of 60 days would have scored 40.
	got, err = PaymentIndex([]PaymentExperience{
		{Amount: ctlDec("1"), DaysBeyondTerms: 0}, {Amount: ctlDec("1"), DaysBeyondTerms: 120},
	})
	require.NoError(t, err)
	requireDecimal(t, "50", got.Index)
	requireDecimal(t, "30", got.DaysBeyondTerms)

	// Rounding at the edge: weights 1 and 2 at 80 and 70 give
	// (80 + 140) ÷ 3 = 73.333… → 73.3333 at RatePlaces (4; it was 73.33 at
	// the old IndexPlaces 2, before issue 18 gave the package one
	// precision), and the delay 0 + (73.333… − 80) × 15 ÷ (70 − 80) = 10
	// days exactly (10.0000000000000001 at 16 places, rounded to 10.0000).
	got, err = PaymentIndex([]PaymentExperience{
		{Amount: ctlDec("1"), DaysBeyondTerms: 0}, {Amount: ctlDec("2"), DaysBeyondTerms: 15},
	})
	require.NoError(t, err)
	requireDecimal(t, "73.3333", got.Index)
	requireDecimal(t, "10", got.DaysBeyondTerms)
}

func TestPaymentIndexErrors(t *testing.T) {
	_, err := PaymentIndex(nil)
	require.ErrorIs(t, err, ErrInvalidExperience)
	_, err = PaymentIndex([]PaymentExperience{{Amount: decimal.Zero}})
	require.ErrorIs(t, err, ErrInvalidExperience)
	_, err = PaymentIndex([]PaymentExperience{{Ref: "INV-9", Amount: ctlDec("-1")}})
	require.ErrorIs(t, err, ErrInvalidExperience)
	assert.Contains(t, err.Error(), `"INV-9"`)
	_, err = PaymentIndex([]PaymentExperience{{Currency: "EUR", Amount: ctlDec("1")}, {Currency: "USD", Amount: ctlDec("1")}})
	require.ErrorIs(t, err, ErrCurrencyMismatch)
}

func FuzzPaymentIndex(f *testing.F) {
	f.Add("1000", 0, "500", 30, "250", -20, "EUR", "EUR")
	f.Add("0", 99999, "1e30", -99999, "0.000000000000000000000000000001", 180, "", "")
	f.Add("-1", 0, "1", 0, "1", 0, "EUR", "USD")
	f.Add("1e-2000000000", 0, "1", 0, "0e2000000000", 0, "EUR", "EUR")
	f.Fuzz(func(t *testing.T, a1 string, d1 int, a2 string, d2 int, a3 string, d3 int, c1, c2 string) {
		var xs []PaymentExperience
		for i, p := range []struct {
			a string
			d int
			c string
		}{{a1, d1, c1}, {a2, d2, c1}, {a3, d3, c2}} {
			v, ok := ctlFuzzDec(p.a)
			if !ok {
				return
			}
			xs = append(xs, PaymentExperience{Ref: string(rune('A' + i)), Currency: p.c, Amount: v, DaysBeyondTerms: p.d})
		}
		res, err := PaymentIndex(xs)
		if err != nil {
			requireSentinel(t, err)
			return
		}
		// 0 ≤ index ≤ 100 and between the best and worst experience.
		lo, hi := decimal.NewFromInt(100), decimal.Zero
		for _, x := range xs {
			if x.Amount.IsPositive() {
				idx := indexFromDays(decimal.NewFromInt(int64(x.DaysBeyondTerms))).Round(RatePlaces)
				lo, hi = decimal.Min(lo, idx), decimal.Max(hi, idx)
			}
		}
		require.True(t, res.Index.GreaterThanOrEqual(lo) && res.Index.LessThanOrEqual(hi), "%s not in [%s, %s]", res.Index, lo, hi)
		back, err := daysFromIndex(res.Index)
		require.NoError(t, err)
		require.True(t, back.Sub(res.DaysBeyondTerms).Abs().LessThan(decimal.NewFromInt(1)))
	})
}

func BenchmarkPaymentIndex1000(b *testing.B) {
	xs := make([]PaymentExperience, 1000)
	for i := range xs {
		xs[i] = PaymentExperience{Currency: "EUR", Amount: decimal.NewFromInt(int64(100 + i)), DaysBeyondTerms: i%150 - 30}
	}
	b.ReportAllocs()
	for range b.N {
		if _, err := PaymentIndex(xs); err != nil {
			b.Fatal(err)
		}
	}
}
