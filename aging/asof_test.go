package aging

import (
	"testing"
	"time"

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
		require.ErrorIs(t, err, ErrInvalidSettlement)
	}
	_, err = OpenAsOf(time.Time{}, items, nil)
	require.ErrorIs(t, err, ErrInvalidOptions)
	badItem := items[0]
	badItem.Customer = ""
	_, err = OpenAsOf(monthEnd, []Item{badItem}, nil)
	require.ErrorIs(t, err, ErrInvalidItem)
}
