package aging_test

import (
	"math/rand/v2"
	"testing"

	"github.com/receivables-go/receivables/aging"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzParseBuckets: any text either fails with ErrInvalidBuckets or
// parses to buckets whose text form parses back to the same value.
func FuzzParseBuckets(f *testing.F) {
	for _, s := range []string{"30,60,90", "30,60,90;Current,1-30,31-60,61-90,90+", "", "0", "-5", "7", "30,30",
		"1,2,3,4,5,6,7,8,9,10", "1,2,3,4,5,6,7,8,9,10,11", "100000", "100001", " 30 , 60 ", "30;a,b", "３０", "30,60;,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := aging.ParseBuckets(s)
		if err != nil {
			require.ErrorIs(t, err, aging.ErrInvalidBuckets)
			return
		}
		again, err := aging.ParseBuckets(b.String())
		require.NoError(t, err, "%q → %q", s, b.String())
		require.Equal(t, b, again)
		for days := -2; days <= 400; days += 7 {
			i := b.Index(days)
			require.True(t, i >= 0 && i < b.Len())
		}
	})
}

// FuzzProvisionMatrix: on any ledger and any valid rates, the customers'
// allowances add up exactly to their currency's, and no allowance is
// negative.
func FuzzProvisionMatrix(f *testing.F) {
	f.Add(uint64(1), uint16(300), uint8(2))
	f.Add(uint64(7), uint16(1), uint8(0))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, places uint8) {
		items := ledger(seed, int(n%1500)+1)
		r, err := aging.AgeSlice(asOf, items, aging.Options{})
		require.NoError(t, err)
		rng := rand.New(rand.NewPCG(seed, 3))
		rates := make([]decimal.Decimal, r.Buckets.Len())
		for i := range rates {
			rates[i] = decimal.New(rng.Int64N(10_001), -4) // 0.0000 … 1.0000
		}
		// places%4 = 0 rounds to each currency's minor unit (EUR, USD: 2).
		p, err := aging.ProvisionMatrix(r, aging.Matrix{Rates: rates, Adjustment: decimal.New(rng.Int64N(3)+1, 0), Places: int32(places % 4)})
		if err != nil {
			require.ErrorIs(t, err, aging.ErrInvalidRates) // an adjustment pushing a rate above 1
			return
		}
		sums := map[string]decimal.Decimal{}
		for _, c := range p.Customers {
			require.False(t, c.Total.IsNegative(), c.Customer)
			sums[c.Currency] = sums[c.Currency].Add(c.Total)
		}
		for _, c := range p.Currencies {
			require.True(t, sums[c.Currency].Equal(c.Total), "%s: customers %s, currency %s", c.Currency, sums[c.Currency], c.Total)
		}
	})
}
