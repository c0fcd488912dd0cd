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
		require.ErrorIs(t, err, ErrInvalidSettlement)
	}
	_, err = OpenAsOf(time.Time{}, items, nil)
	require.ErrorIs(t, err, ErrInvalidOptions)
	badItem := items[0]
	badItem.Customer = ""
	_, err = OpenAsOf(monthEnd, []Item{badItem}, nil)
	require.ErrorIs(t, err, ErrInvalidItem)
}

// TestOpenAsOfRepeatedAndEmptyRefs: issue 19. Items X of 10 and X of 20
// with one later settlement of X for 5 rebuilt to 15 + 25 = 40 open (the
// settlement was added to every item with that Ref; checked on the old
// code); they were 35 at most. A settlement must name one item: a shared
// Ref is an error naming it, never merged or split.
func TestOpenAsOfRepeatedAndEmptyRefs(t *testing.T) {
	monthEnd := day(2026, 5, 31)
	x := func(ref, customer, open string) Item {
		return Item{Ref: ref, Customer: customer, Currency: "EUR", Issued: day(2026, 4, 1), Due: day(2026, 5, 1), Open: dec(open)}
	}
	items := []Item{x("X", "A", "10"), x("X", "A", "20")}
	later := Settlement{Ref: "X", Date: day(2026, 6, 3), Amount: dec("5")}
	_, err := OpenAsOf(monthEnd, items, []Settlement{later})
	require.ErrorIs(t, err, ErrInvalidSettlement)
	require.ErrorContains(t, err, `"X", a Ref held by several items`)
	// Two customers' invoices 1001: the same rule (a Settlement has no
	// Customer); per customer, each call rebuilds its own.
	two := []Item{x("1001", "A", "10"), x("1001", "B", "20")}
	_, err = OpenAsOf(monthEnd, two, []Settlement{{Ref: "1001", Date: day(2026, 6, 3), Amount: dec("5")}})
	require.ErrorIs(t, err, ErrInvalidSettlement)
	got, err := OpenAsOf(monthEnd, two[:1], []Settlement{{Ref: "1001", Date: day(2026, 6, 3), Amount: dec("5")}})
	require.NoError(t, err)
	requireDecimal(t, "15", got[0].Open)
	// A repeated Ref that no settlement names is carried as it is, and so
	// is an item with an empty Ref (it cannot be settled).
	carried := []Item{x("X", "A", "10"), x("X", "A", "20"), x("", "A", "7"), x("", "A", "8"), x("Y", "A", "1")}
	got, err = OpenAsOf(monthEnd, carried, []Settlement{{Ref: "Y", Date: day(2026, 6, 3), Amount: dec("5")}})
	require.NoError(t, err)
	require.Len(t, got, 5)
	requireAmounts(t, []string{"10", "20", "7", "8", "6"}, []decimal.Decimal{got[0].Open, got[1].Open, got[2].Open, got[3].Open, got[4].Open})
	// A settlement with an empty Ref names nothing, even if an item has none.
	_, err = OpenAsOf(monthEnd, carried, []Settlement{{Date: day(2026, 6, 3), Amount: dec("5")}})
	require.ErrorIs(t, err, ErrInvalidSettlement)
	require.ErrorContains(t, err, "settlement 0 has an empty Ref")
	// Money is conserved: Σ rebuilt = Σ today + Σ later settlements.
	got, err = OpenAsOf(monthEnd, []Item{x("P", "A", "10"), x("Q", "A", "20")},
		[]Settlement{{Ref: "P", Date: day(2026, 6, 3), Amount: dec("5")}, {Ref: "P", Date: day(2026, 6, 4), Amount: dec("1")}})
	require.NoError(t, err)
	requireAmounts(t, []string{"16", "20"}, []decimal.Decimal{got[0].Open, got[1].Open})
}
