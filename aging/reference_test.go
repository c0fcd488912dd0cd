package aging_test

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/receivables-go/receivables/aging"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// referenceAge is the report computed the slow, obvious way — a map keyed
// by value, decimal.Add, terms.DaysBetween per item — to check the fast
// path's caches (string identity, day cache, int64 sums) against.
func referenceAge(asOf time.Time, items []aging.Item, opt aging.Options) aging.Report {
	b := opt.Buckets
	if b == (aging.Buckets{}) {
		b = aging.Standard()
	}
	rows := map[[2]string]*aging.Totals{}
	currencies := map[string]*aging.Totals{}
	newRow := func(customer, currency string) *aging.Totals {
		t := &aging.Totals{Customer: customer, Currency: currency, Amounts: make([]decimal.Decimal, b.Len()),
			Total: decimal.Zero, Debit: decimal.Zero, Credit: decimal.Zero, DebitDays: decimal.Zero, Oldest: aging.Oldest{Days: -1 << 31}}
		for i := range t.Amounts {
			t.Amounts[i] = decimal.Zero
		}
		if opt.DueWithin != nil {
			t.NotDue = make([]decimal.Decimal, len(opt.DueWithin)+1)
			for i := range t.NotDue {
				t.NotDue[i] = decimal.Zero
			}
		}
		return t
	}
	for _, it := range items {
		pastDue := terms.DaysBetween(it.Due, asOf)
		days := pastDue
		if opt.Basis == aging.DaysSinceInvoice {
			days = terms.DaysBetween(it.Issued, asOf)
		}
		k := [2]string{it.Customer, it.Currency}
		if rows[k] == nil {
			rows[k] = newRow(it.Customer, it.Currency)
		}
		if currencies[it.Currency] == nil {
			currencies[it.Currency] = newRow("", it.Currency)
		}
		for _, t := range []*aging.Totals{rows[k], currencies[it.Currency]} {
			i := b.Index(days)
			t.Amounts[i] = t.Amounts[i].Add(it.Open)
			t.Total = t.Total.Add(it.Open)
			t.Items++
			if it.Open.IsPositive() {
				t.Debit = t.Debit.Add(it.Open)
				t.DebitDays = t.DebitDays.Add(it.Open.Mul(decimal.NewFromInt(int64(days))))
			} else {
				t.Credit = t.Credit.Add(it.Open)
			}
			if days > t.Oldest.Days || days == t.Oldest.Days && it.Ref < t.Oldest.Ref {
				t.Oldest = aging.Oldest{Ref: it.Ref, Days: days}
			}
			// The oldest debit: the first positive item, then any older one.
			if it.Open.IsPositive() && (t.Debit.Equal(it.Open) ||
				days > t.OldestDebit.Days || days == t.OldestDebit.Days && it.Ref < t.OldestDebit.Ref) {
				t.OldestDebit = aging.Oldest{Ref: it.Ref, Days: days}
			}
			if opt.DueWithin != nil && pastDue <= 0 {
				band := len(opt.DueWithin)
				for j, e := range opt.DueWithin {
					if -pastDue <= e {
						band = j
						break
					}
				}
				t.NotDue[band] = t.NotDue[band].Add(it.Open)
			}
		}
	}
	r := aging.Report{AsOf: asOf, Buckets: b, Basis: opt.Basis, DueWithin: opt.DueWithin}
	for _, t := range rows {
		r.Customers = append(r.Customers, *t)
	}
	for _, t := range currencies {
		r.Currencies = append(r.Currencies, *t)
	}
	order := func(x, y aging.Totals) int {
		return cmp.Or(cmp.Compare(x.Customer, y.Customer), cmp.Compare(x.Currency, y.Currency))
	}
	slices.SortFunc(r.Customers, order)
	slices.SortFunc(r.Currencies, order)
	return r
}

// identityLedger builds items whose strings defeat an identity cache in
// every way a caller's data can: a fresh string per item (rows read from
// a database), substrings of one buffer that share an address but differ
// in length ("ACME" inside "ACME Corp"), equal text at different
// addresses, names too long to index, and many customers, so that the
// index grows and collides. Amounts mix exponents and reach beyond the
// int64 sums.
func identityLedger(seed uint64, n, customers int) []aging.Item {
	rng := rand.New(rand.NewPCG(seed, 7))
	buf := strings.Repeat("ACME Corp ", 4)
	long := strings.Repeat("L", 257)
	currencies := []string{"EUR", "EURO"[:3], "USD", "JPY", "KWD"}
	amount := func() decimal.Decimal {
		switch rng.IntN(10) {
		case 0:
			return decimal.New(-rng.Int64N(100_000), -2) // credit note
		case 1:
			return decimal.New(rng.Int64N(1_000_000), 0) // JPY-like, no decimals
		case 2:
			return decimal.New(rng.Int64N(1_000_000), -3) // KWD-like, three decimals
		case 3:
			return decimal.RequireFromString("92233720368547758.07") // beyond int64 cents
		case 4:
			if rng.IntN(8) == 0 { // 18 digits: a few overflow the int64 sums
				return decimal.New((1-2*rng.Int64N(2))*900_000_000_000_000_000, 0)
			}
		}
		return decimal.New(rng.Int64N(10_000_000), -2)
	}
	items := make([]aging.Item, n)
	for i := range items {
		var customer string
		switch c := rng.IntN(customers); rng.IntN(4) {
		case 0:
			customer = fmt.Sprintf("C%05d", c) // fresh every time
		case 1:
			customer = buf[:1+c%len(buf)] // shared address, length varies
		case 2:
			customer = long[:255+c%3] // shared, 255 bytes (indexed) or longer
		default:
			customer = strings.Clone(buf[:1+c%len(buf)]) // same text, own address
		}
		currency := currencies[rng.IntN(len(currencies))]
		if rng.IntN(2) == 0 {
			currency = strings.Clone(currency)
		}
		issued := asOf.AddDate(0, 0, -rng.IntN(800))
		items[i] = aging.Item{Ref: fmt.Sprintf("R%06d", rng.IntN(n)), Customer: customer, Currency: currency,
			Issued: issued, Due: issued.AddDate(0, 0, rng.IntN(120)), Open: amount()}
	}
	return items
}

// requireSameNotDue compares the not-yet-due split of two reports.
func requireSameNotDue(t testing.TB, want, got aging.Report) {
	t.Helper()
	require.Equal(t, want.DueWithin, got.DueWithin)
	gots := slices.Concat(got.Currencies, got.Customers)
	for i, w := range slices.Concat(want.Currencies, want.Customers) {
		g := gots[i]
		require.Len(t, g.NotDue, len(w.NotDue))
		for k := range w.NotDue {
			require.True(t, w.NotDue[k].Equal(g.NotDue[k]), "%s %s due band %d: %s vs %s", w.Customer, w.Currency, k, g.NotDue[k], w.NotDue[k])
		}
	}
}

// tenBuckets are more buckets than a row's hot line holds.
var tenBuckets, _ = aging.NewBuckets(7, 14, 30, 45, 60, 90, 120, 180, 365)

// TestAgeMatchesReferenceManyCurrencies ages 300 currencies, more than the
// index's 255 currency slots: the rest are found by value.
func TestAgeMatchesReferenceManyCurrencies(t *testing.T) {
	items := identityLedger(9, 20_000, 50)
	shared := make([]string, 300)
	for i := range shared {
		shared[i] = fmt.Sprintf("X%03d", i)
	}
	for i := range items {
		items[i].Currency = shared[i%300]
		if i%2 == 0 {
			items[i].Currency = strings.Clone(shared[i%300])
		}
	}
	requireMatchesReference(t, items, aging.Options{}, 2)
}

// requireMatchesReference requires AgeSlice's report of items, and
// AgeParallel's on shards goroutines, to equal the reference report.
func requireMatchesReference(t *testing.T, items []aging.Item, opt aging.Options, shards int) {
	t.Helper()
	want := referenceAge(asOf, items, opt)
	got, err := aging.AgeSlice(asOf, items, opt)
	require.NoError(t, err)
	requireSameReport(t, want, got)
	requireSameNotDue(t, want, got)
	par, err := aging.AgeParallel(asOf, items, opt, shards)
	require.NoError(t, err)
	requireSameReport(t, want, par)
	requireSameNotDue(t, want, par)
}

func TestAgeMatchesReference(t *testing.T) {
	for _, tc := range []struct {
		customers int
		opt       aging.Options
	}{
		{5, aging.Options{}},
		{40, aging.Options{DueWithin: []int{7, 30}}},
		{20_000, aging.Options{Basis: aging.DaysSinceInvoice, DueWithin: []int{1, 14, 60, 90}}},
		{300, aging.Options{Buckets: tenBuckets}}, // buckets beyond the hot line's five
	} {
		requireMatchesReference(t, identityLedger(uint64(tc.customers), 30_000, tc.customers), tc.opt, 3)
	}
}

func FuzzAgeMatchesReference(f *testing.F) {
	f.Add(uint64(1), uint16(500), uint16(7))
	f.Add(uint64(2), uint16(3000), uint16(2000))
	f.Fuzz(func(t *testing.T, seed uint64, n, customers uint16) {
		items := identityLedger(seed, int(n%4000)+1, int(customers%5000)+1)
		opt := aging.Options{DueWithin: []int{7, 30}}
		got, err := aging.AgeSlice(asOf, items, opt)
		require.NoError(t, err)
		want := referenceAge(asOf, items, opt)
		requireSameReport(t, want, got)
		requireSameNotDue(t, want, got)
	})
}

// TestAgeMatchesReferenceOddExponents: amounts whose exponents lie far
// apart (up to 10^±40) on the same rows, in rising and falling order, so
// that the hot sums scale amounts up, flush and re-base, or leave amounts
// to the exact sums.
func TestAgeMatchesReferenceOddExponents(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	exps := []int32{-2, 0, -3, 5, -20, 17, -40, 40, -19, 1}
	var items []aging.Item
	for i := range 4000 {
		e := exps[(i/7)%len(exps)]
		c := rng.Int64N(1_000_000) - 100_000
		if i%13 == 0 {
			c = rng.Int64N(1<<62) - 1<<61 // 19 digits: beyond the 18 the fast path takes
		}
		items = append(items, aging.Item{Ref: fmt.Sprint(i), Customer: []string{"A", "B", "C"}[i%3], Currency: "EUR",
			Issued: asOf.AddDate(0, 0, -rng.IntN(200)), Due: asOf.AddDate(0, 0, 30-rng.IntN(200)), Open: decimal.New(c, e)})
		if items[i].Due.Before(items[i].Issued) {
			items[i].Due = items[i].Issued
		}
	}
	requireMatchesReference(t, items, aging.Options{}, 3)
}
