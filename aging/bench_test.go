package aging_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/aging/agingtest"
	"github.com/shopspring/decimal"
)

// The benchmark ledger: 1M items, 3,000 customers, two currencies,
// amounts with 2 decimal places, standard 5 buckets.
var benchItems = func() func() []aging.Item {
	var items []aging.Item
	return func() []aging.Item {
		if items == nil {
			items = agingtest.Ledger(agingtest.Config{Seed: 42, Items: 1_000_000, Customers: 3000,
				Currencies: []string{"EUR", "USD"}, CreditNotes: 0.05, AsOf: asOf})
		}
		return items
	}
}()

type key struct{ customer, currency string }

// bucketOf is the standard buckets' classification.
func bucketOf(days int64) int {
	switch {
	case days <= 0:
		return 0
	case days <= 30:
		return 1
	case days <= 60:
		return 2
	case days <= 90:
		return 3
	}
	return 4
}

// baselineA is the floor: Unix-day arithmetic (UTC ledger), int64
// coefficients, a map of [5]int64 plus per-currency totals — the same
// aggregation with nothing else (no validation, no exactness beyond int64).
func baselineA(items []aging.Item) (map[key]*[5]int64, map[string]*[5]int64) {
	asOfDay := asOf.Unix() / 86400
	byCustomer := map[key]*[5]int64{}
	byCurrency := map[string]*[5]int64{}
	for i := range items {
		it := &items[i]
		b := bucketOf(asOfDay - it.Due.Unix()/86400)
		c := it.Open.CoefficientInt64()
		row := byCustomer[key{it.Customer, it.Currency}]
		if row == nil {
			row = new([5]int64)
			byCustomer[key{it.Customer, it.Currency}] = row
		}
		row[b] += c
		cur := byCurrency[it.Currency]
		if cur == nil {
			cur = new([5]int64)
			byCurrency[it.Currency] = cur
		}
		cur[b] += c
	}
	return byCustomer, byCurrency
}

// baselineB is the obvious implementation: civil days via time.Date per
// item and decimal.Add into maps of [5]decimal.Decimal.
func baselineB(items []aging.Item) (map[key]*[5]decimal.Decimal, map[string]*[5]decimal.Decimal) {
	y, m, d := asOf.Date()
	asOfDay := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	byCustomer := map[key]*[5]decimal.Decimal{}
	byCurrency := map[string]*[5]decimal.Decimal{}
	for _, it := range items {
		dy, dm, dd := it.Due.Date()
		days := int64(asOfDay.Sub(time.Date(dy, dm, dd, 0, 0, 0, 0, time.UTC)).Hours()) / 24
		b := bucketOf(days)
		row := byCustomer[key{it.Customer, it.Currency}]
		if row == nil {
			row = new([5]decimal.Decimal)
			byCustomer[key{it.Customer, it.Currency}] = row
		}
		row[b] = row[b].Add(it.Open)
		cur := byCurrency[it.Currency]
		if cur == nil {
			cur = new([5]decimal.Decimal)
			byCurrency[it.Currency] = cur
		}
		cur[b] = cur[b].Add(it.Open)
	}
	return byCustomer, byCurrency
}

// TestLibraryMatchesBaselineB requires the library's totals to equal the
// obvious implementation's exactly, per customer, currency and bucket.
func TestLibraryMatchesBaselineB(t *testing.T) {
	items := agingtest.Ledger(agingtest.Config{Seed: 42, Items: 50_000, Customers: 300,
		Currencies: []string{"EUR", "USD"}, CreditNotes: 0.05, AsOf: asOf})
	r, err := aging.AgeSlice(asOf, items, aging.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byCustomer, byCurrency := baselineB(items)
	if len(r.Customers) != len(byCustomer) || len(r.Currencies) != len(byCurrency) {
		t.Fatalf("rows: %d/%d vs %d/%d", len(r.Customers), len(r.Currencies), len(byCustomer), len(byCurrency))
	}
	for _, row := range r.Customers {
		want := byCustomer[key{row.Customer, row.Currency}]
		for b := range want {
			if !want[b].Equal(row.Amounts[b]) {
				t.Fatalf("%s %s bucket %d: %s vs %s", row.Customer, row.Currency, b, row.Amounts[b], want[b])
			}
		}
	}
	for _, row := range r.Currencies {
		want := byCurrency[row.Currency]
		for b := range want {
			if !want[b].Equal(row.Amounts[b]) {
				t.Fatalf("%s bucket %d: %s vs %s", row.Currency, b, row.Amounts[b], want[b])
			}
		}
	}
}

// benchLedger runs age once per iteration over the benchmark ledger and
// reports items per second.
func benchLedger(b *testing.B, age func(items []aging.Item) error) { benchOn(b, benchItems(), age) }

// benchOn runs age once per iteration over items and reports items per
// second, and the process's CPU time per iteration (cpu-ns/op: on a
// machine shared with other work, the time the process was actually given
// a core, which the wall-clock ns/op is not; 0 where it is not read).
func benchOn(b *testing.B, items []aging.Item, age func(items []aging.Item) error) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for range b.N {
		if err := age(items); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(len(items))*float64(b.N)/b.Elapsed().Seconds(), "items/s")
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

func BenchmarkBaselineA(b *testing.B) {
	benchLedger(b, func(items []aging.Item) error { baselineA(items); return nil })
}

// ageSlice is the library's report of items as of asOf.
func ageSlice(items []aging.Item) error {
	_, err := aging.AgeSlice(asOf, items, aging.Options{})
	return err
}

func BenchmarkAgeSlice(b *testing.B) { benchLedger(b, ageSlice) }

func BenchmarkAge(b *testing.B) {
	benchLedger(b, func(items []aging.Item) error {
		_, err := aging.Age(asOf, slices.Values(items), aging.Options{})
		return err
	})
}

func BenchmarkAgeParallel(b *testing.B) {
	benchLedger(b, func(items []aging.Item) error {
		_, err := aging.AgeParallel(asOf, items, aging.Options{}, 2)
		return err
	})
}

// BenchmarkBaselineB runs after the library's benchmarks: it leaves 156 MB
// of garbage an iteration, and the runtime's returning that memory to the
// OS in the background would slow whatever runs next in the process —
// AgeParallel most, whose goroutines have both cores.
func BenchmarkBaselineB(b *testing.B) {
	benchLedger(b, func(items []aging.Item) error { baselineB(items); return nil })
}

// BenchmarkAgeSliceTimestamps ages the benchmark ledger with its dates
// moved to Berlin and given a time of day (as when they are timestamps):
// the span cache makes every instant as cheap as a midnight.
func BenchmarkAgeSliceTimestamps(b *testing.B) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		b.Fatal(err)
	}
	items := slices.Clone(benchItems())
	for i := range items {
		tod := time.Duration(i*7919%86400) * time.Second
		items[i].Issued = items[i].Issued.In(berlin).Add(tod)
		items[i].Due = items[i].Due.In(berlin).Add(tod)
	}
	benchOn(b, items, ageSlice)
}

// BenchmarkAgeSliceFreshStrings ages the benchmark ledger with every
// item's customer and currency a string of its own, as rows scanned one by
// one from a database arrive: no row can be found by address, every item
// by value.
func BenchmarkAgeSliceFreshStrings(b *testing.B) {
	items := slices.Clone(benchItems())
	for i := range items {
		items[i].Customer = strings.Clone(items[i].Customer)
		items[i].Currency = strings.Clone(items[i].Currency)
	}
	benchOn(b, items, ageSlice)
}
