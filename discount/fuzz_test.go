package discount

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

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
		d, err := Decide(tm, day(2026, 1, 1), dec("1000"), dec("0.1"), terms.Actual365Fixed)
		require.NoError(t, err)
		e, err := Evaluate(program())
		require.NoError(t, err)
		return []string{c.Effective.String(), d.Best.CostAtDue.String(), e.NetBenefit.String()}
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
				Due: pay.AddDate(0, 0, rng.IntN(120)-30)})
		}
		budget := decimal.New(budgetCents, -2)
		chosen, used, err := Batch(ps, pay, rate, budget, terms.Actual365Fixed)
		if err != nil {
			require.True(t, budget.IsNegative() || rate.IsNegative() || rate.GreaterThanOrEqual(one), err.Error())
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
			o, err := SlidingDiscount(p, pay, rate, terms.Actual365Fixed)
			require.NoError(t, err)
			if o.Discount.IsPositive() {
				require.True(t, used.Add(o.Pay).GreaterThan(budget), "%s fits but was skipped", p.Ref)
			}
		}
	})
}
