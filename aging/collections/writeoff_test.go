package collections

import (
	"math"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestWriteOffCandidates(t *testing.T) {
	items := []aging.Item{
		item("OLD", "A", "EUR", 400, "1000.00"),
		item("SMALL", "B", "EUR", 10, "4.99"),
		item("INSOL", "C", "EUR", 5, "250.00"),
		item("DISP", "A", "EUR", 500, "90.00"),
		item("FINE", "B", "EUR", 20, "500.00"),
		item("CREDIT", "C", "EUR", 400, "-30.00"),
	}
	items[3].Disputed = true
	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.5")}
	got, err := WriteOffCandidates(asOf, items, WriteOffPolicy{MinDaysPastDue: 365, SmallBalance: dec("5"),
		Insolvent: map[string]bool{"C": true}, Matrix: aging.Matrix{Rates: rates}})
	require.NoError(t, err)
	require.Len(t, got, 3)
	require.Equal(t, []string{"OLD", "SMALL", "INSOL"}, []string{got[0].Ref, got[1].Ref, got[2].Ref})
	require.Equal(t, "days past due", got[0].Reason)
	// 1,000.00 in 90+ at 50% = 500.00 already held; 250.00 in 1–30 at
	// 1.6% = 4.00; 4.99 at 1.6% = 0.07984 → 0.08.
	requireDecimal(t, "500", got[0].Provision)
	requireDecimal(t, "0.08", got[1].Provision)
	require.Equal(t, "insolvent", got[2].Reason)
	requireDecimal(t, "4", got[2].Provision)

	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{Matrix: aging.Matrix{Rates: rates[:2]}})
	require.ErrorIs(t, err, ErrInvalidOptions)
	require.ErrorIs(t, err, aging.ErrInvalidRates)
	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{Matrix: aging.Matrix{Places: 19}})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{Matrix: aging.Matrix{Rates: rates, Places: 19}})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{MinDaysPastDue: -1})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = WriteOffCandidates(time.Time{}, items, WriteOffPolicy{})
	require.ErrorIs(t, err, ErrInvalidOptions)
	bad := items[0]
	bad.Due = time.Time{}
	_, err = WriteOffCandidates(asOf, []aging.Item{bad}, WriteOffPolicy{})
	require.ErrorIs(t, err, aging.ErrInvalidItem)
	none, err := WriteOffCandidates(asOf, items, WriteOffPolicy{})
	require.NoError(t, err)
	require.Empty(t, none)
}

// Issue 19: write-off candidates accepted a rate of −5 (a provision of
// −500.00 on 100.00), ignored the matrix's adjustment and specific rates,
// and range-checked nothing (issue 25: a rate of exponent 2³¹−1 stalled).
// Checked on the old code: −5 gave Provision −500 and no error. The
// policy now takes the aging.Matrix and its ItemProvision rule.
func TestWriteOffUsesTheMatrixRule(t *testing.T) {
	old := []aging.Item{item("OLD", "A", "EUR", 400, "100.00")}
	five := func(v decimal.Decimal) []decimal.Decimal { return []decimal.Decimal{v, v, v, v, v} }
	_, err := WriteOffCandidates(asOf, old, WriteOffPolicy{MinDaysPastDue: 1, Matrix: aging.Matrix{Rates: five(dec("-5"))}})
	require.ErrorIs(t, err, ErrInvalidOptions)
	require.ErrorIs(t, err, aging.ErrInvalidRates)
	require.ErrorContains(t, err, "Rates[0] (-5) is outside [0, 1]")

	rates := []decimal.Decimal{dec("0.003"), dec("0.016"), dec("0.036"), dec("0.066"), dec("0.5")}
	m := aging.Matrix{Rates: rates, Adjustment: dec("1.1"), Specific: map[string]decimal.Decimal{"Insolvent": dec("1")}}
	items := []aging.Item{item("OLD", "A", "EUR", 400, "100.5"), item("OLD2", "B", "EUR", 400, "100.50"), item("INS", "Insolvent", "EUR", 5, "80.00")}
	got, err := WriteOffCandidates(asOf, items, WriteOffPolicy{MinDaysPastDue: 365, Insolvent: map[string]bool{"Insolvent": true}, Matrix: m})
	require.NoError(t, err)
	require.Len(t, got, 3)
	// 100.5 × 0.5 × 1.1 = 55.275 → 55.28, whatever the amount's exponent;
	// the insolvent customer's item at its specific rate, 100%.
	requireDecimal(t, "55.28", got[0].Provision)
	requireDecimal(t, "55.28", got[1].Provision)
	requireDecimal(t, "80", got[2].Provision)
	// The same figure as aging.ProvisionMatrix on a report of the item.
	r, err := aging.AgeSlice(asOf, items[:1], aging.Options{})
	require.NoError(t, err)
	p, err := aging.ProvisionMatrix(r, m)
	require.NoError(t, err)
	requireDecimal(t, p.Customers[0].Total.String(), got[0].Provision)

	for _, bad := range []WriteOffPolicy{
		{MinDaysPastDue: 1, Matrix: aging.Matrix{Rates: five(decimal.New(1, math.MaxInt32))}},
		{MinDaysPastDue: 1, Matrix: aging.Matrix{Rates: rates, Adjustment: decimal.New(1, math.MinInt32)}},
		{MinDaysPastDue: 1, Matrix: aging.Matrix{Rates: rates, Adjustment: dec("3")}}, // 0.5 × 3 > 1
		{SmallBalance: decimal.New(1, math.MinInt32)},
		{SmallBalance: decimal.New(1, math.MaxInt32)},
	} {
		_, err := WriteOffCandidates(asOf, old, bad)
		require.ErrorIs(t, err, ErrInvalidOptions)
		require.Less(t, len(err.Error()), 300)
	}
}
