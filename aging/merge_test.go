package aging_test

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

// requireSameReport compares two reports value by value (decimals with Equal).
func requireSameReport(t testing.TB, want, got aging.Report) {
	t.Helper()
	require.True(t, want.AsOf.Equal(got.AsOf))
	require.Equal(t, want.Buckets, got.Buckets)
	for _, rows := range [][2][]aging.Totals{{want.Currencies, got.Currencies}, {want.Customers, got.Customers}} {
		require.Len(t, rows[1], len(rows[0]))
		for i, w := range rows[0] {
			g := rows[1][i]
			require.Equal(t, [2]string{w.Customer, w.Currency}, [2]string{g.Customer, g.Currency})
			require.Equal(t, w.Items, g.Items, w.Customer)
			require.Equal(t, w.Oldest, g.Oldest, w.Customer)
			require.Equal(t, w.OldestDebit, g.OldestDebit, w.Customer)
			require.True(t, w.Total.Equal(g.Total), "%s %s total %s vs %s", w.Customer, w.Currency, w.Total, g.Total)
			require.True(t, w.Debit.Equal(g.Debit) && w.Credit.Equal(g.Credit) && w.DebitDays.Equal(g.DebitDays), w.Customer)
			require.Len(t, g.Amounts, len(w.Amounts))
			for k := range w.Amounts {
				require.True(t, w.Amounts[k].Equal(g.Amounts[k]), "%s %s bucket %d", w.Customer, w.Currency, k)
			}
		}
	}
	require.Equal(t, want.Rejected, got.Rejected)
}

func ledger(seed uint64, n int) []aging.Item {
	return agingtest.Ledger(agingtest.Config{Seed: seed, Items: n, Customers: 40, Currencies: []string{"EUR", "USD"}, CreditNotes: 0.1, AsOf: asOf})
}

func TestMergeEqualsWhole(t *testing.T) {
	items := ledger(1, 5000)
	whole, err := aging.AgeSlice(asOf, items, aging.Options{})
	require.NoError(t, err)
	for _, cut := range []int{0, 1, 2500, 4999, 5000} {
		a, err := aging.AgeSlice(asOf, items[:cut], aging.Options{})
		require.NoError(t, err)
		b, err := aging.AgeSlice(asOf, items[cut:], aging.Options{})
		require.NoError(t, err)
		require.NoError(t, a.Merge(b))
		requireSameReport(t, whole, a)
	}
	// The empty report is the identity on both sides.
	var empty aging.Report
	require.NoError(t, empty.Merge(whole))
	requireSameReport(t, whole, empty)
	again := whole
	require.NoError(t, again.Merge(aging.Report{}))
	requireSameReport(t, whole, again)

	par, err := aging.AgeParallel(asOf, items, aging.Options{}, 7)
	require.NoError(t, err)
	requireSameReport(t, whole, par)
}

func TestMergeMismatch(t *testing.T) {
	a, err := aging.AgeSlice(asOf, ledger(1, 10), aging.Options{})
	require.NoError(t, err)
	b, err := aging.AgeSlice(asOf.AddDate(0, 0, 1), ledger(1, 10), aging.Options{})
	require.NoError(t, err)
	require.ErrorIs(t, a.Merge(b), aging.ErrReportMismatch)
	other, _ := aging.NewBuckets(10, 20)
	c, err := aging.AgeSlice(asOf, ledger(1, 10), aging.Options{Buckets: other})
	require.NoError(t, err)
	require.ErrorIs(t, a.Merge(c), aging.ErrReportMismatch)
	d, err := aging.AgeSlice(asOf, ledger(1, 10), aging.Options{Basis: aging.DaysSinceInvoice})
	require.NoError(t, err)
	require.ErrorIs(t, a.Merge(d), aging.ErrReportMismatch)
}

// FuzzMergeEqualsWhole splits random ledgers into random shards, merges
// the shard reports in a random order and requires the report of the whole.
func FuzzMergeEqualsWhole(f *testing.F) {
	f.Add(uint64(1), uint16(200), uint8(3))
	f.Add(uint64(9), uint16(1), uint8(1))
	f.Add(uint64(3), uint16(0), uint8(5))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, shards uint8) {
		items := ledger(seed, int(n%2000)+1)
		whole, err := aging.AgeSlice(asOf, items, aging.Options{})
		require.NoError(t, err)
		rng := rand.New(rand.NewPCG(seed, 1))
		k := int(shards%8) + 1
		parts := make([][]aging.Item, k)
		for _, it := range items {
			s := rng.IntN(k)
			parts[s] = append(parts[s], it)
		}
		var merged aging.Report
		for _, s := range rng.Perm(k) {
			r, err := aging.AgeSlice(asOf, parts[s], aging.Options{})
			require.NoError(t, err)
			require.NoError(t, merged.Merge(r))
		}
		requireSameReport(t, whole, merged)
		// Buckets always add up to the total, per row.
		for _, row := range append(merged.Currencies, merged.Customers...) {
			sum := row.Amounts[0]
			for _, a := range row.Amounts[1:] {
				sum = sum.Add(a)
			}
			require.True(t, sum.Equal(row.Total))
			require.True(t, row.Debit.Add(row.Credit).Equal(row.Total))
		}
	})
}

// TestConcurrentCallers ages one shared ledger from many goroutines; run
// with -race.
func TestConcurrentCallers(t *testing.T) {
	items := ledger(2, 2000)
	want, err := aging.AgeSlice(asOf, items, aging.Options{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := aging.AgeSlice(asOf, items, aging.Options{})
			require.NoError(t, err)
			requireSameReport(t, want, got)
			var merged aging.Report
			require.NoError(t, merged.Merge(got))
		}()
	}
	wg.Wait()
}

// TestEntryPointsConcurrentCallers calls the report functions of the
// package (aging, provisions, the collector's list, conversion) from many
// goroutines on one shared ledger and compares each result with the
// sequential one; run with -race. Package collections has its own.
func TestEntryPointsConcurrentCallers(t *testing.T) {
	items := ledger(3, 1500)
	d := decimal.RequireFromString
	rates := []decimal.Decimal{d("0.005"), d("0.02"), d("0.08"), d("0.2"), d("0.5")}
	calls := func() []any {
		r, err := aging.AgeSlice(asOf, items, aging.Options{DueWithin: []int{7, 30}})
		require.NoError(t, err)
		prov, err := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates, Adjustment: decimal.NewFromInt(1)})
		require.NoError(t, err)
		older, err := aging.OlderThan(asOf, slices.Values(items), 90)
		require.NoError(t, err)
		conv, err := r.Converted(aging.Conversion{To: "EUR", Rates: map[string]decimal.Decimal{"USD": d("0.9234")}})
		require.NoError(t, err)
		asOfItems, err := aging.OpenAsOf(asOf.AddDate(0, -1, 0), items, nil)
		require.NoError(t, err)
		top, err := aging.TopOverdue(r, "EUR", 10)
		require.NoError(t, err)
		return []any{prov, older, conv, top, asOfItems}
	}
	want := calls()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := calls()
			for i := range want {
				require.Equal(t, want[i], got[i], "call %d", i)
			}
		}()
	}
	wg.Wait()
}

func TestAgeParallelReturnsTheFirstBadItem(t *testing.T) {
	// Bad items in chunks far apart, and at the end of the first chunk
	// (4,096 items) next to one at the start of the second, which another
	// goroutine meets first: the error is the first in the slice, as from
	// AgeSlice.
	items := agingtest.Ledger(agingtest.Config{Seed: 5, Items: 200_000, Customers: 500, AsOf: asOf})
	for _, i := range []int{150_000, 4095, 100_000, 4096, 30_000} {
		items[i].Currency = ""
	}
	_, want := aging.AgeSlice(asOf, items, aging.Options{})
	var ie aging.ItemError
	require.ErrorAs(t, want, &ie)
	require.Equal(t, items[4095].Ref, ie.Ref)
	for range 20 {
		for _, shards := range []int{2, 3, 8} {
			_, err := aging.AgeParallel(asOf, items, aging.Options{}, shards)
			require.Equal(t, want, err)
		}
	}
	// Collecting instead, every bad item is listed, sorted by Ref.
	r, err := aging.AgeParallel(asOf, items, aging.Options{CollectErrors: true}, 3)
	require.NoError(t, err)
	require.Len(t, r.Rejected, 5)
}
