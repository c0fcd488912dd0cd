package collections

import (
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
		Insolvent: map[string]bool{"C": true}, Rates: rates})
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

	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{Rates: rates[:2]})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{Places: 19})
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
