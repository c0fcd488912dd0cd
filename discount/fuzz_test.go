package discount

import (
	"sync"
	"testing"

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
