package aging

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestOpenAsOfMatchesTheBalanceSheet(t *testing.T) {
	// Today (asOf + 30 days) INV-1 is paid (Open 0), INV-2 half paid.
	// As of month end both were fully open: 1,000 and 400; INV-3 was issued
	// after month end and does not belong in that report.
	monthEnd := day(2026, 5, 31)
	items := []Item{
		{Ref: "INV-1", Customer: "A", Currency: "EUR", Issued: day(2026, 4, 1), Due: day(2026, 5, 1), Open: dec("0")},
		{Ref: "INV-2", Customer: "A", Currency: "EUR", Issued: day(2026, 5, 10), Due: day(2026, 6, 9), Open: dec("200")},
		{Ref: "INV-3", Customer: "A", Currency: "EUR", Issued: day(2026, 6, 5), Due: day(2026, 7, 5), Open: dec("700")},
		{Ref: "INV-4", Customer: "A", Currency: "EUR", Issued: day(2026, 3, 1), Due: day(2026, 3, 31), Open: dec("0")},
	}
	settlements := []Settlement{
		{Ref: "INV-1", Date: day(2026, 6, 3), Amount: dec("1000")}, // after month end: counts back
		{Ref: "INV-2", Date: day(2026, 6, 20), Amount: dec("200")},
		{Ref: "INV-4", Date: day(2026, 5, 31), Amount: dec("50")}, // on month end: already paid then
	}
	got, err := OpenAsOf(monthEnd, items, settlements)
	require.NoError(t, err)
	require.Len(t, got, 2)
	require.Equal(t, "INV-1", got[0].Ref)
	requireDecimal(t, "1000", got[0].Open)
	requireDecimal(t, "400", got[1].Open)
	r, err := AgeSlice(monthEnd, got, Options{})
	require.NoError(t, err)
	requireDecimal(t, "1400", r.Currencies[0].Total)
	// INV-1 was 30 days past due on May 31: bucket 1–30.
	requireAmounts(t, []string{"400", "1000", "0", "0", "0"}, r.Currencies[0].Amounts)

	for _, bad := range []Settlement{
		{Ref: "NOPE", Date: day(2026, 6, 1), Amount: dec("1")},
		{Ref: "INV-1", Amount: dec("1")},
		{Ref: "INV-1", Date: day(2026, 6, 1), Amount: dec("-1")},
	} {
		_, err := OpenAsOf(monthEnd, items, []Settlement{bad})
		require.ErrorIs(t, err, ErrInvalidPayment)
	}
	_, err = OpenAsOf(time.Time{}, items, nil)
	require.ErrorIs(t, err, ErrInvalidOptions)
	badItem := items[0]
	badItem.Customer = ""
	_, err = OpenAsOf(monthEnd, []Item{badItem}, nil)
	require.ErrorIs(t, err, ErrInvalidItem)
}

func TestWriteOffCandidates(t *testing.T) {
	items := []Item{
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
	require.ErrorIs(t, err, ErrInvalidRates)
	_, err = WriteOffCandidates(asOf, items, WriteOffPolicy{MinDaysPastDue: -1})
	require.ErrorIs(t, err, ErrInvalidOptions)
	_, err = WriteOffCandidates(time.Time{}, items, WriteOffPolicy{})
	require.ErrorIs(t, err, ErrInvalidOptions)
	bad := items[0]
	bad.Due = time.Time{}
	_, err = WriteOffCandidates(asOf, []Item{bad}, WriteOffPolicy{})
	require.ErrorIs(t, err, ErrInvalidItem)
	none, err := WriteOffCandidates(asOf, items, WriteOffPolicy{})
	require.NoError(t, err)
	require.Empty(t, none)
}
