package aging

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestAgeParallelCapsShardsByTheWork(t *testing.T) {
	// 20,000 items are 5 chunks: 20,000 shards built 20,000 agers (412 MB)
	// for 5 goroutines' work.
	var items []Item
	for i := range 20_000 {
		items = append(items, item(fmt.Sprint("R", i), fmt.Sprint("C", i%50), "EUR", i%120, "1.25"))
	}
	want, err := AgeSlice(asOf, items, Options{})
	require.NoError(t, err)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r, err := AgeParallel(asOf, items, Options{}, 20_000)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	require.Equal(t, want, r)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(8<<20), "bytes allocated")
	allocs := testing.AllocsPerRun(3, func() { _, _ = AgeParallel(asOf, items[:100], Options{}, 1000) })
	single := testing.AllocsPerRun(3, func() { _, _ = AgeParallel(asOf, items[:100], Options{}, 1) })
	require.Equal(t, single, allocs, "100 items are one chunk: one ager")
}

func TestBlankNamesAreRejected(t *testing.T) {
	for _, tc := range []struct{ customer, currency, field string }{
		{" ", "EUR", "Customer"}, {"\t\n ", "EUR", "Customer"}, {"\u00a0\u2003", "EUR", "Customer"},
		{"Acme", " ", "Currency"}, {"Acme", "\u3000", "Currency"}, {"  ", "  ", "Customer"},
	} {
		it := item("B1", tc.customer, tc.currency, 10, "5")
		var ie ItemError
		require.ErrorAs(t, it.Validate(), &ie, "%q %q", tc.customer, tc.currency)
		require.Equal(t, tc.field, ie.Field)
		require.Equal(t, "is blank", ie.Reason)
		items := []Item{item("A1", "Acme", "EUR", 3, "1"), it}
		for _, age := range []func(Options) (Report, error){
			func(o Options) (Report, error) { return AgeSlice(asOf, items, o) },
			func(o Options) (Report, error) { return AgeParallel(asOf, items, o, 2) },
		} {
			_, err := age(Options{})
			require.True(t, errors.Is(err, ErrInvalidItem), "%v", err)
			require.Equal(t, it.Validate(), err)
			r, err := age(Options{CollectErrors: true})
			require.NoError(t, err)
			require.Len(t, r.Customers, 1)
			require.Equal(t, []ItemError{ie}, r.Rejected)
		}
	}
	// A name with spaces around it is not blank, and is its own row.
	r, err := AgeSlice(asOf, []Item{item("A", "Acme", "EUR", 1, "1"), item("B", " Acme ", "EUR", 1, "1")}, Options{})
	require.NoError(t, err)
	require.Len(t, r.Customers, 2)
}

func TestNormalisationIsTheCallers(t *testing.T) {
	// "Müller" in NFC (one code point ü) and NFD (u + combining diaeresis)
	// are two rows: the package compares bytes, as documented on Item.
	r, err := AgeSlice(asOf, []Item{item("A", "M\u00fcller", "EUR", 1, "1"), item("B", "Mu\u0308ller", "EUR", 1, "1")}, Options{})
	require.NoError(t, err)
	require.Len(t, r.Customers, 2)
}

func TestDueBeforeIssuedAcrossAHundredHourZone(t *testing.T) {
	// Issue 25's reproduction: issued 2026-06-10 in a zone 100 h east of
	// UTC (the instant is 2026-06-06 UTC), due 2026-06-08 UTC — due two
	// days before it is issued, by the civil dates, though the due instant
	// is two days after the issue instant. The old prefilter (offsets
	// within 26 h) accepted it.
	issued := time.Date(2026, 6, 10, 0, 0, 0, 0, time.FixedZone("UTC+100", 100*3600))
	due := time.Date(2026, 6, 8, 0, 0, 0, 0, time.UTC)
	require.True(t, due.After(issued))
	it := Item{Ref: "Z100", Customer: "Acme", Currency: "EUR", Issued: issued, Due: due, Open: dec("10")}
	var ie ItemError
	require.ErrorAs(t, it.Validate(), &ie)
	require.Equal(t, ItemError{Ref: "Z100", Field: "Due", Reason: "2026-06-08 is before Issued 2026-06-10"}, ie)
	for _, basis := range []Basis{DaysPastDue, DaysSinceInvoice} {
		_, err := AgeSlice(asOf, []Item{it}, Options{Basis: basis})
		require.Equal(t, it.Validate(), err)
		_, err = AgeParallel(asOf, []Item{it}, Options{Basis: basis}, 2)
		require.Equal(t, it.Validate(), err)
	}
}

func TestOldestDaysSaturatesOnlyBeyondYear9999(t *testing.T) {
	// Years 1 to 9999 are 3,652,058 days apart: the int32 age is exact.
	first := time.Date(1, 1, 1, 12, 0, 0, 0, time.UTC) // noon: midnight is the zero time
	last := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	r, err := AgeSlice(last, []Item{{Ref: "OLD", Customer: "A", Currency: "EUR", Issued: first, Due: first, Open: dec("1")}}, Options{})
	require.NoError(t, err)
	require.Equal(t, 3_652_058, r.Customers[0].Oldest.Days)
	// Six million years on, it saturates (documented on Item.Validate).
	far := time.Date(6_000_000, 1, 1, 0, 0, 0, 0, time.UTC)
	r, err = AgeSlice(far, []Item{{Ref: "OLD", Customer: "A", Currency: "EUR", Issued: first, Due: first, Open: dec("1")}}, Options{})
	require.NoError(t, err)
	require.Equal(t, math.MaxInt32, r.Customers[0].Oldest.Days)
	r, err = AgeSlice(first, []Item{{Ref: "NEW", Customer: "A", Currency: "EUR", Issued: far, Due: far, Open: dec("1")}}, Options{})
	require.NoError(t, err)
	require.Equal(t, -math.MaxInt32, r.Customers[0].Oldest.Days)
}
