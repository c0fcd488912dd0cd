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
// addresses, and many customers, so that cache sets overflow and evict.
func identityLedger(seed uint64, n, customers int) []aging.Item {
	rng := rand.New(rand.NewPCG(seed, 7))
	buf := strings.Repeat("ACME Corp ", 4)
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
		}
		return decimal.New(rng.Int64N(10_000_000), -2)
	}
	items := make([]aging.Item, n)
	for i := range items {
		var customer string
		switch c := rng.IntN(customers); rng.IntN(3) {
		case 0:
			customer = fmt.Sprintf("C%05d", c) // fresh every time
		case 1:
			customer = buf[:1+c%len(buf)] // shared address, length varies
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

func TestAgeMatchesReference(t *testing.T) {
	for _, tc := range []struct {
		customers int
		opt       aging.Options
	}{
		{5, aging.Options{}},
		{40, aging.Options{DueWithin: []int{7, 30}}},
		{20_000, aging.Options{Basis: aging.DaysSinceInvoice, DueWithin: []int{1, 14, 60, 90}}},
	} {
		items := identityLedger(uint64(tc.customers), 30_000, tc.customers)
		want := referenceAge(asOf, items, tc.opt)
		got, err := aging.AgeSlice(asOf, items, tc.opt)
		require.NoError(t, err)
		requireSameReport(t, want, got)
		requireSameNotDue(t, want, got)
		par, err := aging.AgeParallel(asOf, items, tc.opt, 3)
		require.NoError(t, err)
		requireSameReport(t, want, par)
		requireSameNotDue(t, want, par)
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
