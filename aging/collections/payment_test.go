package collections

import (
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestApplyFIFO(t *testing.T) {
	items := []aging.Item{
		item("I3", "A", "EUR", 5, "300.00"),
		item("I1", "A", "EUR", 60, "100.00"),
		item("I2", "A", "EUR", 30, "200.00"),
		item("CN", "A", "EUR", 10, "-50.00"),
	}
	// Payment 200 + credit note 50 = 250: I1 (oldest) 100, I2 150 of 200;
	// I2 keeps 50 open, I3 300. Before 550 − 200 = 350 = after 350 − 0.
	got, err := ApplyFIFO(items, dec("200"))
	require.NoError(t, err)
	require.Equal(t, []string{"CN", "I1", "I2"}, []string{got.Applications[0].Ref, got.Applications[1].Ref, got.Applications[2].Ref})
	requireDecimal(t, "150", got.Applications[2].Applied)
	require.Len(t, got.Open, 2)
	requireDecimal(t, "50", got.Open[0].Open)
	requireDecimal(t, "0", got.Unapplied)
	// Over-payment: 1,000 + 50 against 600 leaves 450 unapplied.
	got, err = ApplyFIFO(items, dec("1000"))
	require.NoError(t, err)
	require.Empty(t, got.Open)
	requireDecimal(t, "450", got.Unapplied)

	_, err = ApplyFIFO(items, dec("-1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
	mixed := append([]aging.Item{}, items...)
	mixed[1].Currency = "USD"
	_, err = ApplyFIFO(mixed, dec("1"))
	require.ErrorIs(t, err, ErrInvalidPayment)
	bad := append([]aging.Item{}, items...)
	bad[0].Issued = time.Time{}
	_, err = ApplyFIFO(bad, dec("1"))
	require.ErrorIs(t, err, aging.ErrInvalidItem)
}

// FuzzApplyFIFO checks money is conserved: Σ open before − payment =
// Σ open after − unapplied, and nothing ends negative.
func FuzzApplyFIFO(f *testing.F) {
	f.Add(int64(20000), int64(10000), int64(-5000), int64(30000), uint8(3))
	f.Add(int64(0), int64(0), int64(0), int64(0), uint8(0))
	f.Fuzz(func(t *testing.T, a, b, c, pay int64, ages uint8) {
		items := []aging.Item{
			item("A", "X", "EUR", int(ages%90), decimal.New(a, -2).String()),
			item("B", "X", "EUR", int(ages%30), decimal.New(b, -2).String()),
			item("C", "X", "EUR", int(ages%7), decimal.New(c, -2).String()),
		}
		payment := decimal.New(pay, -2)
		got, err := ApplyFIFO(items, payment)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPayment)
			return
		}
		before, after := decimal.Zero, decimal.Zero
		for _, it := range items {
			before = before.Add(it.Open)
		}
		for _, it := range got.Open {
			require.True(t, it.Open.IsPositive())
			after = after.Add(it.Open)
		}
		require.False(t, got.Unapplied.IsNegative())
		require.True(t, before.Sub(payment).Equal(after.Sub(got.Unapplied)), "before %s pay %s after %s unapplied %s", before, payment, after, got.Unapplied)
	})
}
