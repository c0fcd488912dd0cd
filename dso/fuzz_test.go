package dso

import (
	"errors"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/receivables-go/receivables/internal/money"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// parseOr reads a fuzzed decimal, falling back to zero for junk text.
func parseOr(s string) decimal.Decimal {
	v, err := decimal.NewFromString(s)
	if err != nil || v.Exponent() < -40 || v.Exponent() > 40 {
		return decimal.Zero
	}
	return v
}

// FuzzCountback checks that Countback never panics and that its DSO lies
// between 0 and the total days of the periods given.
func FuzzCountback(f *testing.F) {
	f.Add("212000", "100000", 30, "80000", 30, "70000", 30)
	f.Add("0", "0", 31, "0", 30, "0", 31)
	f.Add("1e30", "1e-30", 1, "-1", 30, "5", -3)
	f.Fuzz(func(t *testing.T, ar, s1 string, d1 int, s2 string, d2 int, s3 string, d3 int) {
		periods := []Period{{parseOr(s1), d1}, {parseOr(s2), d2}, {parseOr(s3), d3}}
		got, err := Countback(parseOr(ar), periods)
		if err != nil {
			return
		}
		total := int64(d1) + int64(d2) + int64(d3)
		require.False(t, got.IsNegative())
		require.True(t, got.LessThanOrEqual(decimal.NewFromInt(total)), "%s > %d", got, total)
	})
}

// FuzzCEI checks that CEI never panics and stays within 0–100 when the
// balances are consistent.
func FuzzCEI(f *testing.F) {
	f.Add("6200", "10890", "6340", "3590")
	f.Add("0", "0", "0", "0")
	f.Add("1e30", "1", "0.000000000000000000000000000001", "0")
	f.Fuzz(func(t *testing.T, o, s, c, cc string) {
		got, err := CEI(Ledger{OpeningAR: parseOr(o), CreditSales: parseOr(s), ClosingAR: parseOr(c), ClosingCurrentAR: parseOr(cc)})
		if err != nil {
			return
		}
		if parseOr(c).LessThanOrEqual(parseOr(o).Add(parseOr(s))) {
			require.False(t, got.IsNegative(), got.String())
		}
		require.True(t, got.LessThanOrEqual(hundred), got.String())
	})
}

// TestConcurrentCallers calls every entry point from many goroutines on
// shared inputs; run with -race. Results must equal the sequential ones.
func TestConcurrentCallers(t *testing.T) {
	periods := []Period{{d("100000"), 30}, {d("80000"), 30}, {d("70000"), 30}}
	months := []Month{{Receivables: d("300"), Sales: d("310"), Days: 31}, {Receivables: d("400"), Sales: d("280"), Days: 28}}
	run := func() []string {
		var out []string
		add := func(v decimal.Decimal, err error) {
			require.NoError(t, err)
			out = append(out, v.String())
		}
		add(Standard(d("150000"), d("1800000"), 365))
		add(Countback(d("212000"), periods))
		add(CEI(Ledger{OpeningAR: d("6200"), CreditSales: d("10890"), ClosingAR: d("6340"), ClosingCurrentAR: d("3590")}))
		add(Turnover(d("1800000"), d("150000")))
		pts, err := Rolling(months, 3)
		require.NoError(t, err)
		out = append(out, pts[1].Standard.String())
		r, err := CashReleased(Change{CreditSales: d("36500000"), Days: 365, OldDSO: d("82"), NewDSO: d("58"), CostOfCapital: d("0.08"), Currency: "EUR"})
		require.NoError(t, err)
		add(CarryingCost(Carrying{Receivables: d("2400000.5"), CostOfCapital: d("0.08"), Currency: "JPY"}))
		dl, err := DelinquencyOf(Ledger{CreditSales: d("1800000"), ClosingAR: d("1200000"), ClosingCurrentAR: d("750000"), Days: 90})
		require.NoError(t, err)
		add(CashConversionCycle(Cycle{DSO: dl.DSO, DIO: d("50"), DPO: d("30")}))
		wc, err := WorkingCapitalRequirement(Balances{Receivables: d("600000"), Inventory: d("500000"), Payables: d("300000"), Sales: d("7300000"), Days: 365})
		require.NoError(t, err)
		return append(out, r.Released.String(), wc.DaysOfSales.String())
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

func BenchmarkCountback(b *testing.B) {
	periods := []Period{{d("100000"), 30}, {d("80000"), 30}, {d("70000"), 30}}
	ar := d("212000")
	b.ReportAllocs()
	for range b.N {
		if _, err := Countback(ar, periods); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzRolling: any series either fails with a named error or gives one
// point per month, a window no longer than asked, and non-negative DSOs.
func FuzzRolling(f *testing.F) {
	f.Add(uint64(1), uint8(12), int8(3))
	f.Add(uint64(2), uint8(0), int8(0))
	f.Add(uint64(3), uint8(30), int8(-1))
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, window int8) {
		rng := rand.New(rand.NewPCG(seed, 5))
		months := make([]Month, int(n%40))
		for i := range months {
			months[i] = Month{Label: "m", Receivables: decimal.New(rng.Int64N(2_000_000)-100_000, -2),
				Sales: decimal.New(rng.Int64N(1_000_000)-50_000, -2), Days: rng.IntN(33) - 1}
		}
		points, err := Rolling(months, int(window))
		if err != nil {
			return // each cause is named in TestBadInputCatalogue
		}
		require.Len(t, points, len(months))
		for _, p := range points {
			require.True(t, p.Months >= 1 && p.Months <= int(window))
			require.False(t, p.Standard.IsNegative())
			require.False(t, p.Countback.IsNegative())
			require.True(t, p.CountbackValid || p.Countback.IsZero())
		}
	})
}

// FuzzCashReleased: on any figures, currency and places, CashReleased
// either fails with one of the package's sentinels or returns money
// rounded to the resolved places (the currency's minor unit, or Places),
// with a release whose sign follows the change in DSO.
func FuzzCashReleased(f *testing.F) {
	f.Add("36500000", 365, "82", "58", "0.08", "EUR", int32(0))
	f.Add("1000", 3, "2", "0", "0.1", "JPY", int32(0))
	f.Add("1000", 3, "2", "0", "0.1", "KWD", int32(0))
	f.Add("1e30", 1, "0", "1e10", "1", "", int32(18))
	f.Add("-1", 0, "-1", "x", "-1", "eur", int32(-1))
	f.Fuzz(func(t *testing.T, sales string, days int, oldDSO, newDSO, k, currency string, places int32) {
		c := Change{CreditSales: parseOr(sales), Days: days, OldDSO: parseOr(oldDSO), NewDSO: parseOr(newDSO),
			CostOfCapital: parseOr(k), Currency: currency, Places: places}
		r, err := CashReleased(c)
		if err != nil {
			require.True(t, errors.Is(err, ErrZeroSales) || errors.Is(err, ErrInvalidDays) || errors.Is(err, ErrInvalidInput), err.Error())
			return
		}
		p, err := money.PlacesFor(currency, places, "Places")
		require.NoError(t, err)
		for _, v := range []decimal.Decimal{r.DailySales, r.Released, r.FinancingSaved} {
			require.True(t, v.Equal(v.Round(p)), "%s at %d places", v, p)
		}
		if c.NewDSO.GreaterThan(c.OldDSO) {
			require.False(t, r.Released.IsPositive(), r.Released.String())
		} else {
			require.False(t, r.Released.IsNegative(), r.Released.String())
		}
	})
}
