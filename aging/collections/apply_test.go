package collections

import (
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestApplyToRefsAndProportional(t *testing.T) {
	items := []aging.Item{
		item("I1", "A", "EUR", 60, "100.00"),
		item("I2", "A", "EUR", 30, "200.00"),
		item("I3", "A", "EUR", 5, "300.00"),
	}
	// Remittance names I3 then I1: 300 to I3, 50 of 100 to I1.
	got, err := ApplyToRefs(items, dec("350"), []string{"I3", "I1"})
	require.NoError(t, err)
	require.Equal(t, []string{"I3", "I1"}, []string{got.Applications[0].Ref, got.Applications[1].Ref})
	requireDecimal(t, "50", got.Applications[1].Applied)
	require.Len(t, got.Open, 2) // I1 50 and I2 200
	requireDecimal(t, "50", got.Open[0].Open)
	requireDecimal(t, "0", got.Unapplied)
	// More than named: the rest is unapplied.
	got, err = ApplyToRefs(items, dec("500"), []string{"I1"})
	require.NoError(t, err)
	requireDecimal(t, "400", got.Unapplied)
	_, err = ApplyToRefs(items, dec("1"), []string{"NOPE"})
	require.ErrorIs(t, err, ErrInvalidPayment)

	// Pro rata: 100.01 over 100/200/300 (1/6, 2/6, 3/6) = 16.668…, 33.336…,
	// 50.005 → floors 16.66, 33.33, 50.00 = 99.99; the two cents go to the
	// largest remainders (.0083 for I1 and .0067 for I2): 16.67, 33.34, 50.00.
	got, err = ApplyProportional(items, dec("100.01"), 2)
	require.NoError(t, err)
	requireDecimal(t, "16.67", got.Applications[0].Applied)
	requireDecimal(t, "33.34", got.Applications[1].Applied)
	requireDecimal(t, "50", got.Applications[2].Applied)
	requireDecimal(t, "0", got.Unapplied)
	// Paying more than is open: everything applied, the excess unapplied.
	got, err = ApplyProportional(items, dec("700"), 2)
	require.NoError(t, err)
	require.Empty(t, got.Open)
	requireDecimal(t, "100", got.Unapplied)
	got, err = ApplyProportional([]aging.Item{item("CN", "A", "EUR", 1, "-5")}, dec("10"), 2)
	require.NoError(t, err)
	requireDecimal(t, "10", got.Unapplied)
	_, err = ApplyProportional(items, dec("1"), -1)
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = ApplyProportional(items, dec("-1"), 2)
	require.ErrorIs(t, err, ErrInvalidPayment)
}

// FuzzApplyProportional checks money is conserved by pro-rata application.
func FuzzApplyProportional(f *testing.F) {
	f.Add(int64(10001), int64(20000), int64(30000), int64(10001))
	f.Add(int64(1), int64(1), int64(1), int64(2))
	f.Fuzz(func(t *testing.T, a, b, c, pay int64) {
		items := []aging.Item{item("A", "X", "EUR", 1, decimal.New(a, -2).String()),
			item("B", "X", "EUR", 2, decimal.New(b, -2).String()), item("C", "X", "EUR", 3, decimal.New(c, -2).String())}
		payment := decimal.New(pay, -2)
		got, err := ApplyProportional(items, payment, 2)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPayment)
			return
		}
		before, after := decimal.Zero, decimal.Zero
		for _, it := range items {
			before = before.Add(it.Open)
		}
		for _, it := range got.Open {
			after = after.Add(it.Open)
		}
		require.True(t, before.Sub(payment).Equal(after.Sub(got.Unapplied)), "before %s pay %s after %s unapplied %s", before, payment, after, got.Unapplied)
	})
}

func TestApplyInZeroAndThreeDecimalCurrencies(t *testing.T) {
	// JPY has no minor unit: 1,000 yen over 1,000 / 2,000 / 3,000 is 166.66…,
	// 333.33…, 500 → floors 166, 333, 500 = 999; the last yen goes to the
	// larger remainder (.66… of I1 against .33… of I2): 167, 333, 500.
	// places 0 is the currency's minor unit: JPY's is 0.
	jpy := []aging.Item{item("I1", "A", "JPY", 3, "1000"), item("I2", "A", "JPY", 2, "2000"), item("I3", "A", "JPY", 1, "3000")}
	got, err := ApplyProportional(jpy, dec("1000"), 0)
	require.NoError(t, err)
	requireAmounts(t, []string{"167", "333", "500"}, []decimal.Decimal{got.Applications[0].Applied, got.Applications[1].Applied, got.Applications[2].Applied})
	// KWD has three decimals (fils): 0.010 over 0.001 / 0.002 / 0.003 with
	// FIFO pays the oldest in full first: 0.001, 0.002, 0.003, 0.004 left.
	kwd := []aging.Item{item("K1", "A", "KWD", 3, "0.001"), item("K2", "A", "KWD", 2, "0.002"), item("K3", "A", "KWD", 1, "0.003")}
	fifo, err := ApplyFIFO(kwd, dec("0.010"))
	require.NoError(t, err)
	require.Empty(t, fifo.Open)
	requireDecimal(t, "0.004", fifo.Unapplied)
	// Pro rata to fils: 0.005 over 1:2:3 is 0.000833…, 0.001666…, 0.0025 →
	// floors 0.000, 0.001, 0.002 = 0.003; two fils to the largest
	// remainders (.833… of K1, .666… of K2): 0.001, 0.002, 0.002.
	got, err = ApplyProportional(kwd, dec("0.005"), 3)
	require.NoError(t, err)
	requireAmounts(t, []string{"0.001", "0.002", "0.002"}, []decimal.Decimal{got.Applications[0].Applied, got.Applications[1].Applied, got.Applications[2].Applied})
	// places 0 is KWD's minor unit, three places: the same split.
	got, err = ApplyProportional(kwd, dec("0.005"), 0)
	require.NoError(t, err)
	requireAmounts(t, []string{"0.001", "0.002", "0.002"}, []decimal.Decimal{got.Applications[0].Applied, got.Applications[1].Applied, got.Applications[2].Applied})
	// and EUR's is two: 100.01 over 1:2:3 as with places 2.
	eur := []aging.Item{item("I1", "A", "EUR", 3, "100"), item("I2", "A", "EUR", 2, "200"), item("I3", "A", "EUR", 1, "300")}
	got, err = ApplyProportional(eur, dec("100.01"), 0)
	require.NoError(t, err)
	requireAmounts(t, []string{"16.67", "33.34", "50"}, []decimal.Decimal{got.Applications[0].Applied, got.Applications[1].Applied, got.Applications[2].Applied})
	// A currency that is not an ISO 4217 code has no minor unit: set places.
	odd := []aging.Item{item("I1", "A", "POINTS", 1, "10")}
	_, err = ApplyProportional(odd, dec("1"), 0)
	require.ErrorIs(t, err, ErrInvalidOptions)
	require.ErrorContains(t, err, "set places")
	_, err = ApplyProportional(odd, dec("1"), 2)
	require.NoError(t, err)
}
