package discount

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/receivables-go/receivables/terms"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzCostOfForgoing checks no input panics or hangs, and that accepted
// inputs give an effective cost at least the nominal one when the money is
// kept less than a year (compounding more than once a year; beyond a year
// compounding runs the other way).
func FuzzCostOfForgoing(f *testing.F) {
	f.Add("0.02", 10, 30, 0)
	f.Add("0.9999", 0, 1, 1)
	f.Add("1e-30", 0, 100000, 0)
	f.Fuzz(func(t *testing.T, rate string, d, n, dc int) {
		r, err := decimal.NewFromString(rate)
		if err != nil || r.Exponent() < -40 || r.Exponent() > 4 {
			return
		}
		c, err := CostOfForgoing(r, d, n, terms.DayCount(dc%3))
		if err != nil {
			return
		}
		if n-d <= 360 {
			require.True(t, c.Effective.GreaterThanOrEqual(c.Nominal.Sub(decimal.New(1, -RatePlaces))), "%s %s", c.Effective, c.Nominal)
		}
		be, err := BreakEvenRate(c.Nominal, d, n, terms.DayCount(dc%3))
		require.NoError(t, err)
		require.True(t, be.LessThan(decimal.NewFromInt(1)))
	})
}

// TestConcurrentCallers runs the entry points from many goroutines; -race.
func TestConcurrentCallers(t *testing.T) {
	tm := terms.MustParse("2/10, 1/20, net 45")
	run := func() []string {
		c, err := CostOfForgoing(dec("0.02"), 10, 30, terms.Actual365Fixed)
		require.NoError(t, err)
		d, err := Decide(Invoice{Terms: tm, Issued: day(2026, 1, 1), Amount: dec("1000"), Currency: "EUR"}, Funding{CostOfFunds: dec("0.1")})
		require.NoError(t, err)
		e, err := Evaluate(program())
		require.NoError(t, err)
		chosen, _, err := Batch(day(2026, 1, 1), []Payable{{Ref: "P", Amount: dec("1000"), Currency: "JPY", Due: day(2026, 3, 1)}},
			Pricing{APR: dec("0.1")}, dec("1000"))
		require.NoError(t, err)
		return []string{c.Effective.String(), d.Best.CostAtDue.String(), e.NetBenefit.String(), chosen[0].Discount.String()}
	}
	want := run()
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			require.Equal(t, want, run())
		}()
	}
	wg.Wait()
}

func BenchmarkCostOfForgoing(b *testing.B) {
	rate := dec("0.02")
	b.ReportAllocs()
	for range b.N {
		if _, err := CostOfForgoing(rate, 10, 30, terms.Actual365Fixed); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzBatch: on any payables and budget the chosen offers fit the budget,
// the cash used is the sum of what they pay, each earns a discount, each
// invoice is chosen once, and any skipped early offer would not have fit.
func FuzzBatch(f *testing.F) {
	f.Add(uint64(1), uint8(5), int64(6_000_000), "0.12")
	f.Add(uint64(2), uint8(0), int64(0), "0")
	f.Add(uint64(3), uint8(40), int64(1), "0.999")
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, budgetCents int64, apr string) {
		rate, err := decimal.NewFromString(apr)
		if err != nil || rate.Exponent() < -20 {
			return
		}
		rng := rand.New(rand.NewPCG(seed, 9))
		pay := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
		var ps []Payable
		for i := range int(n % 50) {
			ps = append(ps, Payable{Ref: fmt.Sprintf("P%02d", i), Amount: decimal.New(rng.Int64N(10_000_000)+1, -2),
				Currency: "EUR", Due: pay.AddDate(0, 0, rng.IntN(120)-30)})
		}
		budget := decimal.New(budgetCents, -2)
		pr := Pricing{APR: rate}
		chosen, used, err := Batch(pay, ps, pr, budget)
		if err != nil {
			// A rate beyond the range guard is refused even when it is a
			// zero ("0E70": its exponent alone could overflow the
			// arithmetic), as every decimal of the library is.
			require.True(t, budget.IsNegative() || rate.IsNegative() || rate.GreaterThanOrEqual(one) || !money.InRange(rate), err.Error())
			return
		}
		require.True(t, used.LessThanOrEqual(budget), "used %s of %s", used, budget)
		sum, seen := decimal.Zero, map[string]bool{}
		for _, o := range chosen {
			require.True(t, o.Discount.IsPositive(), o.Ref)
			require.False(t, seen[o.Ref], o.Ref)
			seen[o.Ref] = true
			sum = sum.Add(o.Pay)
		}
		require.True(t, sum.Equal(used))
		for _, p := range ps {
			if seen[p.Ref] {
				continue
			}
			o, err := SlidingDiscount(pay, p, pr)
			require.NoError(t, err)
			if o.Discount.IsPositive() {
				require.True(t, used.Add(o.Pay).GreaterThan(budget), "%s fits but was skipped", p.Ref)
			}
		}
	})
}

// FuzzDecide: on any amount, currency, places and cost of funds, Decide
// either fails with one of the package's sentinels or returns options
// whose money is rounded to the resolved places (the currency's minor
// unit, or Places), earliest first and ending on the due date in full,
// with Best the cheapest of them and a saving that is never negative.
func FuzzDecide(f *testing.F) {
	f.Add("10000", "EUR", int32(0), "0.10", uint8(0))
	f.Add("10001", "JPY", int32(0), "0.10", uint8(1))
	f.Add("1000.005", "KWD", int32(0), "0.40", uint8(2))
	f.Add("1e20", "", int32(18), "0", uint8(3))
	f.Add("-1", "eur", int32(19), "-1", uint8(4))
	all := []terms.Terms{terms.MustParse("2/10 net 30"), terms.MustParse("2/10, 1/20, net 45"),
		terms.MustParse("2/10 EOM"), terms.MustParse("net 30"), terms.MustParse("1/10 net 30")}
	f.Fuzz(func(t *testing.T, amount, currency string, places int32, funds string, which uint8) {
		a, err := decimal.NewFromString(amount)
		if err != nil || a.Exponent() < -30 || a.Exponent() > 30 {
			return
		}
		k, err := decimal.NewFromString(funds)
		if err != nil || k.Exponent() < -30 || k.Exponent() > 4 {
			return
		}
		inv := Invoice{Terms: all[int(which)%len(all)], Issued: day(2026, 1, 31), Amount: a, Currency: currency}
		d, err := Decide(inv, Funding{CostOfFunds: k, Places: places})
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidInput) || errors.Is(err, ErrInvalidRate), err.Error())
			return
		}
		p, err := money.PlacesFor(currency, places, "Places")
		require.NoError(t, err)
		last := d.Options[len(d.Options)-1]
		require.True(t, last.Rate.IsZero())
		require.Equal(t, inv.Terms.DueDate(inv.Issued), last.Date)
		for i, o := range d.Options {
			require.True(t, o.Pay.Equal(o.Pay.Round(p)), "%s at %d places", o.Pay, p)
			require.True(t, o.CostAtDue.Equal(o.CostAtDue.Round(p)), "%s at %d places", o.CostAtDue, p)
			require.True(t, d.Best.CostAtDue.LessThanOrEqual(o.CostAtDue))
			if i > 0 {
				require.False(t, o.Date.Before(d.Options[i-1].Date))
			}
		}
		require.False(t, d.Saving.IsNegative(), d.Saving.String())
		require.Equal(t, d.Best.Rate.IsPositive(), d.Take)
	})
}
